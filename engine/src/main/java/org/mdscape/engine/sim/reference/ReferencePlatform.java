package org.mdscape.engine.sim.reference;

import org.mdscape.engine.sim.Force;
import org.mdscape.engine.sim.ForceEvaluator;
import org.mdscape.engine.sim.ForceResult;
import org.mdscape.engine.sim.LennardJonesForce;
import org.mdscape.engine.sim.MolecularSystem;
import org.mdscape.engine.sim.Platform;
import org.mdscape.engine.sim.SlabEwaldForce;
import org.mdscape.engine.sim.State;
import org.mdscape.engine.sim.WallForce;
import org.mdscape.engine.sim.WcaForce;

/**
 * The slow, plain, obviously correct platform: double precision, every pair i &lt; j visited once with
 * the minimum-image convention, no lists, no threads. Every fast platform is tested against it.
 */
public final class ReferencePlatform implements Platform {

    @Override
    public String name() {
        return "reference";
    }

    @Override
    public int threads() {
        return 1;
    }

    @Override
    public ForceEvaluator createEvaluator(MolecularSystem system) {
        return (state, out, withEnergy) -> {
            out.clear();
            for (Force force : system.forces()) {
                switch (force) {
                    case LennardJonesForce lj -> addLennardJones(system, lj, state, out);
                    case WcaForce wca -> addWca(system, wca, state, out);
                    case WallForce wall -> addWalls(system, wall, state, out);
                    case SlabEwaldForce ewald -> ReferenceEwald.add(system, ewald, state, out);
                }
                if (!(force instanceof LennardJonesForce)) {
                    // Pressure in a slab needs its own definition; not computed for these forces yet.
                    java.util.Arrays.fill(out.virial, Double.NaN);
                }
            }
        };
    }

    private static void addLennardJones(MolecularSystem system, LennardJonesForce lj, State s, ForceResult out) {
        int n = s.size();
        double lx = system.box().lx(), ly = system.box().ly(), lz = system.box().lz();
        double rc2 = lj.cutoff() * lj.cutoff();
        double eps = lj.epsilon(), sig2 = lj.sigma() * lj.sigma();
        double shift = lj.energyShift();
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double dx = minimumImage(s.x[i] - s.x[j], lx);
                double dy = minimumImage(s.y[i] - s.y[j], ly);
                double dz = minimumImage(s.z[i] - s.z[j], lz);
                double r2 = dx * dx + dy * dy + dz * dz;
                if (r2 >= rc2) {
                    continue;
                }
                double sr2 = sig2 / r2;
                double sr6 = sr2 * sr2 * sr2;
                // f(r) r / r^2: the force on i along (r_i - r_j), divided by r^2.
                double fOverR2 = 24 * eps * sr6 * (2 * sr6 - 1) / r2;
                out.fx[i] += fOverR2 * dx;
                out.fy[i] += fOverR2 * dy;
                out.fz[i] += fOverR2 * dz;
                out.fx[j] -= fOverR2 * dx;
                out.fy[j] -= fOverR2 * dy;
                out.fz[j] -= fOverR2 * dz;
                out.potentialEnergy += 4 * eps * sr6 * (sr6 - 1) - shift;
                out.virial[0] += fOverR2 * dx * dx;
                out.virial[1] += fOverR2 * dy * dy;
                out.virial[2] += fOverR2 * dz * dz;
                out.virial[3] += fOverR2 * dx * dy;
                out.virial[4] += fOverR2 * dx * dz;
                out.virial[5] += fOverR2 * dy * dz;
            }
        }
        double volume = system.box().volume();
        out.potentialEnergy += lj.tailEnergy(n, volume);
        double tailVirial = lj.tailVirial(n, volume) / 3;
        out.virial[0] += tailVirial;
        out.virial[1] += tailVirial;
        out.virial[2] += tailVirial;
    }

    private static void addWca(MolecularSystem system, WcaForce wca, State s, ForceResult out) {
        int n = s.size();
        double lx = system.box().lx(), ly = system.box().ly(), lz = system.box().lz();
        boolean pz = system.box().periodicZ();
        double eps = wca.epsilon();
        for (int i = 0; i < n; i++) {
            double di = system.species().get(system.speciesOf(s.ids[i])).diameter();
            for (int j = i + 1; j < n; j++) {
                double dj = system.species().get(system.speciesOf(s.ids[j])).diameter();
                double sigma = (di + dj) / 2;
                double dx = minimumImage(s.x[i] - s.x[j], lx);
                double dy = minimumImage(s.y[i] - s.y[j], ly);
                double dz = pz ? minimumImage(s.z[i] - s.z[j], lz) : s.z[i] - s.z[j];
                double r2 = dx * dx + dy * dy + dz * dz;
                double rc = WcaForce.CUTOFF_FACTOR * sigma;
                if (r2 >= rc * rc) {
                    continue;
                }
                double sr2 = sigma * sigma / r2;
                double sr6 = sr2 * sr2 * sr2;
                double fOverR2 = 24 * eps * sr6 * (2 * sr6 - 1) / r2;
                out.fx[i] += fOverR2 * dx;
                out.fy[i] += fOverR2 * dy;
                out.fz[i] += fOverR2 * dz;
                out.fx[j] -= fOverR2 * dx;
                out.fy[j] -= fOverR2 * dy;
                out.fz[j] -= fOverR2 * dz;
                out.potentialEnergy += 4 * eps * sr6 * (sr6 - 1) + eps;
            }
        }
    }

    private static void addWalls(MolecularSystem system, WallForce wall, State s, ForceResult out) {
        double h = system.box().lz();
        double[] fz = new double[1];
        for (int i = 0; i < s.size(); i++) {
            double d = system.species().get(system.speciesOf(s.ids[i])).diameter();
            out.potentialEnergy += wall.energyAndForce(s.z[i], h, d, fz);
            out.fz[i] += fz[0];
        }
    }

    /** Nearest periodic image of a separation along an axis of length l. */
    static double minimumImage(double d, double l) {
        return d - l * Math.rint(d / l);
    }
}
