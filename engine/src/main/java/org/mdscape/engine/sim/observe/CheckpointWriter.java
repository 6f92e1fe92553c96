package org.mdscape.engine.sim.observe;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.mdscape.engine.sim.Checkpoint;
import org.mdscape.engine.sim.Observer;
import org.mdscape.engine.sim.Simulation;

/**
 * Writes a checkpoint every period (never on step 0, which the spec alone reproduces). Add it after the
 * other observers so the checkpoint includes what they recorded on the same step.
 */
public final class CheckpointWriter implements Observer {
    private final Path file;
    private final String runDescription;
    private long lastStep = -1;

    public CheckpointWriter(Path file, String runDescription) {
        this.file = file;
        this.runDescription = runDescription;
    }

    @Override
    public void observe(Simulation sim) {
        if (sim.state().step == 0) {
            return;
        }
        try {
            Checkpoint.write(sim, runDescription, file);
            lastStep = sim.state().step;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write checkpoint " + file, e);
        }
    }

    /** Step of the last checkpoint this writer wrote, or -1. */
    public long lastStep() {
        return lastStep;
    }
}
