package org.mdscape.engine.surrogate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.mdscape.engine.campaign.CampaignSpec;
import org.mdscape.engine.campaign.CampaignSpecReader;
import org.mdscape.engine.campaign.CampaignStore;
import org.mdscape.engine.campaign.ProfileResult;
import org.mdscape.engine.campaign.SurrogateStore;

/**
 * Profiles with a known answer: a layered density ρ(x)/c = [1 + a e^(−x/λ) cos(2πx)] s(x) from each wall's
 * contact (x in ion diameters), a = 0.4 + c, λ = 0.3 + 0.4 d/nm, where s(x) = 1/(1 + e^(−x/0.025)) is the
 * soft wall's rise over a few hundredths of a diameter (as MD profiles rise at the contact), plus Gaussian
 * noise of a stated standard error. Placed on the real bins of each point of a real campaign, so that everything but
 * the physics is exercised.
 */
final class SyntheticProfiles {
    static final String SPEC = """
            {"name": "synthetic", "model": "electrolyte", "fixed": {"zp": 1, "zn": -1, "anions": 212, "wall": "standard"},
             "parameters": {"h": {"range": [3.0, 4.0]}, "c": {"range": [0.3, 0.9]}, "d": {"range": [0.5, 0.75]}},
             "sampling": {"method": "sobol", "points": %d, "seed": 7}, "replicas": 1,
             "simulation": {"steps": 1000, "sampleEvery": 100, "seed": 1},
             "execution": {"backend": "local", "workers": 1, "threadsPerJob": 1, "checkpointEvery": 1000}}
            """;

    private SyntheticProfiles() {
    }

    static CampaignSpec spec(int points) {
        return CampaignSpecReader.read(SPEC.formatted(points).getBytes(StandardCharsets.UTF_8));
    }

    /** A campaign file of {@code points} Sobol points (all pending). */
    static CampaignStore campaign(Path dir, int points) throws IOException {
        return CampaignStore.create(dir.resolve("synthetic.mdscape"), spec(points), SPEC.formatted(points));
    }

    static double truth(double x, double c, double dNm) {
        double a = 0.4 + c, lambda = 0.3 + 0.4 * dNm;
        double rise = 1 / (1 + Math.exp(-x / 0.025));
        return c * (1 + a * Math.exp(-Math.max(0, x) / lambda) * Math.cos(2 * Math.PI * Math.max(0, x))) * rise;
    }

    /** The true profile of a point on its layout (both species alike). */
    static double[] truth(BinLayout l, Map<String, Double> p) {
        double[] out = new double[l.bins()];
        for (int b = 0; b < l.bins(); b++) {
            out[b] = truth(l.fromContact(0, b), p.get("c"), l.dPlusNm());
        }
        return out;
    }

    /** Noisy "simulations" of every pending job of {@code store}, standard error {@code se} mol/L. */
    static List<ProfileResult> simulate(CampaignStore store, double se, long seed) throws SQLException {
        Random r = new Random(seed);
        List<ProfileResult> out = new ArrayList<>();
        for (SurrogateStore.OpenJob j : new SurrogateStore(store).openJobs()) {
            var run = store.spec().electrolyteRunAt(j.params());
            BinLayout l = BinLayout.of(run);
            double[] t = truth(l, j.params());
            int n = l.bins();
            double[] rp = new double[n], rm = new double[n], ep = new double[n], em = new double[n];
            for (int b = 0; b < n; b++) {
                boolean inside = l.fromContact(0, b) >= -0.1;
                ep[b] = em[b] = inside ? se : 0;
                rp[b] = t[b] + (inside ? se * r.nextGaussian() : 0);
                rm[b] = t[b] + (inside ? se * r.nextGaussian() : 0);
            }
            var s = run.system();
            out.add(new ProfileResult(j.jobId(), j.pointId(), j.params(), s.hNm(), s.dPlusNm(), s.dMinusNm(),
                    s.concentrationM(), s.lengthUnitNm(), run.binWidth(), l.zNm(), l.contact(), rp, ep, rm, em));
        }
        out.sort(java.util.Comparator.comparingLong(ProfileResult::jobId));
        return out;
    }
}
