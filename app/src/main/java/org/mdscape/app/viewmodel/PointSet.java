package org.mdscape.app.viewmodel;

import java.util.List;

/**
 * The points a sweep will run, as a matrix: {@code values[k][d]} is parameter d of point k.
 *
 * @param names parameter names, in the spec's order
 * @param units their units ("" when dimensionless)
 */
public record PointSet(List<String> names, List<String> units, double[][] values) {
    public static final PointSet EMPTY = new PointSet(List.of(), List.of(), new double[0][]);

    public PointSet {
        names = List.copyOf(names);
        units = List.copyOf(units);
    }

    public int size() {
        return values.length;
    }

    public int dimensions() {
        return names.size();
    }

    /** Smallest and largest value of parameter {@code d}. */
    public double[] extent(int d) {
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        for (double[] p : values) {
            lo = Math.min(lo, p[d]);
            hi = Math.max(hi, p[d]);
        }
        return new double[] {lo, hi};
    }

    public String label(int d) {
        String u = units.get(d);
        return u.isEmpty() ? names.get(d) : names.get(d) + " (" + u + ")";
    }
}
