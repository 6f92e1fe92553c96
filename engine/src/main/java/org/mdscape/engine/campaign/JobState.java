package org.mdscape.engine.campaign;

import java.util.Locale;

/** Where a job stands; stored as its lower-case label. */
public enum JobState {
    PENDING, RUNNING, DONE, FAILED, CANCELLED;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
