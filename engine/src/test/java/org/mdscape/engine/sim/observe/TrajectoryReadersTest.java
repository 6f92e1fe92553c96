package org.mdscape.engine.sim.observe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mdscape.engine.io.ExtendedXyzReader;
import org.mdscape.engine.io.XyzFrame;
import org.mdscape.engine.model.LennardJonesFluid;
import org.mdscape.engine.run.Ensemble;
import org.mdscape.engine.run.LennardJonesRun;
import org.mdscape.engine.run.LennardJonesRunner;
import org.mdscape.engine.sim.Simulation;
import org.mdscape.engine.sim.cpu.CpuPlatform;

/**
 * Our extended-XYZ trajectories open in the field's real readers: ASE and MDAnalysis (Debian's
 * python3-ase and python3-mdanalysis) read every frame with the right box, periodicity and positions.
 * CI installs both and sets MDSCAPE_REQUIRE_READERS=1, so there the readers must be present.
 */
class TrajectoryReadersTest {
    private static final String PYTHON = "/usr/bin/python3";

    private static boolean hasModule(String module) {
        try {
            Process p = new ProcessBuilder(PYTHON, "-c", "import " + module).redirectErrorStream(true).start();
            return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private static void requireOrSkip(String module) {
        boolean present = hasModule(module);
        if (System.getenv("MDSCAPE_REQUIRE_READERS") != null && !present) {
            throw new AssertionError(module + " is required here (MDSCAPE_REQUIRE_READERS) but cannot be imported");
        }
        assumeTrue(present, module + " not installed");
    }

    /** Runs a Python script on the file; returns the last line it printed (warnings go to stderr). */
    private static String python(String script, Path file) throws Exception {
        Path err = Files.createTempFile(file.getParent(), "python", ".err");
        Process p = new ProcessBuilder(PYTHON, "-W", "ignore", "-c", script, file.toString())
                .redirectError(err.toFile()).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        p.waitFor(120, TimeUnit.SECONDS);
        assertEquals(0, p.exitValue(), out + "\n" + Files.readString(err));
        String[] lines = out.split("\n");
        return lines[lines.length - 1].strip();
    }

    /** Writes 4 frames (steps 0, 50, 100, 150) of 108 LJ particles; returns the final positions. */
    private static double[][] writeTrajectory(Path dir) throws IOException {
        LennardJonesRun run = new LennardJonesRun(new LennardJonesFluid(108, 0.8, 1.0, 2.5, true, false), 0.005,
                150, 0, Ensemble.NVE, 0.5, 1, 5, 50, 50, 0);
        Simulation sim = LennardJonesRunner.prepare(run, new CpuPlatform(1));
        sim.addObserver(new XyzTrajectoryWriter(dir.resolve("trajectory.xyz"), sim.system(), 1.0), 50);
        sim.runUntil(150, null);
        return sim.state().positionsByParticle();
    }

    @Test
    void aseReadsEveryFrameWithBoxPeriodicityAndPositions(@TempDir Path dir) throws Exception {
        requireOrSkip("ase.io");
        double[][] last = writeTrajectory(dir);
        String out = python("""
                import sys, ase.io
                frames = ase.io.read(sys.argv[1], index=':')
                f = frames[-1]
                print(len(frames), len(f), f.get_chemical_symbols()[0], ' '.join(str(v) for v in f.cell.lengths()),
                      ' '.join(str(b) for b in f.pbc), repr(f.positions[7][0]), repr(f.positions[7][2]))
                """, dir.resolve("trajectory.xyz"));
        String[] f = out.split(" ");
        assertEquals("4", f[0], out);
        assertEquals("108", f[1], out);
        assertEquals("Ar", f[2], out);
        double box = Math.cbrt(108 / 0.8);
        for (int a = 0; a < 3; a++) {
            assertEquals(box, Double.parseDouble(f[3 + a]), 1e-8, out);
        }
        assertEquals(List.of("True", "True", "True"), List.of(f[6], f[7], f[8]), out);
        assertEquals(last[7][0], Double.parseDouble(f[9]), 1e-8, out);
        assertEquals(last[7][2], Double.parseDouble(f[10]), 1e-8, out);
    }

    @Test
    void mdanalysisReadsEveryFrame(@TempDir Path dir) throws Exception {
        requireOrSkip("MDAnalysis");
        double[][] last = writeTrajectory(dir);
        String out = python("""
                import sys, warnings
                warnings.filterwarnings('ignore')
                import MDAnalysis as mda
                u = mda.Universe(sys.argv[1], format='XYZ', topology_format='XYZ')
                n = len(u.trajectory)
                u.trajectory[-1]
                print(n, len(u.atoms), repr(float(u.atoms.positions[7][1])))
                """, dir.resolve("trajectory.xyz"));
        String[] f = out.split(" ");
        assertEquals("4", f[0], out);
        assertEquals("108", f[1], out);
        // MDAnalysis stores float32.
        assertEquals(last[7][1], Double.parseDouble(f[2]), 1e-4, out);
    }

    @Test
    void ourOwnReaderReadsTheFirstFrameBack(@TempDir Path dir) throws Exception {
        writeTrajectory(dir);
        XyzFrame frame = ExtendedXyzReader.readFirstFrame(dir.resolve("trajectory.xyz"));
        assertEquals(108, frame.size());
        assertEquals(Math.cbrt(108 / 0.8), frame.box().lx(), 1e-8);
        assertEquals(0.0, frame.time());
        assertEquals(true, Files.size(dir.resolve("trajectory.xyz")) > 0);
    }

    /** A short confined-electrolyte run with both trajectory formats (in nm). */
    private static Path writeSlabTrajectories(Path dir) throws IOException {
        var system = new org.mdscape.engine.model.ConfinedElectrolyte(3.0, 2, -1, 0.5, 0.714, 0.714,
                org.mdscape.engine.model.WallModel.STANDARD, 0.7007, 40, 0, 1e-4);
        var run = new org.mdscape.engine.run.ElectrolyteRun(system, 0.001, 300, 0.2, 50, 0.05, 5, 0.1, 2, 100, 0);
        org.mdscape.engine.run.ElectrolyteRunner.execute(run, new CpuPlatform(1), dir, false, null);
        return dir;
    }

    @Test
    void aseReadsSlabTrajectoriesWithChargesAndNonPeriodicZ(@TempDir Path dir) throws Exception {
        requireOrSkip("ase.io");
        writeSlabTrajectories(dir);
        String out = python("""
                import sys, ase.io
                frames = ase.io.read(sys.argv[1], index=':')
                f = frames[-1]
                q = f.get_initial_charges()
                z = f.positions[:, 2]
                print(len(frames), len(f), ' '.join(str(b) for b in f.pbc), int(round(q.sum())), int(round(q.max())),
                      sorted(set(f.get_chemical_symbols())), float(f.cell.lengths()[2]), float(abs(z).max()),
                      f.info.get('Origin'))
                """, dir.resolve("trajectory.xyz"));
        // 40 anions, 20 divalent cations; frames at steps 0, 100, 200, 300.
        assertEquals(true, out.startsWith("4 60 True True False 0 2 ['N', 'P'] 3.0"), out);
        double maxZ = Double.parseDouble(out.split(" ")[10]); // after the two-token species list
        assertEquals(true, maxZ < 1.5, "ions within the walls (|z| < h/2 = 1.5 nm): " + out);
    }

    @Test
    void mdanalysisReadsTheLammpsDump(@TempDir Path dir) throws Exception {
        requireOrSkip("MDAnalysis");
        writeSlabTrajectories(dir);
        String out = python("""
                import sys, warnings
                warnings.filterwarnings('ignore')
                import MDAnalysis as mda
                u = mda.Universe(sys.argv[1], format='LAMMPSDUMP')
                n = len(u.trajectory)
                print(n, len(u.atoms), sorted(set(u.atoms.types)), round(float(u.dimensions[0]), 3), round(float(u.dimensions[2]), 3))
                """, dir.resolve("trajectory.lammpstrj"));
        String[] f = out.split(" ");
        assertEquals("4", f[0], out);
        assertEquals("60", f[1], out);
        assertEquals(true, out.contains("['1', '2']"), out);
        assertEquals(3.0, Double.parseDouble(f[f.length - 1]), 1e-3, out);
    }
}
