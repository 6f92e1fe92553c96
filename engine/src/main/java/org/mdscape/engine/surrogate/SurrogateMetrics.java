package org.mdscape.engine.surrogate;

import java.util.List;
import org.mdscape.engine.campaign.ProfileResult;

/**
 * How well predictions match held-out simulations, judged bin by bin over the bins an ion's centre can
 * reach ({@link BinLayout#accessible}), both species, both halves of the channel.
 *
 * @param accuracy        the group's metric: fraction of bins whose prediction lies within the MD error bar of
 *                        that bin, the error bar being the bin mean's 95% confidence interval (t quantile with
 *                        blocks − 1 degrees of freedom times the block-average standard error; ±2.09 SE for 20 blocks)
 * @param accuracy1se     the same within one standard error
 * @param rmse            root-mean-square error of the predicted densities, mol/L
 * @param calibration     fraction of bins whose MD value lies within ±2σ of the prediction, σ combining the
 *                        ensemble spread and the MD error bar (≈ 0.95 for a calibrated ensemble)
 * @param noiseCeiling    the accuracy a perfect predictor of the true mean would expect: a simulated bin lies
 *                        outside its own 95% interval 5% of the time, so {@code accuracy} cannot exceed 0.95 on
 *                        held-out points in expectation (and {@code accuracy1se} not 0.683)
 * @param bins            bins judged
 * @param points          points judged
 */
public record SurrogateMetrics(double accuracy, double accuracy1se, double rmse, double calibration, double noiseCeiling,
                               long bins, int points) {

    /** Confidence level of the MD error bar. */
    public static final double CONFIDENCE = 0.95;

    /** Half-width of the MD error bar in standard errors: Student's t for the profile's block count. */
    public static final double ERROR_BAR_SE = new org.hipparchus.distribution.continuous.TDistribution(
            org.mdscape.engine.run.ElectrolyteRunner.PROFILE_BLOCKS - 1).inverseCumulativeProbability(0.5 + CONFIDENCE / 2);

    public static SurrogateMetrics of(List<ProfileResult> truth, List<ProfilePrediction> predicted) {
        if (truth.size() != predicted.size()) {
            throw new IllegalArgumentException(truth.size() + " results but " + predicted.size() + " predictions");
        }
        long n = 0, within = 0, within1 = 0, calibrated = 0;
        double sq = 0;
        for (int i = 0; i < truth.size(); i++) {
            ProfileResult r = truth.get(i);
            ProfilePrediction p = predicted.get(i);
            BinLayout l = p.layout();
            for (int s = 0; s < 2; s++) {
                for (int b = 0; b < r.bins(); b++) {
                    if (!l.accessible(s, b)) {
                        continue;
                    }
                    double err = r.err(s, b);
                    if (!Double.isFinite(err)) {
                        continue;
                    }
                    double diff = Math.abs(p.mean()[s][b] - r.rho(s, b));
                    double sigma = Math.hypot(p.spread()[s][b], err);
                    n++;
                    sq += diff * diff;
                    within += diff <= ERROR_BAR_SE * err ? 1 : 0;
                    within1 += diff <= err ? 1 : 0;
                    calibrated += diff <= 2 * sigma ? 1 : 0;
                }
            }
        }
        if (n == 0) {
            return new SurrogateMetrics(Double.NaN, Double.NaN, Double.NaN, Double.NaN, CONFIDENCE, 0, truth.size());
        }
        return new SurrogateMetrics((double) within / n, (double) within1 / n, Math.sqrt(sq / n), (double) calibrated / n,
                CONFIDENCE, n, truth.size());
    }
}
