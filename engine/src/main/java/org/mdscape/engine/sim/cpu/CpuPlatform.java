package org.mdscape.engine.sim.cpu;

import java.util.List;
import org.mdscape.engine.sim.Force;
import org.mdscape.engine.sim.ForceEvaluator;
import org.mdscape.engine.sim.LennardJonesForce;
import org.mdscape.engine.sim.MolecularSystem;
import org.mdscape.engine.sim.NeighbourListPolicy;
import org.mdscape.engine.sim.Platform;
import org.mdscape.engine.sim.SlabEwaldForce;
import org.mdscape.engine.sim.WallForce;
import org.mdscape.engine.sim.WcaForce;

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
        List<Force> forces = system.forces();
        if (forces.size() == 1 && forces.getFirst() instanceof LennardJonesForce lj) {
            return new LennardJonesKernel(system, lj, threads, neighbourList);
        }
        // The confined electrolyte: ion-ion WCA, walls, and slab Ewald electrostatics, in one kernel so
        // that WCA and real-space Coulomb share a neighbour list.
        WcaForce wca = null;
        WallForce wall = null;
        SlabEwaldForce ewald = null;
        for (Force f : forces) {
            switch (f) {
                case WcaForce w -> wca = w;
                case WallForce w -> wall = w;
                case SlabEwaldForce e -> ewald = e;
                case LennardJonesForce ignored -> throw new UnsupportedOperationException(
                        "the CPU platform evaluates Lennard-Jones only on its own");
            }
        }
        return new ElectrolyteKernel(system, wca, wall, ewald, threads, neighbourList);
    }
}
