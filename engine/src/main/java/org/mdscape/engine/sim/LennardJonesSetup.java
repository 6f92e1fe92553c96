package org.mdscape.engine.sim;

import org.mdscape.engine.model.LennardJonesFluid;

/** Builds the system and the initial state of a {@link LennardJonesFluid}. */
public final class LennardJonesSetup {
    private LennardJonesSetup() {
    }

    public static MolecularSystem system(LennardJonesFluid spec) {
        spec.validated();
        return MolecularSystem.uniform(spec.particleCount(), 1.0, Box.cubic(spec.boxLength()),
                new LennardJonesForce(1.0, 1.0, spec.cutoff(), spec.shift(), spec.tailCorrection()));
    }

    /**
     * fcc lattice (4 sites per cubic cell, the smallest K^3 cells holding N, first N sites in x-fastest
     * order, as LAMMPS's "create_atoms" visits them) and Maxwell-Boltzmann velocities at the spec's
     * temperature with zero total momentum, rescaled to exactly T.
     */
    public static State initialState(LennardJonesFluid spec, SeededRandom random) {
        int n = spec.particleCount();
        State s = new State(n);
        int k = 1;
        while (4L * k * k * k < n) {
            k++;
        }
        double l = spec.boxLength();
        double a = l / k;
        double[][] basis = {{0, 0, 0}, {0.5, 0.5, 0}, {0.5, 0, 0.5}, {0, 0.5, 0.5}};
        int p = 0;
        outer:
        for (int iz = 0; iz < k; iz++) {
            for (int iy = 0; iy < k; iy++) {
                for (int ix = 0; ix < k; ix++) {
                    for (double[] b : basis) {
                        if (p == n) {
                            break outer;
                        }
                        s.x[p] = (ix + b[0]) * a;
                        s.y[p] = (iy + b[1]) * a;
                        s.z[p] = (iz + b[2]) * a;
                        p++;
                    }
                }
            }
        }
        s.wrapInto(Box.cubic(l));
        maxwellVelocities(s, spec.temperature(), random);
        return s;
    }

    /** Gaussian velocities (unit masses), total momentum removed, scaled to temperature T with 3N-3 dof. */
    public static void maxwellVelocities(State s, double temperature, SeededRandom random) {
        int n = s.size();
        double sx = 0, sy = 0, sz = 0;
        for (int i = 0; i < n; i++) {
            s.vx[i] = random.nextGaussian();
            s.vy[i] = random.nextGaussian();
            s.vz[i] = random.nextGaussian();
            sx += s.vx[i];
            sy += s.vy[i];
            sz += s.vz[i];
        }
        sx /= n;
        sy /= n;
        sz /= n;
        double v2 = 0;
        for (int i = 0; i < n; i++) {
            s.vx[i] -= sx;
            s.vy[i] -= sy;
            s.vz[i] -= sz;
            v2 += s.vx[i] * s.vx[i] + s.vy[i] * s.vy[i] + s.vz[i] * s.vz[i];
        }
        double scale = Math.sqrt(temperature * (3.0 * n - 3) / v2);
        for (int i = 0; i < n; i++) {
            s.vx[i] *= scale;
            s.vy[i] *= scale;
            s.vz[i] *= scale;
        }
    }
}
