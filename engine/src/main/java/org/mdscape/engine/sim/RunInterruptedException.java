package org.mdscape.engine.sim;

/** The thread driving a run was interrupted (the user cancelled); the state is consistent at {@link #step()}. */
public final class RunInterruptedException extends RuntimeException {
    private final long step;

    public RunInterruptedException(long step) {
        super("run interrupted at step " + step);
        this.step = step;
    }

    public long step() {
        return step;
    }
}
