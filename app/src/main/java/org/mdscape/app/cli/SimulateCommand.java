package org.mdscape.app.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.mdscape.engine.model.LennardJonesFluid;
import org.mdscape.engine.run.Ensemble;
import org.mdscape.engine.run.LennardJonesRun;
import org.mdscape.engine.run.LennardJonesRunner;
import org.mdscape.engine.run.RunResult;
import org.mdscape.engine.run.ThermoSummary;
import org.mdscape.engine.sim.NeighbourListPolicy;
import org.mdscape.engine.sim.Platform;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code mdscape simulate MODEL}: one simulation, written to a folder. */
@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = "Run one simulation and write its results to a folder.",
        subcommands = {SimulateCommand.LennardJones.class, SimulateElectrolyte.class})
final class SimulateCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "lj", mixinStandardHelpOptions = true, sortOptions = false,
            description = {"Bulk Lennard-Jones fluid (reduced units).",
                    "Defaults: the NIST SRSW state point T* = 0.85, rho* = 0.776, N = 500, r_c = 3 with tail "
                            + "corrections, NVT, 20,000 steps."},
            footer = {"", "Writes DIR/result.json, DIR/thermo.csv, DIR/checkpoint.bin and, with --trajectory-every, "
                    + "DIR/trajectory.xyz."})
    static final class LennardJones implements Callable<Integer> {
        static final class Size {
            @Option(names = "--cells", paramLabel = "K", description = "fcc unit cells per side (N = 4 K^3)")
            Integer cells;

            @Option(names = "--n", paramLabel = "N", description = "number of particles (default 500)")
            Integer n;
        }

        @ArgGroup(exclusive = true)
        Size size = new Size();

        @Option(names = "--density", paramLabel = "RHO", defaultValue = "0.776", description = "reduced density rho* (default ${DEFAULT-VALUE})")
        double density;

        @Option(names = "--temperature", paramLabel = "T", defaultValue = "0.85", description = "reduced temperature T* (default ${DEFAULT-VALUE})")
        double temperature;

        @Option(names = "--cutoff", paramLabel = "RC", defaultValue = "3.0", description = "pair cutoff in sigma (default ${DEFAULT-VALUE})")
        double cutoff;

        @Option(names = "--shift", negatable = true, defaultValue = "false", description = "shift the pair energy to 0 at the cutoff (default off)")
        boolean shift;

        @Option(names = "--tail", negatable = true, defaultValue = "true", description = "analytic tail corrections to energy and pressure (default on)")
        boolean tail;

        @Option(names = "--dt", paramLabel = "DT", defaultValue = "0.005", description = "time step in tau (default ${DEFAULT-VALUE})")
        double dt;

        @Option(names = "--steps", paramLabel = "S", defaultValue = "20000", description = "total steps (default ${DEFAULT-VALUE})")
        long steps;

        @Option(names = "--equilibrate", paramLabel = "E", description = "steps left out of the statistics (default 20% of the steps)")
        Long equilibrate;

        @Option(names = "--ensemble", paramLabel = "nve|nvt", defaultValue = "nvt", description = "nve (velocity Verlet) or nvt (Nose-Hoover chain) (default ${DEFAULT-VALUE})")
        String ensemble;

        @Option(names = "--thermostat-damping", paramLabel = "TAU", description = "Nose-Hoover relaxation time (default 100 dt)")
        Double damping;

        @Option(names = "--chain-length", paramLabel = "M", defaultValue = "5", description = "Nose-Hoover chain length (default ${DEFAULT-VALUE})")
        int chainLength;

        @Option(names = "--seed", paramLabel = "SEED", defaultValue = "1", description = "random seed for the initial velocities (default ${DEFAULT-VALUE})")
        long seed;

        @Option(names = "--platform", paramLabel = "NAME", defaultValue = "cpu", description = "reference or cpu (default ${DEFAULT-VALUE})")
        String platform;

        @Option(names = "--threads", paramLabel = "K", description = "CPU threads (default: all cores); results are bit-identical for a fixed count")
        Integer threads;

        @Option(names = "--thermo-every", paramLabel = "N", defaultValue = "100", description = "sample thermodynamics every N steps (default ${DEFAULT-VALUE})")
        long thermoEvery;

        @Option(names = "--trajectory-every", paramLabel = "N", defaultValue = "0", description = "write a trajectory frame every N steps (default: no trajectory)")
        long trajectoryEvery;

        @Option(names = "--checkpoint-every", paramLabel = "N", defaultValue = "10000", description = "write a checkpoint every N steps, 0 for none (default ${DEFAULT-VALUE})")
        long checkpointEvery;

        @Option(names = "--resume", description = "continue from DIR/checkpoint.bin if it exists")
        boolean resume;

        @Option(names = "--out", paramLabel = "DIR", defaultValue = "lj-run", description = "output folder (default ${DEFAULT-VALUE})")
        Path out;

        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            int n = size.n != null ? size.n : size.cells != null ? 4 * cube(size.cells) : 500;
            if (size.cells != null && (size.cells < 1 || size.cells > 135)) {
                throw new UsageError("--cells", "must be an integer in [1, 135] (got " + size.cells + ")");
            }
            Ensemble ens = CliOptions.ensemble(ensemble);
            Platform p = CliOptions.platform(platform, threads, NeighbourListPolicy.automatic());
            LennardJonesRun run = new LennardJonesRun(
                    new LennardJonesFluid(n, density, temperature, cutoff, shift, tail), dt, steps, equilibrate != null ? equilibrate : steps / 5, ens,
                    damping != null ? damping : 100 * dt, chainLength, seed, thermoEvery, trajectoryEvery,
                    checkpointEvery).validated();
            RunResult result;
            try (Progress progress = Progress.start("simulate lj", steps)) {
                result = LennardJonesRunner.execute(run, p, out, resume, progress::stepTo);
            }
            ThermoSummary t = result.thermo();
            var w = spec.commandLine().getOut();
            w.printf(Locale.ROOT, "N = %d, rho* = %s, T* = %s: %d production samples%n", n, density, temperature, t.samples());
            w.printf(Locale.ROOT, "  U/N = %.5f +/- %.5f   P = %.4f +/- %.4f   T = %.4f +/- %.4f%n",
                    t.potentialEnergyPerParticle().mean(), t.potentialEnergyPerParticle().stderr(),
                    t.pressure().mean(), t.pressure().stderr(), t.temperature().mean(), t.temperature().stderr());
            w.printf(Locale.ROOT, "  energy drift %.3g per tau per particle; %.0f steps/s on %s with %d thread(s)%n",
                    t.totalEnergyDrift(), result.performance().stepsPerSecond(), p.name(), p.threads());
            w.println("  results in " + out.resolve(LennardJonesRunner.RESULT_FILE));
            return 0;
        }

        private static int cube(int k) {
            return k * k * k;
        }
    }
}
