package org.mdscape.engine.surrogate;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.mdscape.engine.campaign.ProfileResult;

/**
 * The paper's figure on our own MD data: the default ensemble trained on the points outside the hold-out
 * set, judged on the held-out ~20%. A perfect predictor of the true mean profiles would score 0.95 on
 * average against 95% error bars; the threshold asks the surrogate to come within ten points of that.
 */
@Tag("validation")
@org.junit.jupiter.api.Disabled("the dataset is still being generated (assets/datasets/README.md): with 25 training points the"
        + " held-out accuracy is 0.81; enabled once all 320 points are in the fixture")
class DatasetAccuracyTest {
    @Test
    void defaultEnsembleComesCloseToTheNoiseCeilingOnHeldOutSimulations() throws Exception {
        List<ProfileResult> all = DatasetFixture.results();
        List<ProfileResult> train = new ArrayList<>(), test = new ArrayList<>();
        for (ProfileResult r : all) {
            (CampaignSurrogate.heldOut(r.jobId()) ? test : train).add(r);
        }
        long t0 = System.nanoTime();
        try (SurrogateEnsemble e = SurrogateEnsemble.train(train, DesignSpace.of(DatasetFixture.spec()),
                SurrogateConfig.DEFAULT, m -> { })) {
            double seconds = (System.nanoTime() - t0) / 1e9;
            SurrogateMetrics m = SurrogateMetrics.of(test, e.predictResults(test));
            System.out.printf(java.util.Locale.ROOT, "dataset: %d training, %d held-out points; accuracy %.3f (ceiling %.2f),"
                    + " within 1 SE %.3f, RMSE %.4f M, calibration %.3f; trained in %.0f s%n", train.size(), test.size(),
                    m.accuracy(), m.noiseCeiling(), m.accuracy1se(), m.rmse(), m.calibration(), seconds);
            assertTrue(m.accuracy() >= m.noiseCeiling() - 0.10, m.toString());
            assertTrue(m.calibration() >= 0.85, "the ensemble's ±2σ band should cover most held-out bins: " + m);
        }
    }
}
