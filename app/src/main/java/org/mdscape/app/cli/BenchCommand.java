package org.mdscape.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.concurrent.Callable;
import org.mdscape.engine.run.MeltBenchmark;
import org.mdscape.engine.sim.NeighbourListPolicy;
import org.mdscape.engine.sim.Platform;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code mdscape bench NAME}: speed benchmarks, printed as JSON. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Speed benchmarks (JSON on stdout).",
        subcommands = {BenchCommand.LennardJonesMelt.class, BenchElectrolyte.class, BenchSurrogateLearning.class})
final class BenchCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "lj-melt", mixinStandardHelpOptions = true,
            description = {"LAMMPS's bench/in.lj: 32,000 LJ atoms, fcc rho* = 0.8442, T* = 1.44, r_c = 2.5, "
                    + "skin 0.3 rebuilt every 20 steps, NVE, dt = 0.005.",
                    "Times the step loop only (set-up excluded, as LAMMPS's Loop time)."})
    static final class LennardJonesMelt implements Callable<Integer> {
        @Option(names = "--threads", paramLabel = "K", defaultValue = "1", description = "CPU threads (default ${DEFAULT-VALUE})")
        int threads;

        @Option(names = "--platform", paramLabel = "NAME", defaultValue = "cpu", description = "reference or cpu (default ${DEFAULT-VALUE})")
        String platform;

        @Option(names = "--steps", paramLabel = "S", defaultValue = "100", description = "steps to time (default ${DEFAULT-VALUE}, as in.lj)")
        long steps;

        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            if (steps < 1 || steps > 1_000_000) {
                throw new UsageError("--steps", "must be in [1, 1000000] (got " + steps + ")");
            }
            Platform p = CliOptions.platform(platform, threads, NeighbourListPolicy.lammpsBenchmark());
            MeltBenchmark.Result result;
            try (Progress progress = Progress.start("bench lj-melt", steps)) {
                result = MeltBenchmark.execute(org.mdscape.engine.sim.PlatformKind.parse(p.name()), p.threads(), steps,
                        progress::stepTo);
            }
            spec.commandLine().getOut().println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(result));
            return 0;
        }
    }
}
