package org.mdscape.engine.run;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The identity of a run that a checkpoint must match: the run's settings as compact JSON, so a checkpoint
 * is never continued with anything that would change the trajectory.
 */
final class RunDescription {
    private static final ObjectMapper COMPACT = new ObjectMapper();

    private RunDescription() {
    }

    static String of(Record run) {
        try {
            return COMPACT.writeValueAsString(run);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot describe " + run, e);
        }
    }
}
