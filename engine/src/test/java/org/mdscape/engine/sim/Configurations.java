package org.mdscape.engine.sim;

import org.mdscape.engine.model.LennardJonesFluid;

/** Test configurations shared by the platform tests. */
final class Configurations {
    private Configurations() {
    }

    /** Random positions with no pair closer than {@code minDistance} (so forces stay finite). */
    static State random(int n, Box box, double minDistance, long seed) {
        SeededRandom r = new SeededRandom(seed);
        State s = new State(n);
        int placed = 0;
        while (placed < n) {
            double x = r.nextDouble() * box.lx(), y = r.nextDouble() * box.ly(), z = r.nextDouble() * box.lz();
            boolean ok = true;
            for (int j = 0; j < placed && ok; j++) {
                double dx = x - s.x[j], dy = y - s.y[j], dz = z - s.z[j];
                dx -= box.lx() * Math.rint(dx / box.lx());
                dy -= box.ly() * Math.rint(dy / box.ly());
                dz -= box.lz() * Math.rint(dz / box.lz());
                ok = dx * dx + dy * dy + dz * dz >= minDistance * minDistance;
            }
            if (ok) {
                s.x[placed] = x;
                s.y[placed] = y;
                s.z[placed] = z;
                placed++;
            }
        }
        return s;
    }

    /** fcc lattice of the spec with each particle displaced by up to {@code jitter} in each direction. */
    static State jitteredLattice(LennardJonesFluid spec, double jitter, long seed) {
        SeededRandom r = new SeededRandom(seed);
        State s = LennardJonesSetup.initialState(spec, r);
        Box box = Box.cubic(spec.boxLength());
        for (int i = 0; i < s.size(); i++) {
            s.x[i] += jitter * (2 * r.nextDouble() - 1);
            s.y[i] += jitter * (2 * r.nextDouble() - 1);
            s.z[i] += jitter * (2 * r.nextDouble() - 1);
        }
        s.wrapInto(box);
        return s;
    }

    static double relativeRms(double[] ax, double[] ay, double[] az, double[] bx, double[] by, double[] bz) {
        double diff = 0, norm = 0;
        for (int i = 0; i < ax.length; i++) {
            diff += sq(ax[i] - bx[i]) + sq(ay[i] - by[i]) + sq(az[i] - bz[i]);
            norm += sq(bx[i]) + sq(by[i]) + sq(bz[i]);
        }
        return Math.sqrt(diff / norm);
    }

    private static double sq(double v) {
        return v * v;
    }
}
