package org.mdscape.app.export;

import java.util.List;
import java.util.Locale;

/**
 * The printed size of a figure. Journals ask for one column (about 85 mm wide) or two (about 170 mm).
 *
 * @param label    shown in the export screen
 * @param widthMm  printed width in millimetres
 * @param heightMm printed height in millimetres
 */
public record FigureSize(String label, double widthMm, double heightMm) {
    public static final FigureSize SINGLE_COLUMN = new FigureSize("single column, 85 mm", 85, 64);
    public static final FigureSize DOUBLE_COLUMN = new FigureSize("double column, 170 mm", 170, 105);
    public static final List<FigureSize> PRESETS = List.of(SINGLE_COLUMN, DOUBLE_COLUMN);

    static final double MM_PER_INCH = 25.4;
    static final double POINTS_PER_INCH = 72;

    public FigureSize {
        if (!(widthMm >= 10 && widthMm <= 1000) || !(heightMm >= 10 && heightMm <= 1000)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "figure size: width and height must be in [10, 1000] mm (got %s x %s)", widthMm, heightMm));
        }
    }

    public double widthPoints() {
        return widthMm / MM_PER_INCH * POINTS_PER_INCH;
    }

    public double heightPoints() {
        return heightMm / MM_PER_INCH * POINTS_PER_INCH;
    }

    /** Pixels across at {@code dpi}. */
    public int widthPixels(int dpi) {
        return (int) Math.round(widthMm / MM_PER_INCH * dpi);
    }

    public int heightPixels(int dpi) {
        return (int) Math.round(heightMm / MM_PER_INCH * dpi);
    }

    @Override
    public String toString() {
        return label;
    }
}
