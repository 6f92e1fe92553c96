package org.mdscape.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.mdscape.engine.campaign.CampaignStore;
import org.mdscape.engine.campaign.SurrogateStore.SurrogateVersion;
import org.mdscape.engine.surrogate.CampaignSurrogate;
import org.mdscape.engine.surrogate.SurrogateEnsemble;
import org.mdscape.engine.uq.InputDistribution;
import org.mdscape.engine.uq.SobolAnalysis;
import org.mdscape.engine.uq.SurrogateUncertainty;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code mdscape surrogate uq NAME.mdscape --dist c=normal:0.5,0.05 ...}: uncertainty through the surrogate. */
@Command(name = "uq", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Propagate input uncertainty through the latest surrogate: the band of rho+ and rho- against the "
                + "distance from the wall, the distributions of the contact, peak and mid-plane densities, and their "
                + "first-order and total Sobol indices (Saltelli, quasi-random Sobol sampling, bootstrap 95% intervals).",
                "Inputs not given are exact at the middle of their swept range. Nothing is extrapolated: distributions "
                        + "reaching outside the trained range are refused (normal and log-normal may lose up to --max-outside "
                        + "of their mass to truncation, which is reported)."})
final class SurrogateUqCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "NAME.mdscape", description = "campaign file")
    Path file;

    @Option(names = "--dist", paramLabel = "NAME=KIND:ARGS", description = "an input's distribution: exact:V, uniform:MIN,MAX, "
            + "normal:MEAN,SIGMA or lognormal:MEAN,SIGMA, e.g. c=normal:0.5,0.05 (repeatable)")
    Map<String, String> dists = new LinkedHashMap<>();

    @Option(names = "--samples", paramLabel = "N", defaultValue = "10000", description = "base samples (default ${DEFAULT-VALUE}; "
            + "the surrogate is evaluated N (k + 3) times for k varying inputs)")
    int samples;

    @Option(names = "--bootstrap", paramLabel = "B", defaultValue = "200", description = "bootstrap resamples for the "
            + "intervals of the indices (default ${DEFAULT-VALUE})")
    int bootstrap;

    @Option(names = "--max-outside", paramLabel = "F", defaultValue = "0.05", description = "largest share of a normal or "
            + "log-normal's mass that may lie outside the trained range and be cut away (default ${DEFAULT-VALUE})")
    double maxOutside;

    @Option(names = "--json", description = "print the whole report (including the bands) as JSON")
    boolean json;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        CampaignFiles.checkRange("--samples", samples, 16, 10_000_000);
        CampaignFiles.checkRange("--bootstrap", bootstrap, 0, 100_000);
        if (!(maxOutside >= 0 && maxOutside < 1)) {
            throw new UsageError("--max-outside", "must be in [0, 1) (got " + maxOutside + ")");
        }
        Map<String, InputDistribution> given = new LinkedHashMap<>();
        for (Map.Entry<String, String> d : dists.entrySet()) {
            try {
                given.put(d.getKey(), InputDistribution.parse(d.getValue()));
            } catch (IllegalArgumentException e) {
                throw new UsageError("--dist", d.getKey() + "=" + e.getMessage().replaceFirst("^'", "'"));
            }
        }
        try (CampaignStore store = SurrogateCommand.openElectrolyte(file)) {
            CampaignSurrogate s = new CampaignSurrogate(store);
            SurrogateVersion v = SurrogateCommand.latest(s, file);
            try (SurrogateEnsemble e = s.load(v, 1)) {
                SurrogateUncertainty.Report r;
                try {
                    r = SurrogateUncertainty.propagate(e, store.spec(), given, samples, maxOutside, bootstrap);
                } catch (IllegalArgumentException x) {
                    throw new UsageError("--dist", x.getMessage());
                }
                var out = spec.commandLine().getOut();
                if (json) {
                    out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(r));
                    return 0;
                }
                out.printf(Locale.ROOT, "surrogate version %d, %d samples, %d evaluations in %.2f s%n", v.id(), r.samples(),
                        r.evaluations(), r.seconds());
                for (var in : r.inputs()) {
                    out.printf(Locale.ROOT, "  %-4s %s on [%s, %s]%s%n", in.name(), in.distribution(), in.trainedMin(),
                            in.trainedMax(), in.excludedMass() > 0 ? String.format(Locale.ROOT, ", %.2f%% of its mass cut away",
                                    100 * in.excludedMass()) : "");
                }
                for (var sc : r.scalars()) {
                    out.printf(Locale.ROOT, "%-15s mean %.4f M, 5-95%% [%.4f, %.4f]; sd from inputs %.4f, from the surrogate %.4f"
                            + " (%s dominate)%n", sc.name(), sc.mean(), sc.p05(), sc.p95(), sc.inputSd(), sc.surrogateSd(),
                            sc.dominant());
                    for (String name : sc.firstOrder().keySet()) {
                        SobolAnalysis.Estimate f = sc.firstOrder().get(name), t = sc.total().get(name);
                        out.printf(Locale.ROOT, "    %-4s S1 %.3f [%.3f, %.3f]  ST %.3f [%.3f, %.3f]%n", name, f.value(), f.low(),
                                f.high(), t.value(), t.low(), t.high());
                    }
                }
            }
        }
        return 0;
    }
}
