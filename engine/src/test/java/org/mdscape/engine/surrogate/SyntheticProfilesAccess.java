package org.mdscape.engine.surrogate;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import org.mdscape.engine.campaign.CampaignStore;
import org.mdscape.engine.campaign.ProfileResult;

/** {@link SyntheticProfiles} for tests in other packages. */
public final class SyntheticProfilesAccess {
    private SyntheticProfilesAccess() {
    }

    public static CampaignStore campaign(Path dir, int points) throws IOException {
        return SyntheticProfiles.campaign(dir, points);
    }

    public static List<ProfileResult> simulate(CampaignStore store, double se, long seed) throws SQLException {
        return SyntheticProfiles.simulate(store, se, seed);
    }
}
