package org.mdscape.app.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.mdscape.engine.campaign.CampaignStore;
import org.mdscape.engine.campaign.SurrogateStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code mdscape campaign force NAME.mdscape JOB...}: simulate jobs even if the surrogate answered them. */
@Command(name = "force", mixinStandardHelpOptions = true,
        description = {"Insist on simulating the given jobs: a job the surrogate answered (predicted) becomes pending again, "
                + "and forced jobs run before any other and are never answered by the surrogate.",
                "Run the campaign afterwards ('mdscape campaign run NAME.mdscape') to simulate them."})
final class CampaignForceCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "NAME.mdscape", description = "campaign file")
    Path file;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "JOB", description = "job ids (as 'campaign export' lists them)")
    List<Long> jobs;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        try (CampaignStore store = CampaignFiles.open(file)) {
            SurrogateStore s = new SurrogateStore(store);
            for (long j : jobs) {
                try {
                    s.forceSimulation(j);
                } catch (IllegalArgumentException e) {
                    throw new UsageError("JOB", e.getMessage());
                }
                spec.commandLine().getOut().println("job " + j + " will be simulated");
            }
        }
        return 0;
    }
}
