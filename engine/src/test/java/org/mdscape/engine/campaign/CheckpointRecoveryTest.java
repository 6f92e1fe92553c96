package org.mdscape.engine.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import org.mdscape.engine.run.ElectrolyteResult;
import org.mdscape.engine.run.ElectrolyteRunner;
import org.mdscape.engine.sim.Checkpoint;
import org.mdscape.engine.sim.cpu.CpuPlatform;

/**
 * A torn or corrupted checkpoint is caught by the engine's checksum; the job resumes from the previous
 * checkpoint, or from scratch when both are bad, says so in the event log, and still ends with the
 * result of an uninterrupted run.
 */
class CheckpointRecoveryTest {
    static final long STEPS = 1_000;
    static final long CHECKPOINT = 300;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"flipped byte", "torn", "both corrupt"})
    void damagedCheckpointFallsBackAndResultIsUnchanged(String damage, @TempDir Path dir) throws Exception {
        try (CampaignStore store = TinyCampaigns.create(dir, "recover", STEPS, CHECKPOINT, 1)) {
            // Stop job 0 at step 700: checkpoints at 300 (kept as .prev) and 600 exist.
            LocalExecutor first = new LocalExecutor(1, 1);
            first.execute(store, new ExecutionListener() {
                @Override
                public void progress(long jobId, long step, long steps) {
                    if (step >= 700) {
                        first.cancel();
                    }
                }
            });
            Path ckpt = CampaignStore.dataDir(store.file()).resolve("jobs/0/checkpoint.bin");
            Path prev = Checkpoint.previous(ckpt);
            assertTrue(Files.exists(ckpt) && Files.exists(prev), "two checkpoints kept");
            damage(ckpt, damage);
            if (damage.equals("both corrupt")) {
                damage(prev, "flipped byte");
            }
            store.reactivate(false);
            ExecutionSummary s = new LocalExecutor(1, 1).execute(store, ExecutionListener.NONE);
            assertEquals(4, store.status().count(JobState.DONE), s.toString());

            List<String> events = events(store, 0);
            assertTrue(events.stream().anyMatch(e -> e.startsWith("checkpoint-rejected")), events.toString());
            if (damage.equals("both corrupt")) {
                assertTrue(events.stream().anyMatch(e -> e.startsWith("restart")), events.toString());
            } else {
                assertTrue(events.contains("checkpoint-fallback: resuming from the previous checkpoint (step 300)"),
                        events.toString());
                assertTrue(events.contains("resumed: from the checkpoint at step 300"), events.toString());
            }
            ElectrolyteResult expected = ElectrolyteRunner.execute(TinyCampaigns.standalone(0, STEPS, CHECKPOINT),
                    new CpuPlatform(1), dir.resolve("standalone"), false, null);
            LocalExecutorTest.assertSameResult(store, 0, expected);
        }
    }

    private static void damage(Path file, String how) throws Exception {
        byte[] b = Files.readAllBytes(file);
        if (how.equals("torn")) {
            Files.write(file, java.util.Arrays.copyOf(b, b.length / 2));
        } else {
            b[b.length / 2] ^= 0x10;
            Files.write(file, b);
        }
    }

    static List<String> events(CampaignStore store, long job) throws Exception {
        return store.read(c -> {
            List<String> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT kind, message FROM event WHERE job_id = ? ORDER BY id")) {
                ps.setLong(1, job);
                try (ResultSet r = ps.executeQuery()) {
                    while (r.next()) {
                        out.add(r.getString(1) + ": " + r.getString(2));
                    }
                }
            }
            return out;
        });
    }
}
