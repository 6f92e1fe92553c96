package org.mdscape.engine.surrogate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.mdscape.engine.campaign.CampaignStore;
import org.mdscape.engine.campaign.ProfileResult;

/** Child-process entry of {@link OfflineTest}: trains a tiny ensemble and predicts, in folder args[0]. */
public final class OfflineTrainingProbe {
    private OfflineTrainingProbe() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createDirectories(Path.of(args[0]));
        try (CampaignStore store = SyntheticProfiles.campaign(dir, 8)) {
            List<ProfileResult> all = SyntheticProfiles.simulate(store, 0.01, 1);
            SurrogateConfig tiny = SurrogateConfig.DEFAULT.withMembers(2).withHidden(List.of(8)).withEpochs(1);
            try (SurrogateEnsemble e = SurrogateEnsemble.train(all, DesignSpace.of(store.spec()), tiny, m -> { })) {
                System.out.println("predicted " + e.predictResults(all).size() + " points");
            }
        }
    }
}
