package org.mdscape.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.mdscape.engine.campaign.CampaignStatus;
import org.mdscape.engine.campaign.CampaignStore;
import org.mdscape.engine.campaign.JobState;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code mdscape campaign status NAME.mdscape}: counts by state, progress, throughput, ETA. */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = "Show a campaign's jobs by state, its progress, throughput and estimated time left (also while it runs).")
final class CampaignStatusCommand implements Callable<Integer> {
    static final int BAR = 30;

    @Parameters(index = "0", paramLabel = "NAME.mdscape", description = "campaign file")
    Path file;

    @Option(names = "--json", description = "print the status as JSON")
    boolean json;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        try (CampaignStore store = CampaignFiles.open(file)) {
            CampaignStatus s = store.status();
            var out = spec.commandLine().getOut();
            if (json) {
                out.println(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(s));
                return 0;
            }
            out.printf(Locale.ROOT, "%s (%s)%s%n", s.name(), s.model(), s.cancelled() ? ", cancelled" : "");
            out.println("  " + counts(s));
            double fraction = s.stepsTotal() > 0 ? (double) s.stepsDone() / s.stepsTotal() : 0;
            int filled = (int) Math.round(fraction * BAR);
            out.printf(Locale.ROOT, "  [%s%s] %5.1f%%  %,d / %,d steps%n", "#".repeat(filled), "-".repeat(BAR - filled),
                    100 * fraction, s.stepsDone(), s.stepsTotal());
            var versions = new org.mdscape.engine.campaign.SurrogateStore(store).versions();
            if (!versions.isEmpty()) {
                var v = versions.getLast();
                out.printf(Locale.ROOT, "  surrogate: %d version(s); latest trained on %d points, held-out accuracy %s on %d%s%n",
                        versions.size(), v.trainingPoints(), Double.isNaN(v.accuracy()) ? "n/a"
                                : String.format(Locale.ROOT, "%.3f", v.accuracy()), v.testPoints(),
                        s.count(JobState.PREDICTED) > 0 ? "; " + s.count(JobState.PREDICTED) + " job(s) answered by it" : "");
            }
            out.printf(Locale.ROOT, "  throughput %s   ETA %s%n",
                    Double.isNaN(s.jobsPerHour()) ? "-" : String.format(Locale.ROOT, "%.1f jobs/h", s.jobsPerHour()),
                    Double.isNaN(s.etaSeconds()) ? "-" : duration(s.etaSeconds()));
        }
        return 0;
    }

    static String counts(CampaignStatus s) {
        StringBuilder b = new StringBuilder().append(s.jobs()).append(" jobs:");
        for (JobState state : JobState.values()) {
            b.append(' ').append(s.count(state)).append(' ').append(state.label()).append(',');
        }
        return b.append(' ').append(s.attempts()).append(" attempt(s)").toString();
    }

    static String duration(double seconds) {
        long t = Math.round(seconds);
        return t >= 3600 ? String.format(Locale.ROOT, "%dh %02dm", t / 3600, t / 60 % 60)
                : t >= 60 ? String.format(Locale.ROOT, "%dm %02ds", t / 60, t % 60) : t + " s";
    }
}
