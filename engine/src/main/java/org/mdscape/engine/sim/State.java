package org.mdscape.engine.sim;

/**
 * Positions, velocities and the step counter of a running simulation, as structure-of-arrays.
 *
 * <p>Particles may be stored in any order (fast platforms sort them by space for cache locality);
 * {@link #ids} maps each slot to the particle's original index, which is what users and files see.
 * Positions are always wrapped into [0, L) after every step, so that the bits of a trajectory do not
 * depend on when a neighbour list happened to be rebuilt.
 */
public final class State {
    public final double[] x, y, z;
    public final double[] vx, vy, vz;
    public final int[] ids;
    public long step;
    private long layoutVersion;

    public State(int n) {
        x = new double[n];
        y = new double[n];
        z = new double[n];
        vx = new double[n];
        vy = new double[n];
        vz = new double[n];
        ids = new int[n];
        for (int i = 0; i < n; i++) {
            ids[i] = i;
        }
    }

    public int size() {
        return x.length;
    }

    /** Changes whenever slots are permuted, so that cached neighbour lists know to rebuild. */
    public long layoutVersion() {
        return layoutVersion;
    }

    /** Moves the particle in slot {@code order[k]} to slot k, for all arrays. */
    public void permute(int[] order) {
        permute(x, order);
        permute(y, order);
        permute(z, order);
        permute(vx, order);
        permute(vy, order);
        permute(vz, order);
        int[] copy = ids.clone();
        for (int k = 0; k < order.length; k++) {
            ids[k] = copy[order[k]];
        }
        layoutVersion++;
    }

    private static void permute(double[] a, int[] order) {
        double[] copy = a.clone();
        for (int k = 0; k < order.length; k++) {
            a[k] = copy[order[k]];
        }
    }

    /** Wraps one coordinate into [0, l). */
    static double wrap(double v, double l) {
        if (v >= l) {
            v -= l;
            if (v >= l) {
                v -= l * Math.floor(v / l);
            }
        } else if (v < 0) {
            v += l;
            if (v < 0) {
                v -= l * Math.floor(v / l);
            }
            if (v >= l) { // -tiny + l rounds to l
                v = 0;
            }
        }
        return v;
    }

    public void wrapInto(Box box) {
        for (int i = 0; i < x.length; i++) {
            x[i] = wrap(x[i], box.lx());
            y[i] = wrap(y[i], box.ly());
            if (box.periodicZ()) {
                z[i] = wrap(z[i], box.lz());
            }
        }
    }

    /** Positions in original particle order, as [id][xyz]. */
    public double[][] positionsByParticle() {
        double[][] p = new double[x.length][];
        for (int k = 0; k < x.length; k++) {
            p[ids[k]] = new double[] {x[k], y[k], z[k]};
        }
        return p;
    }
}
