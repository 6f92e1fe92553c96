package org.mdscape.engine.campaign;

import java.util.Locale;

/** Where a job stands; stored as its lower-case label. PREDICTED: answered by the campaign's surrogate. */
public enum JobState {
    PENDING, RUNNING, DONE, FAILED, CANCELLED, PREDICTED;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
