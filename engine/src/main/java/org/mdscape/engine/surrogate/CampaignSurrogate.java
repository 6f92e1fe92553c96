package org.mdscape.engine.surrogate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntConsumer;
import org.mdscape.engine.campaign.CampaignStore;
import org.mdscape.engine.campaign.ProfileResult;
import org.mdscape.engine.campaign.SurrogateStore;
import org.mdscape.engine.campaign.SurrogateStore.SurrogateVersion;

/**
 * The surrogate of one campaign: trains a version on the simulations that have landed, judges it on the
 * held-out ones, stores it in the campaign file (weights in NAME.mdscape-data/surrogate/), and answers
 * points with the latest version.
 *
 * <p>Which simulated points are held out is fixed per job (a hash of the job id puts about one in five
 * aside), so a point never moves between the training and the test set as results land, and successive
 * versions' metrics form one learning curve.
 */
public final class CampaignSurrogate {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One job in this many is held out for testing. */
    public static final int HOLD_OUT_EVERY = 5;

    private final CampaignStore campaign;
    private final SurrogateStore store;

    public CampaignSurrogate(CampaignStore campaign) {
        this.campaign = campaign;
        this.store = new SurrogateStore(campaign);
    }

    public SurrogateStore store() {
        return store;
    }

    public DesignSpace space() {
        return DesignSpace.of(campaign.spec());
    }

    /** Whether job {@code jobId}'s result is held out for testing (stable for the campaign's life). */
    public static boolean heldOut(long jobId) {
        long h = jobId * 0x9E3779B97F4A7C15L;
        h ^= h >>> 29;
        h *= 0xBF58476D1CE4E5B9L;
        h ^= h >>> 32;
        return Math.floorMod(h, HOLD_OUT_EVERY) == 0;
    }

    /** A stored version with what it was judged on. */
    public record Trained(SurrogateVersion version, SurrogateMetrics metrics) {
    }

    /**
     * Trains and stores a new version on every simulated point not held out.
     *
     * @throws IllegalStateException if fewer than 2 training points have landed
     */
    public Trained train(SurrogateConfig config, IntConsumer membersDone) throws SQLException, IOException {
        List<ProfileResult> all = campaign.profileResults();
        List<ProfileResult> train = new ArrayList<>(), test = new ArrayList<>();
        for (ProfileResult r : all) {
            (heldOut(r.jobId()) ? test : train).add(r);
        }
        if (train.size() < 2) {
            throw new IllegalStateException("the surrogate needs at least 2 simulated points to train on (this campaign has "
                    + train.size() + " outside its held-out set)");
        }
        long t0 = System.nanoTime();
        try (SurrogateEnsemble e = SurrogateEnsemble.train(train, space(), config, membersDone)) {
            double seconds = (System.nanoTime() - t0) / 1e9;
            SurrogateMetrics m = test.isEmpty() ? SurrogateMetrics.of(List.of(), List.of())
                    : SurrogateMetrics.of(test, e.predictResults(test));
            int next = store.versions().size() + 1;
            String weights = "surrogate/version-" + next + "-" + Long.toHexString(System.nanoTime()) + ".bin";
            e.save(CampaignStore.dataDir(campaign.file()).resolve(weights));
            long id = store.addVersion(new SurrogateStore.NewVersion(train.size(), test.size(), m.accuracy(), m.accuracy1se(),
                    m.rmse(), m.calibration(), seconds, json(config), weights),
                    train.stream().map(ProfileResult::jobId).toList(), test.stream().map(ProfileResult::jobId).toList());
            SurrogateVersion v = store.versions().stream().filter(x -> x.id() == id).findFirst().orElseThrow();
            return new Trained(v, m);
        }
    }

    private static String json(SurrogateConfig c) {
        try {
            return JSON.writeValueAsString(c);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The latest version's ensemble, or empty when none has been trained. Close it. */
    public Optional<SurrogateEnsemble> latestEnsemble(int threads) throws SQLException, IOException {
        Optional<SurrogateVersion> v = store.latest();
        if (v.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(load(v.get(), threads));
    }

    public SurrogateEnsemble load(SurrogateVersion v, int threads) throws IOException {
        Path file = CampaignStore.dataDir(campaign.file()).resolve(v.weightsFile());
        return SurrogateEnsemble.load(file, threads);
    }

    /**
     * Predictions at arbitrary points of the design space, each on the bins a simulation of that point would
     * report.
     *
     * @throws IllegalArgumentException if a point lies outside the swept ranges (the surrogate never
     *                                  extrapolates silently)
     */
    public List<ProfilePrediction> predict(SurrogateEnsemble e, List<Map<String, Double>> points) {
        List<BinLayout> layouts = new ArrayList<>();
        double[] c = new double[points.size()];
        for (int i = 0; i < points.size(); i++) {
            Map<String, Double> p = points.get(i);
            if (!e.space().contains(p)) {
                throw new IllegalArgumentException("point " + p + " lies outside the range the surrogate was trained on ("
                        + e.space().describe() + ")");
            }
            var run = campaign.spec().electrolyteRunAt(p);
            layouts.add(BinLayout.of(run));
            c[i] = run.system().concentrationM();
        }
        return e.predict(points, layouts, c);
    }
}
