package org.mdscape.engine.run;

import java.util.function.LongConsumer;
import org.mdscape.engine.model.LennardJonesFluid;
import org.mdscape.engine.sim.NeighbourListPolicy;
import org.mdscape.engine.sim.Platform;
import org.mdscape.engine.sim.PlatformKind;
import org.mdscape.engine.sim.Simulation;
import org.mdscape.engine.sim.observe.ThermoLog;
import org.mdscape.engine.sim.observe.ThermoSample;

/**
 * LAMMPS's bench/in.lj, step for step: 32,000 atoms on an fcc lattice at rho* = 0.8442, velocities at
 * T* = 1.44, LJ cut at 2.5 (no shift, no tail), neighbour skin 0.3 rebuilt every 20 steps without a
 * check, NVE, dt = 0.005. The timed loop excludes set-up, like LAMMPS's "Loop time".
 */
public final class MeltBenchmark {
    public static final int CELLS = 20;

    private MeltBenchmark() {
    }

    /** What one benchmark run measured, and the thermodynamics of its first and last step. */
    public record Result(String benchmark, int atoms, long steps, String platform, int threads,
                         double loopSeconds, double timestepsPerSecond, double atomStepsPerSecond,
                         ThermoSample first, ThermoSample last) {
    }

    public static LennardJonesRun run(long steps) {
        return new LennardJonesRun(LennardJonesFluid.ofFccCells(CELLS, 0.8442, 1.44, 2.5, false, false),
                0.005, steps, 0, Ensemble.NVE, 0.5, 1, 87287, steps, 0, 0);
    }

    public static Result execute(PlatformKind kind, int threads, long steps, LongConsumer progress) {
        LennardJonesRun run = run(steps).validated();
        Platform platform = kind.create(threads, NeighbourListPolicy.lammpsBenchmark());
        Simulation sim = LennardJonesRunner.prepare(run, platform);
        // in.lj never sorts atoms in memory within 100 steps; the lattice start is already ordered.
        sim.setSortPeriod(0, 1.0);
        ThermoLog thermo = new ThermoLog(null);
        sim.addObserver(thermo, steps);
        sim.ensureForces();
        long t0 = System.nanoTime();
        sim.runUntil(steps, progress);
        double seconds = (System.nanoTime() - t0) / 1e9;
        int atoms = sim.system().particleCount();
        return new Result("lj-melt", atoms, steps, platform.name(), platform.threads(), seconds,
                steps / seconds, steps * (double) atoms / seconds,
                thermo.samples().getFirst(), thermo.samples().getLast());
    }
}
