package org.mdscape.cloud.preemption;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The models a plan uses when the user gives none.
 * <ul>
 *   <li>Legacy preemptible VMs (24 h cap): the published per-type SciSpot fits for n1-highcpu-2, -4, -8 and
 *       -16, and the published overall fit for every other type (the -32 fit is poorly identified, and no
 *       other family was measured).</li>
 *   <li>Spot VMs have no run-time cap, so the bathtub's wear-out does not apply. With a history of the
 *       user's own VMs, the censored maximum-likelihood fit with the best AIC among exponential, Weibull
 *       and bathtub is used. Without one: {@link #SPOT_CONSERVATIVE}.</li>
 * </ul>
 */
public final class DefaultModels {
    /** Where the published parameters come from. */
    public static final String PUBLISHED_SOURCE = "SciSpot bathtub, published fit to 717 preempted GCE VMs of 2019 "
            + "(Kadupitiya, Jadhao and Sharma, HPDC 2020)";

    /**
     * Memoryless with a mean of 6.18 h: the rate at which the 2019 VMs were preempted in their first hour
     * (Kaplan-Meier F(1 h) = 0.149 on the shared data with stopped VMs censored, i.e. 0.162 per hour),
     * applied at every age. The first hour is the riskiest part of a VM's life apart from the 24 h cap,
     * so this overstates preemptions for jobs of an hour or more: conservative.
     */
    public static final ExponentialModel SPOT_CONSERVATIVE = new ExponentialModel(6.18);

    private static final Map<String, BathtubModel> PUBLISHED_BY_TYPE = Map.of(
            "n1-highcpu-2", new BathtubModel(1.711, 0.754, 0.265, 24.04),
            "n1-highcpu-4", new BathtubModel(0.685, 0.680, 0.286, 24.05),
            "n1-highcpu-8", new BathtubModel(1.274, 0.582, 0.311, 24.18),
            "n1-highcpu-16", new BathtubModel(1.057, 0.784, 0.423, 24.45));

    private DefaultModels() {
    }

    public static AttributedModel preemptible(String machineType) {
        BathtubModel perType = PUBLISHED_BY_TYPE.get(machineType);
        if (perType != null) {
            return new AttributedModel(perType, PUBLISHED_SOURCE + ", fit for " + machineType);
        }
        return new AttributedModel(BathtubModel.PUBLISHED, PUBLISHED_SOURCE + ", overall fit");
    }

    public static AttributedModel spot() {
        return new AttributedModel(SPOT_CONSERVATIVE, "conservative default for Spot VMs without a run-time cap: "
                + "exponential, mean 6.18 h (the 2019 VMs' first-hour preemption rate at every age)");
    }

    /** The censored maximum-likelihood fit to the user's history with the lowest AIC. */
    public static AttributedModel spot(PreemptionHistory history) {
        record Candidate(FittedModel fit, int parameters) {
            double aic() {
                return 2 * parameters - 2 * fit.logLikelihood();
            }
        }
        List<Candidate> candidates = new ArrayList<>();
        candidates.add(new Candidate(CensoredMaximumLikelihood.fitExponential(history), 1));
        candidates.add(new Candidate(CensoredMaximumLikelihood.fitWeibull(history), 2));
        if (history.preemptedCount() >= GroupedFits.MIN_PREEMPTIONS) {
            try {
                candidates.add(new Candidate(CensoredMaximumLikelihood.fitBathtub(history), 4));
            } catch (RuntimeException e) {
                // Too few or too odd data for four parameters: the simpler families remain.
            }
        }
        FittedModel fit = candidates.stream().min(Comparator.comparingDouble(Candidate::aic)).orElseThrow().fit();
        return new AttributedModel(fit.model(), String.format(Locale.ROOT,
                "%s fitted to %s (%d preempted, %d stopped VMs; %s; lowest AIC of exponential, Weibull, bathtub)",
                fit.model().family(), history.source(), fit.preempted(), fit.censored(), fit.method()));
    }
}
