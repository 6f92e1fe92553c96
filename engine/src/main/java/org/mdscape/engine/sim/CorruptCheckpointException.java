package org.mdscape.engine.sim;

import java.io.IOException;

/** A checkpoint file that is truncated, corrupt, or belongs to a different run; never silently used. */
public final class CorruptCheckpointException extends IOException {
    public CorruptCheckpointException(String message) {
        super(message);
    }
}
