package org.mdscape.app.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.UUID;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.Test;

class RecentCampaignsTest {
    @Test
    void newestFirstOnceEachAtMostEightAndRememberedAcrossSessions() throws Exception {
        Preferences node = Preferences.userRoot().node("org/mdscape/test-" + UUID.randomUUID());
        try {
            RecentCampaigns r = new RecentCampaigns(node);
            for (int i = 0; i < 10; i++) {
                r.remember(Path.of("/tmp/c" + i + ".mdscape"));
            }
            r.remember(Path.of("/tmp/c5.mdscape"));
            RecentCampaigns again = new RecentCampaigns(node);
            assertEquals(8, again.files().size());
            assertEquals(Path.of("/tmp/c5.mdscape"), again.files().getFirst());
            assertEquals(Path.of("/tmp/c9.mdscape"), again.files().get(1));
            assertEquals(1, again.files().stream().filter(p -> p.toString().equals("/tmp/c5.mdscape")).count());
        } finally {
            node.removeNode();
        }
    }
}
