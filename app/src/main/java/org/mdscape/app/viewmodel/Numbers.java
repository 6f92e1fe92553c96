package org.mdscape.app.viewmodel;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/** How the workbench writes and reads numbers: plain decimals, no locale surprises (a comma is never a decimal point). */
public final class Numbers {
    private Numbers() {
    }

    /** Up to 6 significant digits, without trailing zeros: 0.3, 2.5, 1e-05 stays readable. */
    public static String plain(double v) {
        if (!Double.isFinite(v)) {
            return Double.toString(v);
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return new BigDecimal(v).round(new MathContext(6)).stripTrailingZeros().toPlainString();
    }

    /** Three significant digits, plain: 0.000142, 12.3, 1230. */
    public static String sig3(double v) {
        if (!Double.isFinite(v) || v == 0) {
            return plain(v);
        }
        return new BigDecimal(v).round(new MathContext(3)).stripTrailingZeros().toPlainString();
    }

    /** The number in {@code text}, or null if it is not one. */
    public static Double parse(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip();
        if (t.isEmpty()) {
            return null;
        }
        try {
            double v = Double.parseDouble(t);
            return Double.isFinite(v) ? v : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Rounds {@code v} to a step that splits {@code span} into about 200 parts (1, 2 or 5 times a power of ten). */
    public static double niceRound(double v, double span) {
        if (!(span > 0)) {
            return v;
        }
        double raw = span / 200;
        double p = Math.pow(10, Math.floor(Math.log10(raw)));
        double step = raw / p < 2 ? p : raw / p < 5 ? 2 * p : 5 * p;
        return new BigDecimal(Math.round(v / step) * step).round(new MathContext(12)).doubleValue();
    }

    /** Hours as "45 s", "12 min", "3.4 h" or "2.1 d". */
    public static String duration(double hours) {
        if (!Double.isFinite(hours)) {
            return "never";
        }
        double s = hours * 3600;
        if (s < 90) {
            return String.format(Locale.ROOT, "%.0f s", s);
        }
        if (s < 90 * 60) {
            return String.format(Locale.ROOT, "%.0f min", s / 60);
        }
        if (hours < 48) {
            return String.format(Locale.ROOT, "%.1f h", hours);
        }
        return String.format(Locale.ROOT, "%.1f d", hours / 24);
    }

    public static String usd(double v) {
        if (!Double.isFinite(v)) {
            return "-";
        }
        return v < 0.005 && v > 0 ? "< $0.01" : String.format(Locale.ROOT, "$%,.2f", v);
    }
}
