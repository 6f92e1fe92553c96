package org.mdscape.engine.surrogate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.mdscape.engine.campaign.CampaignSpec;
import org.mdscape.engine.campaign.CampaignSpecReader;
import org.mdscape.engine.campaign.ProfileResult;
import org.mdscape.engine.campaign.RecordedResults;

/** The committed MD dataset (assets/datasets/electrolyte-h-c-d.json and its exported results). */
final class DatasetFixture {
    static final Path SPEC = Path.of("..", "assets", "datasets", "electrolyte-h-c-d.json");

    private DatasetFixture() {
    }

    static String specJson() throws Exception {
        return Files.readString(SPEC);
    }

    static CampaignSpec spec() throws Exception {
        return CampaignSpecReader.read(Files.readAllBytes(SPEC));
    }

    static List<ProfileResult> results() throws Exception {
        Path dir = Path.of(DatasetFixture.class.getResource("electrolyte-h-c-d-points.csv.gz").toURI()).getParent();
        return RecordedResults.read(spec(), dir.resolve("electrolyte-h-c-d-points.csv.gz"),
                dir.resolve("electrolyte-h-c-d-profiles.csv.gz"));
    }
}
