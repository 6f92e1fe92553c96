package org.mdscape.engine.surrogate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mdscape.engine.campaign.CampaignStore;
import org.mdscape.engine.campaign.ExecutionListener;
import org.mdscape.engine.campaign.JobState;
import org.mdscape.engine.campaign.ProfileResult;
import org.mdscape.engine.campaign.ReplayExecutor;
import org.mdscape.engine.campaign.SurrogateStore;

/**
 * The loop on a campaign whose "simulations" are recorded profiles served by a ReplayExecutor, paced so that
 * each version sees exactly the results landed before it: the switch must come at the first pair of
 * consecutive versions that meet the target, and every job not simulated by then must be answered.
 */
class LearningLoopTest {
    static final SurrogateConfig FAST = SurrogateConfig.DEFAULT.withMembers(2).withHidden(List.of(64, 64)).withEpochs(50);

    @Test
    void switchesAtTheFirstPairOfVersionsMeetingTheTargetAndAnswersTheRest(@TempDir Path dir) throws Exception {
        try (CampaignStore store = SyntheticProfiles.campaign(dir, 70)) {
            Map<Long, ProfileResult> recorded = new HashMap<>();
            for (ProfileResult r : SyntheticProfiles.simulate(store, 0.01, 11)) {
                recorded.put(r.pointId(), r);
            }
            SwitchPolicy policy = new SwitchPolicy(0.75, 2, 3);
            List<CampaignSurrogate.Trained> trained = new ArrayList<>();
            long[] switchedAt = {-1};
            int[] answered = {-1};
            LearningLoop.Settings settings = new LearningLoop.Settings(FAST, policy, true, 10, 5);
            try (LearningLoop loop = new LearningLoop(store, settings, new LearningLoop.Observer() {
                @Override
                public void trained(CampaignSurrogate.Trained t) {
                    trained.add(t);
                }

                @Override
                public void switched(long versionId, int n) {
                    switchedAt[0] = versionId;
                    answered[0] = n;
                }

                @Override
                public void failed(String message) {
                    throw new AssertionError(message);
                }
            })) {
                ReplayExecutor replay = new ReplayExecutor(recorded, 0, loop::awaitIdle);
                replay.execute(store, ExecutionListener.NONE.and(loop));
                loop.awaitIdle();

                SurrogateStore s = new SurrogateStore(store);
                List<SurrogateStore.SurrogateVersion> versions = s.versions();
                assertTrue(loop.switched(), "never switched; versions: " + versions);
                // Versions came at 10 simulated points, then every 5 (or 10% of those trained on, if more).
                assertEquals(10, versions.getFirst().trainingPoints() + versions.getFirst().testPoints());
                // The switch came with the first version that made two in a row meet the policy, and no earlier.
                int first = -1;
                for (int k = 1; k < versions.size(); k++) {
                    if (policy.met(versions.subList(0, k + 1))) {
                        first = k;
                        break;
                    }
                }
                assertEquals(versions.size() - 1, first, "the loop went on training after the policy was met");
                assertEquals(versions.getLast().id(), switchedAt[0]);

                int done = store.status().count(JobState.DONE);
                assertEquals(70 - done, store.status().count(JobState.PREDICTED), "every job not simulated is answered");
                assertEquals(70 - done, answered[0]);
                assertEquals(0, store.status().count(JobState.PENDING));
                assertFalse(done == 70, "the switch saved no simulation");

                // Each predicted job's stored profile lies on the bins its simulation would report and follows
                // the true profile (known here), with a spread from the ensemble.
                List<SurrogateStore.Answer> answers = s.answers();
                assertEquals(70 - done, answers.size());
                Map<Long, Map<String, Double>> points = new HashMap<>();
                for (ProfileResult r : recorded.values()) {
                    points.put(r.jobId(), r.params());
                }
                double sq = 0, scale = 0, spread = 0;
                for (SurrogateStore.Answer a : answers) {
                    Map<String, Double> p = points.get(a.jobId());
                    BinLayout l = BinLayout.of(store.spec().electrolyteRunAt(p));
                    assertTrue(java.util.Arrays.equals(l.zNm(), a.zNm()), "job " + a.jobId() + " bins");
                    double[] truth = SyntheticProfiles.truth(l, p);
                    for (int b = 0; b < l.bins(); b++) {
                        if (l.accessible(0, b)) {
                            sq += Math.pow(a.rhoPlus()[b] - truth[b], 2);
                            scale += truth[b] * truth[b];
                            spread += a.rhoPlusSd()[b];
                        }
                    }
                }
                assertTrue(Math.sqrt(sq / scale) < 0.1, "relative error of the answers " + Math.sqrt(sq / scale));
                assertTrue(spread > 0, "answers carry the ensemble's spread");

                // The answers export beside the simulated profiles, one row per predicted job and bin.
                var table = org.mdscape.engine.campaign.CampaignExport.predictions(store);
                assertEquals(answers.stream().mapToInt(a -> a.zNm().length).sum(), table.rows().size());
                Path csv = dir.resolve("sweep.csv");
                org.mdscape.engine.campaign.CampaignExport.writeCsv(table,
                        org.mdscape.engine.campaign.CampaignExport.predictionsFile(csv));
                List<String> lines = java.nio.file.Files.readAllLines(dir.resolve("sweep-predictions.csv"));
                assertEquals("job,point,replica,version,bin,z_nm,contact,rhoPlus_M,rhoPlusSd_M,rhoMinus_M,rhoMinusSd_M",
                        lines.getFirst());
                assertEquals(table.rows().size() + 1, lines.size());
            }
        }
    }
}
