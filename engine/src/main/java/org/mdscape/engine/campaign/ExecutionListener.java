package org.mdscape.engine.campaign;

/** Progress of an {@link Executor}, reported from its worker threads (implementations must be thread-safe). */
public interface ExecutionListener {
    /** This executor claimed a job and recorded attempt {@code attemptId} for it. */
    default void started(long jobId, long attemptId) {
    }

    /** A job advanced to {@code step} of {@code steps} (called often; keep it cheap). */
    default void progress(long jobId, long step, long steps) {
    }

    /** A job's attempt ended: succeeded, failed or cancelled. */
    default void ended(long jobId, String outcome, String message) {
    }

    ExecutionListener NONE = new ExecutionListener() {
    };

    /** A listener that tells {@code this} and then {@code other}. */
    default ExecutionListener and(ExecutionListener other) {
        ExecutionListener first = this;
        return new ExecutionListener() {
            @Override
            public void started(long jobId, long attemptId) {
                first.started(jobId, attemptId);
                other.started(jobId, attemptId);
            }

            @Override
            public void progress(long jobId, long step, long steps) {
                first.progress(jobId, step, steps);
                other.progress(jobId, step, steps);
            }

            @Override
            public void ended(long jobId, String outcome, String message) {
                first.ended(jobId, outcome, message);
                other.ended(jobId, outcome, message);
            }
        };
    }
}
