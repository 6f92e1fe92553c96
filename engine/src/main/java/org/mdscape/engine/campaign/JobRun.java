package org.mdscape.engine.campaign;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.LongConsumer;
import org.mdscape.engine.model.SpecProblem;
import org.mdscape.engine.sim.Platform;

/** What one job simulates, whichever the model: validation, a run into a folder, checkpoint checks. */
sealed interface JobRun permits ElectrolyteJobRun, LennardJonesJobRun {

    /** The model's and the run's own validation, with their field names. */
    List<SpecProblem> problems();

    long steps();

    /** Runs into {@code dir} (resuming from its checkpoint.bin when {@code resume}) and returns the result. */
    JobResult execute(Platform platform, Path dir, boolean resume, LongConsumer progress) throws IOException;

    /**
     * Loads {@code checkpoint} into a fresh simulation of this run and returns its step; throws
     * {@link org.mdscape.engine.sim.CorruptCheckpointException} if it is torn, corrupt or belongs to another
     * run, platform or thread count. The engine's own restore does every check, so nothing is duplicated here.
     */
    long verifyCheckpoint(Platform platform, Path checkpoint) throws IOException;
}
