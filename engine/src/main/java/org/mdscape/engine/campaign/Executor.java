package org.mdscape.engine.campaign;

import java.io.IOException;

/**
 * Runs a campaign's jobs somewhere: this computer ({@link LocalExecutor}), later preemptible cloud VMs or a
 * Slurm cluster. Every executor works from the campaign file: it claims pending jobs there, records each
 * attempt and result there, and takes back jobs whose process died, resuming them from their last valid
 * checkpoint. Several executors, in one process or several, may work on one campaign at once.
 */
public interface Executor {

    /**
     * Runs jobs until none is left to claim (or the campaign is cancelled), reporting to {@code listener};
     * returns what this executor did.
     */
    ExecutionSummary execute(CampaignStore store, ExecutionListener listener) throws IOException, InterruptedException;

    /** Asks running jobs to stop at their next step (keeping their checkpoints) and no new ones to start. */
    void cancel();
}
