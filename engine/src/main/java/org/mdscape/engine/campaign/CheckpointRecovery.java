package org.mdscape.engine.campaign;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.mdscape.engine.run.LennardJonesRunner;
import org.mdscape.engine.sim.Checkpoint;
import org.mdscape.engine.sim.CorruptCheckpointException;
import org.mdscape.engine.sim.Platform;

/**
 * Chooses where a job resumes: its checkpoint, else the previous one the engine keeps beside it
 * ({@link Checkpoint#previous}), else step 0. A checkpoint counts only if the engine's own restore accepts
 * it (magic, length, SHA-256, same run, platform and thread count). Each fallback is written to the event log.
 */
final class CheckpointRecovery {
    record Start(boolean resume, long step) {
    }

    interface Events {
        void log(String kind, String message) throws IOException;
    }

    private CheckpointRecovery() {
    }

    static Start choose(JobRun run, Platform platform, Path dir, Events events) throws IOException {
        Path current = dir.resolve(LennardJonesRunner.CHECKPOINT_FILE);
        Path previous = Checkpoint.previous(current);
        boolean any = false;
        if (Files.exists(current)) {
            any = true;
            try {
                return new Start(true, run.verifyCheckpoint(platform, current));
            } catch (CorruptCheckpointException e) {
                events.log("checkpoint-rejected", e.getMessage());
            }
        }
        if (Files.exists(previous)) {
            any = true;
            try {
                long step = run.verifyCheckpoint(platform, previous);
                Path tmp = current.resolveSibling(current.getFileName() + ".restore.tmp");
                Files.copy(previous, tmp, StandardCopyOption.REPLACE_EXISTING);
                Files.move(tmp, current, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                events.log("checkpoint-fallback", "resuming from the previous checkpoint (step " + step + ")");
                return new Start(true, step);
            } catch (CorruptCheckpointException e) {
                events.log("checkpoint-rejected", e.getMessage());
            }
        }
        if (any) {
            Files.deleteIfExists(current);
            Files.deleteIfExists(previous);
            events.log("restart", "no valid checkpoint left; restarting from step 0");
        }
        return new Start(false, 0);
    }
}
