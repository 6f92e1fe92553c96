package org.mdscape.app.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.mdscape.engine.campaign.CampaignStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code mdscape campaign resume NAME.mdscape}: makes cancelled jobs pending again and runs the campaign. */
@Command(name = "resume", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Continue a cancelled or interrupted campaign; each job resumes from its last valid checkpoint.")
final class CampaignResumeCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "NAME.mdscape", description = "campaign file")
    Path file;

    @Option(names = "--workers", paramLabel = "W", description = "jobs at once (default: the spec's execution.workers)")
    Integer workers;

    @Option(names = "--threads", paramLabel = "T", description = "threads per job for jobs not yet started (default: the spec's)")
    Integer threads;

    @Option(names = "--retry-failed", description = "run failed jobs again too")
    boolean retryFailed;

    @picocli.CommandLine.Mixin
    LearningOptions learning = new LearningOptions();

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        CampaignFiles.checkRange("--workers", workers, 1, CampaignRunCommand.MAX_WORKERS);
        CampaignFiles.checkRange("--threads", threads, 1, CampaignRunCommand.MAX_THREADS);
        try (CampaignStore store = CampaignFiles.open(file)) {
            store.reactivate(retryFailed);
            return CampaignRunCommand.execute(store, workers, threads, learning.learn ? learning.settings() : null,
                    spec.commandLine().getOut());
        }
    }
}
