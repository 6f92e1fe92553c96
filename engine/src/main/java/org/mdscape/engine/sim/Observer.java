package org.mdscape.engine.sim;

/**
 * Something that looks at the simulation every {@code period} steps (HOOMD's writers and analyzers):
 * thermodynamics, trajectories, checkpoints. Observers fire after a step completes, in the order
 * they were added, and on step 0 of a fresh run.
 */
public interface Observer {
    void observe(Simulation sim);

    /** True if this observer reads the potential energy or virial, so the step must compute them. */
    default boolean needsEnergy() {
        return false;
    }

    /** Called once when the run ends (normally or not): flush and close files. */
    default void finish(Simulation sim) {
    }
}
