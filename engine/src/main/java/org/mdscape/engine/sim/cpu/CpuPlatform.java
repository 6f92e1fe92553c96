package org.mdscape.engine.sim.cpu;

import org.mdscape.engine.sim.Force;
import org.mdscape.engine.sim.ForceEvaluator;
import org.mdscape.engine.sim.LennardJonesForce;
import org.mdscape.engine.sim.MolecularSystem;
import org.mdscape.engine.sim.NeighbourListPolicy;
import org.mdscape.engine.sim.Platform;

/**
 * The fast CPU platform: cell list + Verlet neighbour list with skin, half list (each pair once,
 * Newton's third law), structure-of-arrays, a fixed team of threads.
 *
 * <p>Deterministic by construction: each thread owns a fixed range of particle slots and its own force
 * buffer; buffers are summed in thread order; each particle's neighbours are kept sorted by slot. The
 * sum for every force is therefore the same whenever the list was built, so a run resumed from a
 * checkpoint is bit-identical to one that never stopped (for the same thread count).
 */
public final class CpuPlatform implements Platform {
    private final int threads;
    private final NeighbourListPolicy neighbourList;

    public CpuPlatform(int threads) {
        this(threads, NeighbourListPolicy.automatic());
    }

    public CpuPlatform(int threads, NeighbourListPolicy neighbourList) {
        if (threads < 1 || threads > 1024) {
            throw new IllegalArgumentException("threads must be in [1, 1024] (got " + threads + ")");
        }
        this.threads = threads;
        this.neighbourList = neighbourList;
    }

    @Override
    public String name() {
        return "cpu";
    }

    @Override
    public int threads() {
        return threads;
    }

    @Override
    public long preferredSortPeriod() {
        return 1000;
    }

    public NeighbourListPolicy neighbourList() {
        return neighbourList;
    }

    @Override
    public ForceEvaluator createEvaluator(MolecularSystem system) {
        if (system.forces().size() != 1) {
            throw new UnsupportedOperationException("the CPU platform evaluates exactly one force for now");
        }
        Force force = system.forces().getFirst();
        return switch (force) {
            case LennardJonesForce lj -> new LennardJonesKernel(system, lj, threads, neighbourList);
        };
    }
}
