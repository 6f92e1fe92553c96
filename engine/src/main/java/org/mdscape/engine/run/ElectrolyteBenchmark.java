package org.mdscape.engine.run;

import org.mdscape.engine.model.ConfinedElectrolyte;
import org.mdscape.engine.sim.Platform;
import org.mdscape.engine.sim.Simulation;

/**
 * The 424-ion reference system (h = 3 nm, 1:1, c = 0.5 M, d = 0.714 nm, accuracy 1e-4), NVT, dt = 0.001:
 * a warm-up from the lattice (not timed), then timed steps with no output, like LAMMPS's Loop time.
 */
public final class ElectrolyteBenchmark {
    private ElectrolyteBenchmark() {
    }

    /**
     * @param loopCpuSeconds CPU time of the driving thread during the loop: with 1 thread it is the whole
     *                       work, and less disturbed than wall time when the machine is shared
     */
    public record Result(String benchmark, int ions, long steps, String platform, int threads, double loopSeconds,
                         double stepsPerSecond, double loopCpuSeconds, String electrostatics) {
    }

    public static ElectrolyteRun run(long steps) {
        return new ElectrolyteRun(ConfinedElectrolyte.of(3.0, 1, -1, 0.5, 0.714), 0.001, steps, 0, 100, 0.05, 5,
                0.1, 1, 0, 0);
    }

    public static Result execute(Platform platform, long warmup, long steps) {
        Simulation sim = ElectrolyteRunner.prepare(run(warmup + steps), platform);
        sim.runUntil(warmup, null);
        var cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        long c0 = cpu.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        sim.runUntil(warmup + steps, null);
        double seconds = (System.nanoTime() - t0) / 1e9;
        double cpuSeconds = (cpu.getCurrentThreadCpuTime() - c0) / 1e9;
        return new Result("electrolyte", sim.system().particleCount(), steps, platform.name(), platform.threads(),
                seconds, steps / seconds, cpuSeconds, ElectrolyteRunner.electrostatics(sim));
    }
}
