package org.mdscape.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.mdscape.engine.campaign.CampaignSpec;
import org.mdscape.engine.campaign.CampaignSpecReader;
import org.mdscape.engine.campaign.CampaignStore;
import org.mdscape.engine.campaign.ProfileResult;
import org.mdscape.engine.campaign.RecordedResults;
import org.mdscape.engine.model.InvalidSpecException;
import org.mdscape.engine.surrogate.CampaignSurrogate;
import org.mdscape.engine.surrogate.DesignSpace;
import org.mdscape.engine.surrogate.LearningBenchmark;
import org.mdscape.engine.surrogate.SurrogateConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code mdscape bench surrogate-learning}: active learning against random selection on recorded results. */
@Command(name = "surrogate-learning", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Active learning against random selection, on a sweep already simulated: results are revealed "
                + "one batch at a time, an ensemble is trained after each batch and judged on the held-out points, and "
                + "the figure is the number of simulations each strategy needs to reach the target accuracy (median over seeds).",
                "Give a campaign file, or a spec with the two CSV tables 'campaign export' writes (.csv or .csv.gz)."})
final class BenchSurrogateLearning implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "NAME.mdscape|SPEC.json", description = "campaign file, or the spec of --points/--profiles")
    Path input;

    @Option(names = "--points", paramLabel = "FILE", description = "points table (with a spec)")
    Path points;

    @Option(names = "--profiles", paramLabel = "FILE", description = "profiles table (with a spec)")
    Path profiles;

    @Option(names = "--target", paramLabel = "A", description = "held-out accuracy to reach (default: 98%% of what an "
            + "ensemble trained on the whole pool reaches, measured first)")
    Double target;

    @Option(names = "--start", paramLabel = "N", defaultValue = "10", description = "random simulations to start from (default ${DEFAULT-VALUE})")
    int start;

    @Option(names = "--batch", paramLabel = "N", defaultValue = "10", description = "simulations revealed per round (default ${DEFAULT-VALUE})")
    int batch;

    @Option(names = "--seeds", paramLabel = "S", defaultValue = "5", description = "seeds (default ${DEFAULT-VALUE})")
    int seeds;

    @Mixin
    TrainingOptions options = new TrainingOptions();

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        CampaignFiles.checkRange("--start", start, 3, 100_000);
        CampaignFiles.checkRange("--batch", batch, 1, 100_000);
        CampaignFiles.checkRange("--seeds", seeds, 1, 1000);
        if (target != null && !(target > 0 && target <= 1)) {
            throw new UsageError("--target", "must be in (0, 1] (got " + target + ")");
        }
        SurrogateConfig config = options.config();
        List<ProfileResult> recorded;
        DesignSpace space;
        if (CampaignFiles.isCampaignFile(input)) {
            try (CampaignStore store = SurrogateCommand.openElectrolyte(input)) {
                recorded = store.profileResults();
                space = DesignSpace.of(store.spec());
            }
        } else {
            if (points == null || profiles == null) {
                throw new UsageError("--points", "with a spec, give both --points and --profiles (the tables 'campaign export' writes)");
            }
            CampaignSpec s;
            try {
                s = CampaignSpecReader.read(Files.readAllBytes(input));
            } catch (InvalidSpecException e) {
                throw CampaignFiles.specError(input, e);
            }
            recorded = RecordedResults.read(s, points, profiles);
            space = DesignSpace.of(s);
        }
        var err = spec.commandLine().getErr();
        double t = target != null ? target : Double.NaN;
        if (target == null) {
            List<ProfileResult> pool = recorded.stream().filter(r -> !CampaignSurrogate.heldOut(r.jobId())).toList();
            List<ProfileResult> test = recorded.stream().filter(r -> CampaignSurrogate.heldOut(r.jobId())).toList();
            double full = LearningBenchmark.accuracy(pool, test, space, config);
            t = 0.98 * full;
            err.printf(Locale.ROOT, "whole pool (%d simulations): held-out accuracy %.3f; target %.3f%n", pool.size(), full, t);
        }
        LearningBenchmark.Report report = LearningBenchmark.run(recorded, space, config, t, start, batch, seeds, line -> {
            err.println(line);
            err.flush();
        });
        spec.commandLine().getOut().println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .writeValueAsString(report));
        return 0;
    }
}
