package org.mdscape.engine.sim;

/**
 * An observer whose accumulated state travels in checkpoints, so that a resumed run produces the same
 * output as one that never stopped.
 */
public interface CheckpointedObserver extends Observer {
    /** Unique, stable key under which the state is stored. */
    String checkpointKey();

    byte[] saveState();

    void restoreState(byte[] state);
}
