package org.mdscape.app.cli;

import org.mdscape.engine.surrogate.LearningLoop;
import org.mdscape.engine.surrogate.SurrogateConfig;
import org.mdscape.engine.surrogate.SwitchPolicy;
import picocli.CommandLine.Option;

/** Options of campaign runs that learn a surrogate while they run. */
final class LearningOptions {
    @Option(names = "--learn", description = "train a surrogate in the background as results land; when its held-out "
            + "accuracy meets --target on two versions in a row, answer the remaining points with it")
    boolean learn;

    @Option(names = "--target", paramLabel = "A", description = "accuracy target of the switch, in (0, 1] (default: 0.95)")
    Double target;

    @Option(names = "--no-active-learning", description = "simulate points in sampling order instead of where the "
            + "ensemble is least sure")
    boolean noActiveLearning;

    @Option(names = "--retrain-every", paramLabel = "N", description = "new results that trigger retraining (default: 5, "
            + "or 10%% of the points trained on if more)")
    Integer retrainEvery;

    @picocli.CommandLine.Mixin
    TrainingOptions training = new TrainingOptions();

    SurrogateConfig config() {
        return training.config();
    }

    LearningLoop.Settings settings() {
        if (target != null && !(target > 0 && target <= 1)) {
            throw new UsageError("--target", "must be in (0, 1] (got " + target + ")");
        }
        CampaignFiles.checkRange("--retrain-every", retrainEvery, 1, 100_000);
        LearningLoop.Settings d = LearningLoop.Settings.DEFAULT;
        return new LearningLoop.Settings(config(), target == null ? d.policy() : d.policy().withTarget(target),
                !noActiveLearning, d.firstAfter(), retrainEvery == null ? d.retrainEvery() : retrainEvery);
    }
}
