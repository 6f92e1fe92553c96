package org.mdscape.engine.sim;

/**
 * How a platform keeps its Verlet neighbour list: pairs within r_c + skin are listed, and the list is
 * rebuilt when needed.
 *
 * @param skin         extra distance beyond the cutoff kept in the list (sigma)
 * @param everySteps   consider a rebuild only on steps that are multiples of this
 * @param check        if true, rebuild only when some particle has moved more than skin/2 since the last
 *                     build (always safe); if false, rebuild unconditionally every {@code everySteps}
 *                     (LAMMPS's "neigh_modify every N check no", used by the in.lj benchmark)
 */
public record NeighbourListPolicy(double skin, int everySteps, boolean check) {
    public NeighbourListPolicy {
        if (!(skin >= 0) || everySteps < 1) {
            throw new IllegalArgumentException("skin must be >= 0 and everySteps >= 1");
        }
    }

    /** Safe default: skin 0.3 sigma, checked every step. */
    public static NeighbourListPolicy automatic() {
        return new NeighbourListPolicy(0.3, 1, true);
    }

    /** LAMMPS bench/in.lj: "neighbor 0.3 bin" + "neigh_modify delay 0 every 20 check no". */
    public static NeighbourListPolicy lammpsBenchmark() {
        return new NeighbourListPolicy(0.3, 20, false);
    }
}
