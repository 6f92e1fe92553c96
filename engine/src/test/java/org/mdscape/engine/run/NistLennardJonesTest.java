package org.mdscape.engine.run;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;
import org.mdscape.engine.model.LennardJonesFluid;
import org.mdscape.engine.sim.cpu.CpuPlatform;

/**
 * NIST Standard Reference Simulation Website, LJ fluid (Monte Carlo NVT, N = 500, r_c = 3 with the
 * analytic long-range corrections), values in ../shared/data/nist-lj-srsw.md. Our NVT molecular dynamics
 * must reproduce U/N within three combined standard errors (NIST's and ours), and P at rho* = 0.86
 * within 0.01 (DESIGN.md section 3). Takes about a minute per state point.
 */
@Tag("validation")
class NistLennardJonesTest {

    @ParameterizedTest(name = "T* = 0.85, rho* = {0}")
    @CsvSource({
            // density, U/N (NIST), its standard error, P (NIST), P tolerance (NaN = not checked), steps.
            // The pressure point runs longer: P fluctuates more, and +/- 0.01 must be several of our
            // standard errors for the comparison to be decisive.
            "0.776, -5.5121, 4.6e-4, 6.7714e-03, NaN,  160000",
            "0.86,  -6.0305, 2.4e-3, 1.2660,     0.01, 400000"})
    void matchesNist(double density, double nistEnergy, double nistStderr, double nistPressure,
                     double pressureTolerance, long steps, @TempDir Path out) throws Exception {
        LennardJonesFluid fluid = new LennardJonesFluid(500, density, 0.85, 3.0, false, true);
        LennardJonesRun run = new LennardJonesRun(fluid, 0.005, steps, 20_000, Ensemble.NVT, 0.5, 5, 2024,
                20, 0, 0);
        ThermoSummary t = LennardJonesRunner.execute(run, new CpuPlatform(2), out, false, null).thermo();

        Estimate u = t.potentialEnergyPerParticle();
        double combined = Math.sqrt(nistStderr * nistStderr + u.stderr() * u.stderr());
        // Our error bar must be small enough for the comparison to mean something.
        assertTrue(u.stderr() < 0.002, "U/N standard error too large to compare: " + u.stderr());
        assertTrue(Math.abs(u.mean() - nistEnergy) <= 3 * combined,
                "U/N = " + u.mean() + " +/- " + u.stderr() + ", NIST " + nistEnergy + " +/- " + nistStderr);
        if (!Double.isNaN(pressureTolerance)) {
            assertTrue(t.pressure().stderr() < pressureTolerance / 2, "P standard error too large: " + t.pressure().stderr());
            assertTrue(Math.abs(t.pressure().mean() - nistPressure) <= pressureTolerance,
                    "P = " + t.pressure().mean() + " +/- " + t.pressure().stderr() + ", NIST " + nistPressure);
        }
        assertTrue(Math.abs(t.temperature().mean() - 0.85) < 0.01, "T = " + t.temperature().mean());
    }
}
