package org.mdscape.engine.sim;

/**
 * Supplies the kernels that evaluate forces (OpenMM's Platform). The {@code reference} platform is the
 * slow, plain truth; every fast platform is tested against it on the same configurations.
 */
public interface Platform {
    String name();

    /** Threads this platform computes with (1 for the reference platform). */
    int threads();

    ForceEvaluator createEvaluator(MolecularSystem system);

    /**
     * How often the simulation should reorder particles in memory by space for this platform's kernels
     * (0 = never). Fast platforms want it for cache locality; it never changes the physics.
     */
    default long preferredSortPeriod() {
        return 0;
    }
}
