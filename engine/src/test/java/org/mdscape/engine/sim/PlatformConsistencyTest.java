package org.mdscape.engine.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mdscape.engine.model.LennardJonesFluid;
import org.mdscape.engine.sim.cpu.CpuPlatform;
import org.mdscape.engine.sim.reference.ReferencePlatform;

/**
 * Every fast platform against the Reference platform (OpenMM's pattern): same configurations, forces,
 * energy and virial agree to relative 1e-10 in double precision.
 */
class PlatformConsistencyTest {

    record Case(String name, MolecularSystem system, State state) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> cases() {
        Stream.Builder<Arguments> b = Stream.builder();
        for (int threads : new int[] {1, 2, 3, 4}) {
            // Cell-list path: box of 10.2 sigma holds >= 3 cells of r_c + skin.
            LennardJonesFluid dense = LennardJonesFluid.ofFccCells(6, 0.8, 1.0, 2.5, false, true);
            b.add(Arguments.of(new Case("jittered fcc, rho 0.8, tail", LennardJonesSetup.system(dense),
                    Configurations.jitteredLattice(dense, 0.15, 11)), threads));
            // All-pairs build path: small box, long cutoff, shifted.
            LennardJonesFluid small = new LennardJonesFluid(200, 0.5, 1.0, 3.0, true, false);
            b.add(Arguments.of(new Case("random gas, N 200, shifted", LennardJonesSetup.system(small),
                    Configurations.random(200, Box.cubic(small.boxLength()), 0.85, 12)), threads));
            // Non-cubic box and a permuted slot order.
            Box box = new Box(9.0, 10.5, 12.0);
            MolecularSystem sys = MolecularSystem.uniform(700, 1.0, box, new LennardJonesForce(1.0, 1.0, 2.5, true, false));
            State s = Configurations.random(700, box, 0.9, 13);
            s.permute(SpatialOrder.byCell(s, box, 1.3));
            b.add(Arguments.of(new Case("random, orthorhombic, sorted", sys, s), threads));
        }
        return b.build();
    }

    @ParameterizedTest(name = "{0}, {1} thread(s)")
    @MethodSource("cases")
    void cpuAgreesWithReference(Case c, int threads) {
        ForceResult ref = new ForceResult(c.state().size());
        new ReferencePlatform().createEvaluator(c.system()).compute(c.state(), ref, true);
        ForceResult cpu = new ForceResult(c.state().size());
        new CpuPlatform(threads).createEvaluator(c.system()).compute(c.state(), cpu, true);

        double rms = Configurations.relativeRms(cpu.fx, cpu.fy, cpu.fz, ref.fx, ref.fy, ref.fz);
        assertTrue(rms <= 1e-10, "relative RMS force difference " + rms);
        assertEquals(ref.potentialEnergy, cpu.potentialEnergy, 1e-10 * Math.abs(ref.potentialEnergy));
        double scale = Math.abs(ref.virialTrace());
        for (int k = 0; k < 6; k++) {
            assertEquals(ref.virial[k], cpu.virial[k], 1e-10 * scale, "virial component " + k);
        }
    }

    @ParameterizedTest(name = "{0}, {1} thread(s)")
    @MethodSource("cases")
    void forcesAreIdenticalWithAndWithoutEnergy(Case c, int threads) {
        ForceEvaluator cpu = new CpuPlatform(threads).createEvaluator(c.system());
        ForceResult with = new ForceResult(c.state().size());
        ForceResult without = new ForceResult(c.state().size());
        cpu.compute(c.state(), with, true);
        cpu.compute(c.state(), without, false);
        for (int i = 0; i < c.state().size(); i++) {
            assertEquals(with.fx[i], without.fx[i], 0.0);
            assertEquals(with.fy[i], without.fy[i], 0.0);
            assertEquals(with.fz[i], without.fz[i], 0.0);
        }
    }
}
