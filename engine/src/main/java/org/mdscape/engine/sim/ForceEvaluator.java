package org.mdscape.engine.sim;

/** A platform's kernels for all forces of one system, bound to that system. */
public interface ForceEvaluator {
    /**
     * Overwrites {@code out} with the forces at the state's positions. Energy and virial are computed
     * only when {@code withEnergy} is set (they cost extra work in the pair loop); the forces are
     * bit-identical either way.
     */
    void compute(State state, ForceResult out, boolean withEnergy);

    /** How this evaluator computes, for results and logs (e.g. the Ewald parameters it chose). */
    default String description() {
        return "";
    }
}
