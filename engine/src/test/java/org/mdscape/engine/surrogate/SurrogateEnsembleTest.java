package org.mdscape.engine.surrogate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mdscape.engine.campaign.CampaignStore;
import org.mdscape.engine.campaign.ProfileResult;

/** Training against profiles whose true form is known (SyntheticProfiles), so accuracy has an independent reference. */
class SurrogateEnsembleTest {
    static final SurrogateConfig SMALL = SurrogateConfig.DEFAULT.withMembers(2).withHidden(List.of(128, 128)).withEpochs(150);

    @Test
    void learnsAKnownProfileFamilyAndItsSpreadCoversTheError(@TempDir Path dir) throws Exception {
        try (CampaignStore store = SyntheticProfiles.campaign(dir, 80)) {
            List<ProfileResult> all = SyntheticProfiles.simulate(store, 0.01, 3);
            List<ProfileResult> train = all.subList(0, 64), test = all.subList(64, 80);
            DesignSpace space = DesignSpace.of(store.spec());
            try (SurrogateEnsemble e = SurrogateEnsemble.train(train, space, SMALL, m -> { })) {
                List<ProfilePrediction> p = e.predictResults(test);
                double sq = 0, scale = 0;
                long n = 0;
                for (int i = 0; i < test.size(); i++) {
                    BinLayout l = p.get(i).layout();
                    double[] truth = SyntheticProfiles.truth(l, test.get(i).params());
                    for (int b = 0; b < l.bins(); b++) {
                        if (l.accessible(0, b)) {
                            double d = p.get(i).mean()[0][b] - truth[b];
                            sq += d * d;
                            scale += truth[b] * truth[b];
                            n++;
                        }
                    }
                }
                double rms = Math.sqrt(sq / n), rel = Math.sqrt(sq / scale);
                // Unseen points, against the noise-free truth: a few percent of the density is a fit; a network
                // that had not learned the layering would miss by the oscillation's amplitude (~40-130%).
                assertTrue(rel < 0.05, "relative rms error against the true profile " + rel + " (rms " + rms + " M)");
                // Against noisy values with exact Gaussian error bars, a perfect predictor scores P(|N| < 2.09) = 0.964
                // and the ensemble's ±2σ band (with the error bar) covers ~95%; well short of that means it has not learned.
                SurrogateMetrics m = SurrogateMetrics.of(test, p);
                assertTrue(m.accuracy() > 0.8 && m.accuracy() <= 0.97, m.toString());
                assertTrue(m.calibration() > 0.85, m.toString());
                // The parity plot's points are the judged bins: counting them again gives the same accuracy.
                List<ParityPoint> parity = ParityPoint.of(e, test);
                assertEquals(m.bins(), parity.size());
                long within = parity.stream().filter(q -> Math.abs(q.predicted() - q.simulated())
                        <= SurrogateMetrics.ERROR_BAR_SE * q.error()).count();
                assertEquals(m.accuracy(), within / (double) parity.size(), 1e-12);
            }
        }
    }

    @Test
    void sameSeedGivesTheSameWeightsAndSavedWeightsPredictTheSame(@TempDir Path dir) throws Exception {
        try (CampaignStore store = SyntheticProfiles.campaign(dir, 24)) {
            List<ProfileResult> all = SyntheticProfiles.simulate(store, 0.01, 5);
            DesignSpace space = DesignSpace.of(store.spec());
            SurrogateConfig cfg = SMALL.withEpochs(20).withMembers(2);
            try (SurrogateEnsemble a = SurrogateEnsemble.train(all, space, cfg, m -> { });
                 SurrogateEnsemble b = SurrogateEnsemble.train(all, space, cfg, m -> { });
                 SurrogateEnsemble c = SurrogateEnsemble.train(all, space, cfg.withSeed(99), m -> { })) {
                var points = all.stream().map(ProfileResult::params).toList();
                float[][][] ga = a.predictGrid(points), gb = b.predictGrid(points), gc = c.predictGrid(points);
                for (int m = 0; m < ga.length; m++) {
                    for (int i = 0; i < ga[m].length; i++) {
                        assertArrayEquals(ga[m][i], gb[m][i], "member " + m + " point " + i);
                    }
                }
                assertTrue(!java.util.Arrays.equals(ga[0][0], gc[0][0]), "another seed gives other weights");
                Path file = dir.resolve("v.bin");
                a.save(file);
                try (SurrogateEnsemble loaded = SurrogateEnsemble.load(file, 1)) {
                    float[][][] gl = loaded.predictGrid(points);
                    assertEquals(ga.length, gl.length);
                    for (int m = 0; m < ga.length; m++) {
                        for (int i = 0; i < ga[m].length; i++) {
                            assertArrayEquals(ga[m][i], gl[m][i]);
                        }
                    }
                    assertEquals(a.grid(), loaded.grid());
                }
            }
        }
    }
}
