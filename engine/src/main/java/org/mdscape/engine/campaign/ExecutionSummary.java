package org.mdscape.engine.campaign;

/**
 * What one {@link Executor#execute} call did.
 *
 * @param cancelled          attempts stopped before they finished (cancel, or the executor was stopped)
 * @param campaignCancelled  the campaign itself was cancelled (its jobs stay cancelled until resumed)
 */
public record ExecutionSummary(int succeeded, int failed, int cancelled, long stepsRun, double wallSeconds,
                               boolean campaignCancelled) {
}
