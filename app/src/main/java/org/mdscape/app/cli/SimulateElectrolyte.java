package org.mdscape.app.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.mdscape.engine.model.ConfinedElectrolyte;
import org.mdscape.engine.run.ElectrolyteResult;
import org.mdscape.engine.run.ElectrolyteRun;
import org.mdscape.engine.run.ElectrolyteRunner;
import org.mdscape.engine.sim.NeighbourListPolicy;
import org.mdscape.engine.sim.Platform;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code mdscape simulate electrolyte}: ions between two walls; density profiles. */
@Command(name = "electrolyte", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Primitive-model electrolyte confined between two planar walls (NVT, T = 298 K, water).",
                "Defaults: the reference system h = 3 nm, 1:1, c = 0.5 M, d = 0.714 nm, 212 + 212 ions, 50,000 steps."},
        footer = {"", "Writes DIR/result.json, DIR/profile.csv (densities in mol/L), DIR/thermo.csv, DIR/checkpoint.bin "
                + "and, with --trajectory-every, DIR/trajectory.xyz and DIR/trajectory.lammpstrj (nm)."})
final class SimulateElectrolyte implements Callable<Integer> {
    @Mixin
    ElectrolyteOptions model;

    @Option(names = "--dt", paramLabel = "DT", defaultValue = "0.001", description = "time step in tau (default ${DEFAULT-VALUE})")
    double dt;

    @Option(names = "--steps", paramLabel = "S", defaultValue = "50000", description = "total steps (default ${DEFAULT-VALUE}; converged profiles need ~1,000,000)")
    long steps;

    @Option(names = "--equilibration-fraction", paramLabel = "F", defaultValue = "0.2", description = "fraction of steps left out of the statistics (default ${DEFAULT-VALUE})")
    double equilibrationFraction;

    @Option(names = "--sample-every", paramLabel = "K", defaultValue = "100", description = "profile and thermo sampling period in steps (default ${DEFAULT-VALUE})")
    long sampleEvery;

    @Option(names = "--bin-width", paramLabel = "W", defaultValue = "0.05", description = "profile bin width in ion diameters (default ${DEFAULT-VALUE})")
    double binWidth;

    @Option(names = "--chain-length", paramLabel = "M", defaultValue = "5", description = "Nose-Hoover chain length (default ${DEFAULT-VALUE})")
    int chainLength;

    @Option(names = "--seed", paramLabel = "SEED", defaultValue = "1", description = "random seed (default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--platform", paramLabel = "NAME", defaultValue = "cpu", description = "reference or cpu (default ${DEFAULT-VALUE})")
    String platform;

    @Option(names = "--threads", paramLabel = "K", description = "CPU threads (default: all cores)")
    Integer threads;

    @Option(names = "--trajectory-every", paramLabel = "N", defaultValue = "0", description = "trajectory frame period in steps (default: none)")
    long trajectoryEvery;

    @Option(names = "--checkpoint-every", paramLabel = "N", defaultValue = "10000", description = "checkpoint period in steps, 0 for none (default ${DEFAULT-VALUE})")
    long checkpointEvery;

    @Option(names = "--resume", description = "continue from DIR/checkpoint.bin if it exists")
    boolean resume;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "electrolyte-run", description = "output folder (default ${DEFAULT-VALUE})")
    Path out;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        ConfinedElectrolyte system = model.spec();
        Platform p = CliOptions.platform(platform, threads, NeighbourListPolicy.automatic());
        ElectrolyteRun run = new ElectrolyteRun(system, dt, steps, equilibrationFraction, sampleEvery, binWidth,
                chainLength, 100 * dt, seed, trajectoryEvery, checkpointEvery).validated();
        ElectrolyteResult r;
        try (Progress progress = Progress.start("simulate electrolyte", steps)) {
            r = ElectrolyteRunner.execute(run, p, out, resume, progress::stepTo);
        }
        var w = spec.commandLine().getOut();
        w.printf(Locale.ROOT, "%d cations + %d anions, box %.3f x %.3f x %.3f nm; %d profile samples%n",
                r.ions().positive(), r.ions().negative(), r.box().lateralNm(), r.box().lateralNm(), r.box().hNm(),
                r.profile().samples());
        var s = r.scalars();
        w.printf(Locale.ROOT, "  contact %.3f / %.3f M   peak %.3f / %.3f M   centre %.3f / %.3f M  (cations / anions)%n",
                s.contactPlus(), s.contactMinus(), s.peakPlus(), s.peakMinus(), s.centerPlus(), s.centerMinus());
        w.printf(Locale.ROOT, "  T = %.4f +/- %.4f; %.0f steps/s on %s with %d thread(s)%n",
                r.thermo().temperature().mean(), r.thermo().temperature().stderr(), r.performance().stepsPerSecond(),
                p.name(), p.threads());
        w.println("  results in " + out.resolve("result.json") + " and " + out.resolve(ElectrolyteRunner.PROFILE_FILE));
        return 0;
    }
}
