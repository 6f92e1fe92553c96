package org.mdscape.engine.surrogate;

/**
 * The one representation every point of a sweep shares, so that one network serves profiles of every
 * channel width: density divided by the bulk concentration, ρ(x)/c, at fixed distances x from the species'
 * wall contact plane inward, x = xMin + k·step (reduced units, i.e. ion diameters). Aligning to the contact
 * keeps the layering peaks, which sit at fixed distances from the wall in ion diameters, on the same nodes
 * for every h and d; the grid runs a little beyond the contact (xMin &lt; 0, where ions barely penetrate the
 * soft wall) and as far inward as the widest half-channel of the sweep. Nodes beyond a point's own
 * mid-plane are simply never read for that point.
 *
 * <p>The step is half the profile bin width, so that a sharp rise at the contact that falls between two bin
 * centres can still be represented; a point's bins read the grid by linear interpolation.
 */
public record ProfileGrid(double xMin, double step, int size) {

    /** Grid start beyond the contact plane, reduced units. */
    public static final double DEFAULT_X_MIN = -0.1;

    /** A grid of {@code step} from {@link #DEFAULT_X_MIN} past {@code maxHalfChannel}. */
    public static ProfileGrid covering(double maxHalfChannel, double step) {
        int size = (int) Math.ceil((maxHalfChannel - DEFAULT_X_MIN) / step) + 2;
        return new ProfileGrid(DEFAULT_X_MIN, step, size);
    }

    public double x(int k) {
        return xMin + k * step;
    }

    /**
     * Linear-interpolation weights of the grid at distance {@code x} into {@code row} (length {@link #size}),
     * cleared first. Before the grid start the density is taken as zero (all weights zero); past the end
     * the last node holds.
     */
    public void weights(double x, double[] row) {
        java.util.Arrays.fill(row, 0);
        if (x < xMin) {
            return;
        }
        double t = (x - xMin) / step;
        int k = (int) Math.floor(t);
        if (k >= size - 1) {
            row[size - 1] = 1;
            return;
        }
        double f = t - k;
        row[k] = 1 - f;
        row[k + 1] = f;
    }

    /** Value of grid values {@code y} at distance {@code x}, by the same interpolation as {@link #weights}. */
    public double valueAt(double[] y, int offset, double x) {
        if (x < xMin) {
            return 0;
        }
        double t = (x - xMin) / step;
        int k = (int) Math.floor(t);
        if (k >= size - 1) {
            return y[offset + size - 1];
        }
        double f = t - k;
        return (1 - f) * y[offset + k] + f * y[offset + k + 1];
    }
}
