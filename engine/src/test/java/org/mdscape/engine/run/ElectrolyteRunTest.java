package org.mdscape.engine.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mdscape.engine.model.ConfinedElectrolyte;
import org.mdscape.engine.model.WallModel;
import org.mdscape.engine.sim.cpu.CpuPlatform;

/** Sum rules, symmetry and crash-safe resume of confined-electrolyte runs (short runs). */
class ElectrolyteRunTest {

    static ElectrolyteRun run(ConfinedElectrolyte system, long steps, long checkpointEvery) {
        return new ElectrolyteRun(system, 0.001, steps, 0.2, 50, 0.05, 5, 0.1, 11, 0, checkpointEvery);
    }

    @Test
    void profilesObeySumRulesAndSymmetry(@TempDir Path dir) throws IOException {
        ConfinedElectrolyte system = new ConfinedElectrolyte(3.0, 1, -1, 0.5, 0.714, 0.714, WallModel.STANDARD,
                ConfinedElectrolyte.WATER_BJERRUM_NM, 120, 0, 1e-4);
        ElectrolyteResult r = ElectrolyteRunner.execute(run(system, 30_000, 0), new CpuPlatform(2), dir, false, null);
        ElectrolyteResult.Profile p = r.profile();
        double binNm = 0.05 * 0.714;
        double area = r.box().lateralNm() * r.box().lateralNm();
        double perNm3 = ConfinedElectrolyte.IONS_PER_NM3_PER_MOLAR;
        double integralPlus = 0, integralMinus = 0;
        int bins = p.zNm().length, symmetric = 0, equal = 0, regular = 0;
        for (int b = 0; b < bins; b++) {
            if (p.contact()[b]) {
                continue;
            }
            regular++;
            integralPlus += p.rhoPlus()[b] * perNm3 * area * binNm;
            integralMinus += p.rhoMinus()[b] * perNm3 * area * binNm;
            int mirror = bins - 1 - b; // the grid is symmetric, contact bins included
            assertEquals(-p.zNm()[b], p.zNm()[mirror], 1e-12);
            double errSym = Math.hypot(p.rhoPlusErr()[b], p.rhoPlusErr()[mirror]);
            if (Math.abs(p.rhoPlus()[b] - p.rhoPlus()[mirror]) <= 3 * errSym + 1e-12) {
                symmetric++;
            }
            double errPm = Math.hypot(p.rhoPlusErr()[b], p.rhoMinusErr()[b]);
            if (Math.abs(p.rhoPlus()[b] - p.rhoMinus()[b]) <= 3 * errPm + 1e-12) {
                equal++;
            }
            // Nothing deep inside the wall: beyond 0.8 sigma from the wall's site the WCA energy exceeds 40 k_BT.
            double limit = 1.5 + 0 - 0.8 * 0.714 / 2;
            if (Math.abs(p.zNm()[b]) - binNm / 2 > limit) {
                assertEquals(0.0, p.rhoPlus()[b], "cation density at z = " + p.zNm()[b]);
                assertEquals(0.0, p.rhoMinus()[b], "anion density at z = " + p.zNm()[b]);
            }
        }
        // Sum rule: the profile integrates to the number of ions of each kind.
        assertEquals(r.ions().positive(), integralPlus, 1e-6 * r.ions().positive());
        assertEquals(r.ions().negative(), integralMinus, 1e-6 * r.ions().negative());
        // rho(z) = rho(-z), and rho+ = rho- for a symmetric 1:1 electrolyte, within 3 standard errors in
        // at least 95% of the bins (random fluctuations make a few bins miss).
        assertTrue(symmetric >= 0.95 * regular, symmetric + " of " + regular + " bins symmetric");
        assertTrue(equal >= 0.95 * regular, equal + " of " + regular + " bins with rho+ = rho-");
        // The ions really were at the walls: contact density is well above zero.
        assertTrue(r.scalars().contactPlus() > 0.1, "contact density " + r.scalars().contactPlus());
        assertEquals(1.0, r.thermo().temperature().mean(), 4 * r.thermo().temperature().stderr() + 0.01);
    }

    @Test
    void resumedElectrolyteRunIsBitIdentical(@TempDir Path dir) throws IOException {
        ConfinedElectrolyte system = new ConfinedElectrolyte(2.5, 2, -1, 0.5, 0.6, 0.5, WallModel.LEGACY2019,
                ConfinedElectrolyte.WATER_BJERRUM_NM, 60, 0, 1e-4);
        ElectrolyteRun run = new ElectrolyteRun(system, 0.001, 2_600, 0.2, 50, 0.05, 5, 0.1, 3, 200, 700);
        Path straight = dir.resolve("straight"), crashed = dir.resolve("crashed");
        ElectrolyteResult a = ElectrolyteRunner.execute(run, new CpuPlatform(2), straight, false, null);
        assertThrows(CheckpointResumeTest.SimulatedCrash.class, () -> ElectrolyteRunner.execute(run, new CpuPlatform(2),
                crashed, false, step -> {
                    if (step == 1_600) {
                        throw new CheckpointResumeTest.SimulatedCrash();
                    }
                }));
        ElectrolyteResult b = ElectrolyteRunner.execute(run, new CpuPlatform(2), crashed, true, null);
        assertEquals(1_400, b.startStep());
        for (String f : new String[] {"thermo.csv", "trajectory.xyz", "trajectory.lammpstrj", "profile.csv", "checkpoint.bin"}) {
            assertArrayEquals(Files.readAllBytes(straight.resolve(f)), Files.readAllBytes(crashed.resolve(f)), f);
        }
        assertArrayEquals(a.profile().rhoPlus(), b.profile().rhoPlus());
    }
}
