package org.mdscape.app.cli;

import java.util.List;
import org.mdscape.engine.surrogate.SurrogateConfig;
import picocli.CommandLine.Option;

/** How a surrogate ensemble is trained (shared by the commands that train one). */
final class TrainingOptions {
    @Option(names = "--members", paramLabel = "M", description = "ensemble members (default: 5)")
    Integer members;

    @Option(names = "--epochs", paramLabel = "E", description = "training epochs per member (default: 300)")
    Integer epochs;

    @Option(names = "--hidden", paramLabel = "U,U", split = ",", description = "units per hidden layer (default: 512,256)")
    List<Integer> hidden;

    @Option(names = "--error-weighted", description = "the paper's soft-label loss: weight each bin by the inverse square "
            + "of its MD error bar, so noisy bins pull less")
    boolean errorWeighted;

    SurrogateConfig config() {
        SurrogateConfig c = SurrogateConfig.DEFAULT;
        CampaignFiles.checkRange("--members", members, 2, 50);
        CampaignFiles.checkRange("--epochs", epochs, 1, 100_000);
        if (members != null) {
            c = c.withMembers(members);
        }
        if (epochs != null) {
            c = c.withEpochs(epochs);
        }
        if (hidden != null) {
            if (hidden.isEmpty() || hidden.size() > 6 || hidden.stream().anyMatch(u -> u == null || u < 1 || u > 4096)) {
                throw new UsageError("--hidden", "1 to 6 layers of 1 to 4096 units, e.g. 512,256 (got " + hidden + ")");
            }
            c = c.withHidden(hidden);
        }
        return errorWeighted ? c.withErrorWeighted(true) : c;
    }
}
