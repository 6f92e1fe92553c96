package org.mdscape.engine.sim;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mdscape.engine.model.LennardJonesFluid;
import org.mdscape.engine.sim.cpu.CpuPlatform;
import org.mdscape.engine.sim.reference.ReferencePlatform;

/** Forces are minus the gradient of the potential energy (central differences), on every platform. */
class FiniteDifferenceTest {

    @ParameterizedTest
    @ValueSource(strings = {"reference", "cpu"})
    void forceIsMinusGradientOfEnergy(String platformName) {
        // Shifted potential: the energy is continuous at the cutoff, so differences are clean.
        LennardJonesFluid spec = LennardJonesFluid.ofFccCells(4, 0.7, 1.0, 2.5, true, true);
        MolecularSystem system = LennardJonesSetup.system(spec);
        State s = Configurations.jitteredLattice(spec, 0.2, 5);
        Platform platform = platformName.equals("cpu") ? new CpuPlatform(2) : new ReferencePlatform();
        ForceResult f = new ForceResult(s.size());
        platform.createEvaluator(system).compute(s, f, true);

        double h = 1e-5;
        double worst = 0;
        SeededRandom pick = new SeededRandom(99);
        for (int trial = 0; trial < 12; trial++) {
            int i = pick.nextInt(s.size());
            for (int axis = 0; axis < 3; axis++) {
                double[] coord = axis == 0 ? s.x : axis == 1 ? s.y : s.z;
                double[] force = axis == 0 ? f.fx : axis == 1 ? f.fy : f.fz;
                double original = coord[i];
                coord[i] = original + h;
                double up = energy(platform, system, s);
                coord[i] = original - h;
                double down = energy(platform, system, s);
                coord[i] = original;
                double numeric = -(up - down) / (2 * h);
                double err = Math.abs(numeric - force[i]) / Math.max(1.0, Math.abs(force[i]));
                worst = Math.max(worst, err);
            }
        }
        assertTrue(worst < 1e-6, "largest relative error of F against -dU/dx: " + worst);
    }

    private static double energy(Platform platform, MolecularSystem system, State s) {
        ForceResult r = new ForceResult(s.size());
        // A fresh evaluator each time: no neighbour list carried over from the unperturbed positions.
        platform.createEvaluator(system).compute(s, r, true);
        return r.potentialEnergy;
    }
}
