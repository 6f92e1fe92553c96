package org.mdscape.engine.run;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mdscape.engine.model.LennardJonesFluid;
import org.mdscape.engine.sim.cpu.CpuPlatform;

/**
 * NVE with velocity Verlet conserves energy to the norms of DESIGN.md section 3 (shifted LJ,
 * dt = 0.005, double precision, N ~ 10^3): std(E)/N &lt;= 5e-5, |drift| &lt;= 1e-5 per tau per atom,
 * std(E)/std(KE) &lt;= 0.01.
 */
class EnergyConservationTest {

    @Test
    void velocityVerletConservesEnergy(@TempDir Path out) throws Exception {
        // The in.lj state: fcc at rho* = 0.8442 started at T* = 1.44 melts into a liquid at T* ~ 0.7.
        // N = 4,000: the per-particle fluctuation of the total energy falls as 1/sqrt(N).
        LennardJonesFluid fluid = LennardJonesFluid.ofFccCells(10, 0.8442, 1.44, 2.5, true, false);
        LennardJonesRun run = new LennardJonesRun(fluid, 0.005, 12_000, 2_000, Ensemble.NVE, 0.5, 1, 7,
                10, 0, 0);
        ThermoSummary t = LennardJonesRunner.execute(run, new CpuPlatform(2), out, false, null).thermo();

        assertTrue(t.samples() > 900, "samples " + t.samples());
        assertTrue(t.totalEnergyStdPerParticle() <= 5e-5, "std(E)/N = " + t.totalEnergyStdPerParticle());
        assertTrue(Math.abs(t.totalEnergyDrift()) <= 1e-5, "drift = " + t.totalEnergyDrift() + " per tau per atom");
        assertTrue(t.totalToKineticFluctuation() <= 0.01, "std(E)/std(KE) = " + t.totalToKineticFluctuation());
        // It really melted: a liquid near T* = 0.7, above the triple point (0.69), not a hot solid at 1.44.
        assertTrue(t.temperature().mean() > 0.6 && t.temperature().mean() < 0.8, "temperature " + t.temperature().mean());
    }

    @Test
    void noseHooverChainConservesItsExtendedEnergyAndHoldsTemperature(@TempDir Path out) throws Exception {
        LennardJonesFluid fluid = LennardJonesFluid.ofFccCells(5, 0.8, 1.2, 2.5, true, false);
        LennardJonesRun run = new LennardJonesRun(fluid, 0.005, 12_000, 4_000, Ensemble.NVT, 0.5, 5, 3,
                10, 0, 0);
        ThermoSummary t = LennardJonesRunner.execute(run, new CpuPlatform(1), out, false, null).thermo();

        // The extended energy (system + chain) is conserved like NVE's, up to a noisier linear fit: the
        // chain trades energy with the particles in slow bursts of period tau.
        assertTrue(Math.abs(t.totalEnergyDrift()) <= 3e-5, "extended-energy drift = " + t.totalEnergyDrift());
        assertTrue(t.totalToKineticFluctuation() <= 0.02, "std(E_ext)/std(KE) = " + t.totalToKineticFluctuation());
        // Canonical average temperature equals the target within a few standard errors.
        double err = Math.abs(t.temperature().mean() - 1.2);
        assertTrue(err <= Math.max(4 * t.temperature().stderr(), 0.005),
                "T = " + t.temperature().mean() + " +/- " + t.temperature().stderr());
    }
}
