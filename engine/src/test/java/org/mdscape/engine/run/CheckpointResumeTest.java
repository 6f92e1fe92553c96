package org.mdscape.engine.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mdscape.engine.model.LennardJonesFluid;
import org.mdscape.engine.sim.Checkpoint;
import org.mdscape.engine.sim.CorruptCheckpointException;
import org.mdscape.engine.sim.Platform;
import org.mdscape.engine.sim.Simulation;
import org.mdscape.engine.sim.cpu.CpuPlatform;
import org.mdscape.engine.sim.reference.ReferencePlatform;

/**
 * A run that crashes and resumes from its last checkpoint produces bit for bit the same trajectory,
 * thermodynamics and final state as one that never stopped (same platform and thread count).
 */
class CheckpointResumeTest {

    /** Thrown from the progress callback to simulate a crash in the middle of a run. */
    static final class SimulatedCrash extends RuntimeException {
    }

    static Stream<Arguments> platforms() {
        return Stream.of(
                Arguments.of("cpu, 2 threads, NVT", (java.util.function.Supplier<Platform>) () -> new CpuPlatform(2), Ensemble.NVT),
                Arguments.of("cpu, 1 thread, NVE", (java.util.function.Supplier<Platform>) () -> new CpuPlatform(1), Ensemble.NVE),
                Arguments.of("reference, NVE", (java.util.function.Supplier<Platform>) ReferencePlatform::new, Ensemble.NVE));
    }

    private static LennardJonesRun run(Ensemble ensemble) {
        // 2,300 steps cross the CPU platform's memory re-sort at steps 1,000 and 2,000.
        return new LennardJonesRun(new LennardJonesFluid(256, 0.8, 1.0, 2.5, false, true), 0.005, 2_300, 500,
                ensemble, 0.5, 5, 42, 50, 100, 700);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("platforms")
    void resumedRunIsBitIdentical(String name, java.util.function.Supplier<Platform> platform, Ensemble ensemble,
                                  @TempDir Path dir) throws IOException {
        Path straight = dir.resolve("straight");
        Path crashed = dir.resolve("crashed");
        LennardJonesRun run = run(ensemble);
        RunResult a = LennardJonesRunner.execute(run, platform.get(), straight, false, null);

        assertThrows(SimulatedCrash.class, () -> LennardJonesRunner.execute(run, platform.get(), crashed, false,
                step -> {
                    if (step == 1_600) {
                        throw new SimulatedCrash();
                    }
                }));
        // The crash left rows and frames beyond the last checkpoint (step 1,400) behind.
        assertTrue(Files.readString(crashed.resolve("thermo.csv")).contains("\n1600,"));
        RunResult b = LennardJonesRunner.execute(run, platform.get(), crashed, true, null);

        assertEquals(1_400, b.startStep());
        assertArrayEquals(Files.readAllBytes(straight.resolve("thermo.csv")), Files.readAllBytes(crashed.resolve("thermo.csv")));
        assertArrayEquals(Files.readAllBytes(straight.resolve("trajectory.xyz")), Files.readAllBytes(crashed.resolve("trajectory.xyz")));
        assertArrayEquals(Files.readAllBytes(straight.resolve("checkpoint.bin")), Files.readAllBytes(crashed.resolve("checkpoint.bin")));
        assertEquals(a.thermo(), b.thermo());
    }

    @Test
    void corruptOrTruncatedCheckpointIsRefused(@TempDir Path dir) throws IOException {
        LennardJonesRun run = run(Ensemble.NVE);
        LennardJonesRunner.execute(run, new CpuPlatform(1), dir, false, null);
        Path checkpoint = dir.resolve("checkpoint.bin");
        byte[] good = Files.readAllBytes(checkpoint);
        String description = LennardJonesRunner.description(run);

        byte[] flipped = good.clone();
        flipped[good.length / 2] ^= 0x10;
        Files.write(checkpoint, flipped);
        var corrupt = assertThrows(CorruptCheckpointException.class,
                () -> Checkpoint.restore(checkpoint, LennardJonesRunner.prepare(run, new CpuPlatform(1)), description));
        assertTrue(corrupt.getMessage().contains("corrupt"), corrupt.getMessage());

        Files.write(checkpoint, Arrays.copyOf(good, good.length - 100));
        var truncated = assertThrows(CorruptCheckpointException.class,
                () -> Checkpoint.restore(checkpoint, LennardJonesRunner.prepare(run, new CpuPlatform(1)), description));
        assertTrue(truncated.getMessage().contains("truncated"), truncated.getMessage());

        Files.write(checkpoint, good);
        Simulation other = LennardJonesRunner.prepare(run, new CpuPlatform(2));
        var wrongThreads = assertThrows(CorruptCheckpointException.class,
                () -> Checkpoint.restore(checkpoint, other, description));
        assertTrue(wrongThreads.getMessage().contains("thread"), wrongThreads.getMessage());

        LennardJonesRun longer = new LennardJonesRun(run.fluid(), run.dt(), 9_999, run.equilibrationSteps(),
                run.ensemble(), run.thermostatDamping(), run.chainLength(), run.seed(), run.thermoEvery(),
                run.trajectoryEvery(), run.checkpointEvery());
        assertThrows(CorruptCheckpointException.class, () -> Checkpoint.restore(checkpoint,
                LennardJonesRunner.prepare(longer, new CpuPlatform(1)), LennardJonesRunner.description(longer)));

        // A refused checkpoint leaves the simulation untouched at step 0.
        Simulation fresh = LennardJonesRunner.prepare(run, new CpuPlatform(1));
        Files.write(checkpoint, flipped);
        assertThrows(CorruptCheckpointException.class, () -> Checkpoint.restore(checkpoint, fresh, description));
        assertEquals(0, fresh.state().step);
    }
}
