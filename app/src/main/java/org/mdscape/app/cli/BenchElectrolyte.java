package org.mdscape.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.concurrent.Callable;
import org.mdscape.engine.run.ElectrolyteBenchmark;
import org.mdscape.engine.sim.NeighbourListPolicy;
import org.mdscape.engine.sim.Platform;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code mdscape bench electrolyte}: steps/s of the 424-ion reference system. */
@Command(name = "electrolyte", mixinStandardHelpOptions = true,
        description = {"The 424-ion confined electrolyte (h = 3 nm, 1:1, c = 0.5 M, d = 0.714 nm, accuracy 1e-4), NVT.",
                "Warms up from the lattice, then times the step loop (no output), as LAMMPS's Loop time."})
final class BenchElectrolyte implements Callable<Integer> {
    @Option(names = "--threads", paramLabel = "K", defaultValue = "1", description = "CPU threads (default ${DEFAULT-VALUE})")
    int threads;

    @Option(names = "--platform", paramLabel = "NAME", defaultValue = "cpu", description = "reference or cpu (default ${DEFAULT-VALUE})")
    String platform;

    @Option(names = "--steps", paramLabel = "S", defaultValue = "2000", description = "timed steps (default ${DEFAULT-VALUE})")
    long steps;

    @Option(names = "--warmup", paramLabel = "S", defaultValue = "1000", description = "untimed steps first (default ${DEFAULT-VALUE})")
    long warmup;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (steps < 1 || steps > 10_000_000) {
            throw new UsageError("--steps", "must be in [1, 10000000] (got " + steps + ")");
        }
        if (warmup < 0 || warmup > 10_000_000) {
            throw new UsageError("--warmup", "must be in [0, 10000000] (got " + warmup + ")");
        }
        Platform p = CliOptions.platform(platform, threads, NeighbourListPolicy.automatic());
        ElectrolyteBenchmark.Result r = ElectrolyteBenchmark.execute(p, warmup, steps);
        spec.commandLine().getOut().println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(r));
        return 0;
    }
}
