package org.mdscape.app.viewmodel;

import java.util.List;
import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One swept parameter of the Sweep screen: its range (what the range slider's thumbs show), the typed min and max
 * (kept in step with the range while they parse), the number of grid levels, and the model's messages about it.
 *
 * <p>A parameter given as an explicit list of values keeps that list until its range or count is edited; then
 * it becomes evenly spaced levels over the range.
 */
public final class ParameterRow {
    private final String name;
    private final String unit;
    private final boolean integer;
    private final DoubleProperty min = new SimpleDoubleProperty();
    private final DoubleProperty max = new SimpleDoubleProperty();
    private final DoubleProperty lowerBound = new SimpleDoubleProperty();
    private final DoubleProperty upperBound = new SimpleDoubleProperty();
    private final IntegerProperty count = new SimpleIntegerProperty();
    private final StringProperty minText = new SimpleStringProperty("");
    private final StringProperty maxText = new SimpleStringProperty("");
    private final StringProperty countText = new SimpleStringProperty("");
    private final StringProperty minMessage = new SimpleStringProperty("");
    private final StringProperty maxMessage = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty levels = new SimpleStringProperty("");
    private final BooleanProperty typedValid = new SimpleBooleanProperty(true);
    private List<Double> values;
    private boolean syncing;
    private Runnable onChange = () -> {
    };

    ParameterRow(String name, String unit, boolean integer, double min, double max, int count, List<Double> values) {
        this.name = name;
        this.unit = unit;
        this.integer = integer;
        this.values = values == null ? null : List.copyOf(values);
        this.min.set(min);
        this.max.set(max);
        this.count.set(count);
        fitBounds();
        syncTexts();
        this.min.addListener((o, a, b) -> changed());
        this.max.addListener((o, a, b) -> changed());
        this.count.addListener((o, a, b) -> changed());
        minText.addListener((o, a, b) -> typed());
        maxText.addListener((o, a, b) -> typed());
        countText.addListener((o, a, b) -> typed());
    }

    void onChange(Runnable r) {
        this.onChange = r;
    }

    public String name() {
        return name;
    }

    public String unit() {
        return unit;
    }

    /** The label shown in the row: "h (nm)", "zp". */
    public String label() {
        return unit.isEmpty() ? name : name + " (" + unit + ")";
    }

    public boolean integer() {
        return integer;
    }

    /** The explicit values, or null when the parameter is a range. */
    public List<Double> values() {
        return values;
    }

    public DoubleProperty minProperty() {
        return min;
    }

    public DoubleProperty maxProperty() {
        return max;
    }

    public DoubleProperty lowerBoundProperty() {
        return lowerBound;
    }

    public DoubleProperty upperBoundProperty() {
        return upperBound;
    }

    public IntegerProperty countProperty() {
        return count;
    }

    public StringProperty minTextProperty() {
        return minText;
    }

    public StringProperty maxTextProperty() {
        return maxText;
    }

    public StringProperty countTextProperty() {
        return countText;
    }

    /** The model's (or the typing's) complaint about the minimum, "" when none. */
    public StringProperty minMessageProperty() {
        return minMessage;
    }

    public StringProperty maxMessageProperty() {
        return maxMessage;
    }

    /** A complaint about the parameter as a whole (its count, its levels), "" when none. */
    public StringProperty messageProperty() {
        return message;
    }

    /** The levels a grid takes, as text ("2.5, 3, 3.5"), or a note for continuous sampling. */
    public StringProperty levelsProperty() {
        return levels;
    }

    public BooleanProperty typedValidProperty() {
        return typedValid;
    }

    /**
     * Moves the range from a slider: values are rounded to a step that suits the slider's span (whole numbers
     * for integer settings), so that the typed fields read 2.75, not 2.7493.
     */
    public void dragTo(double low, double high) {
        double span = upperBound.get() - lowerBound.get();
        double lo = integer ? Math.rint(low) : Numbers.niceRound(low, span);
        double hi = integer ? Math.rint(high) : Numbers.niceRound(high, span);
        if (lo == min.get() && hi == max.get()) {
            return;
        }
        values = null;
        syncing = true;
        try {
            min.set(lo);
            max.set(hi);
            if (integer) {
                // The natural levels of a whole-number setting are all the whole numbers in its range.
                count.set((int) Math.max(1, Math.min(10_000, Math.abs(hi - lo) + 1)));
            }
        } finally {
            syncing = false;
        }
        syncTexts();
        changed();
    }

    private void changed() {
        if (syncing) {
            return;
        }
        onChange.run();
    }

    /** Typed text: parse; valid numbers move the range, bad ones leave it and say why. */
    private void typed() {
        if (syncing) {
            return;
        }
        Double lo = Numbers.parse(minText.get()), hi = Numbers.parse(maxText.get());
        Double n = Numbers.parse(countText.get());
        minMessage.set(lo == null ? name + " min: not a number (got '" + minText.get() + "')" : "");
        maxMessage.set(hi == null ? name + " max: not a number (got '" + maxText.get() + "')" : "");
        String countProblem = "";
        if (n == null || n != Math.rint(n) || n < 1 || n > 10_000) {
            countProblem = name + " levels: must be an integer in [1, 10000] (got '" + countText.get() + "')";
        }
        message.set(countProblem);
        boolean ok = lo != null && hi != null && countProblem.isEmpty();
        typedValid.set(ok);
        if (!ok) {
            onChange.run(); // the sweep is invalid while a field is
            return;
        }
        boolean edited = lo != min.get() || hi != max.get() || n.intValue() != count.get();
        if (!edited) {
            return;
        }
        values = null;
        syncing = true;
        try {
            min.set(lo);
            max.set(hi);
            count.set(n.intValue());
            fitBounds();
        } finally {
            syncing = false;
        }
        onChange.run();
    }

    /** Slider bounds that hold the range with room to move: [0, 2 max] for positive settings, mirrored for negative. */
    void fitBounds() {
        double lo = Math.min(min.get(), max.get()), hi = Math.max(min.get(), max.get());
        double b0, b1;
        if (lo >= 0) {
            b0 = 0;
            b1 = niceCeil(Math.max(hi * 2, hi + 1e-9));
        } else if (hi <= 0) {
            b0 = -niceCeil(Math.max(-lo * 2, -lo + 1e-9));
            b1 = 0;
        } else {
            b0 = -niceCeil(-lo * 2);
            b1 = niceCeil(hi * 2);
        }
        if (integer) {
            b0 = Math.floor(b0);
            b1 = Math.ceil(b1);
        }
        if (b1 <= b0) {
            b1 = b0 + 1;
        }
        // Only ever widen while the user works, so a thumb never jumps under the mouse.
        if (lowerBound.get() >= upperBound.get() || b0 < lowerBound.get() || lo < lowerBound.get()) {
            lowerBound.set(Math.min(b0, lowerBound.get() < upperBound.get() ? lowerBound.get() : b0));
        }
        if (lowerBound.get() >= upperBound.get() || b1 > upperBound.get() || hi > upperBound.get()) {
            upperBound.set(Math.max(b1, upperBound.get()));
        }
    }

    private static double niceCeil(double v) {
        if (v <= 0) {
            return 1;
        }
        double p = Math.pow(10, Math.floor(Math.log10(v)));
        for (double m : new double[] {1, 2, 2.5, 5, 10}) {
            if (m * p >= v - 1e-12) {
                return m * p;
            }
        }
        return 10 * p;
    }

    void syncTexts() {
        syncing = true;
        try {
            minText.set(Numbers.plain(min.get()));
            maxText.set(Numbers.plain(max.get()));
            countText.set(Integer.toString(count.get()));
            minMessage.set("");
            maxMessage.set("");
            message.set("");
            typedValid.set(true);
        } finally {
            syncing = false;
        }
    }

    void showLevels(List<Double> grid) {
        if (grid == null) {
            levels.set("continuous over [" + Numbers.plain(min.get()) + ", " + Numbers.plain(max.get()) + "]");
        } else {
            levels.set(String.join(", ", grid.stream().map(Numbers::plain).toList()));
        }
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s [%s, %s] x %d", name, Numbers.plain(min.get()), Numbers.plain(max.get()), count.get());
    }
}
