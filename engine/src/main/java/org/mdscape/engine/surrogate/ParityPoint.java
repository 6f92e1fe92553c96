package org.mdscape.engine.surrogate;

import java.util.ArrayList;
import java.util.List;
import org.mdscape.engine.campaign.ProfileResult;

/**
 * One bin of a held-out simulation against the surrogate's prediction for it: what a parity plot shows
 * (simulated on one axis with its error bar, predicted on the other with the ensemble's spread).
 *
 * @param species 0 cation, 1 anion
 */
public record ParityPoint(long jobId, int species, double zNm, double simulated, double error, double predicted,
                          double spread) {

    /** The judged bins (those an ion's centre can reach) of {@code results}, predicted by {@code e}. */
    public static List<ParityPoint> of(SurrogateEnsemble e, List<ProfileResult> results) {
        List<ProfilePrediction> p = e.predictResults(results);
        List<ParityPoint> out = new ArrayList<>();
        for (int i = 0; i < results.size(); i++) {
            ProfileResult r = results.get(i);
            BinLayout l = p.get(i).layout();
            for (int s = 0; s < 2; s++) {
                for (int b = 0; b < r.bins(); b++) {
                    if (l.accessible(s, b)) {
                        out.add(new ParityPoint(r.jobId(), s, r.zNm()[b], r.rho(s, b), r.err(s, b), p.get(i).mean()[s][b],
                                p.get(i).spread()[s][b]));
                    }
                }
            }
        }
        return out;
    }
}
