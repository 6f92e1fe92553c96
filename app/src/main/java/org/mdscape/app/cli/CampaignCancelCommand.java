package org.mdscape.app.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.mdscape.engine.campaign.CampaignStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code mdscape campaign cancel NAME.mdscape}: stops a campaign, also one another process is running. */
@Command(name = "cancel", mixinStandardHelpOptions = true,
        description = {"Cancel a campaign, also one another process is running.",
                "Pending jobs will not start; running ones stop within a second and keep their checkpoints.",
                "'mdscape campaign resume' continues it."})
final class CampaignCancelCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "NAME.mdscape", description = "campaign file")
    Path file;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        try (CampaignStore store = CampaignFiles.open(file)) {
            store.cancel();
            spec.commandLine().getOut().println(file + ": cancelled; " + CampaignStatusCommand.counts(store.status()));
        }
        return 0;
    }
}
