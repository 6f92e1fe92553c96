package org.mdscape.cloud.preemption;

/**
 * A model fitted to a history, with how it was fitted and how well.
 *
 * @param method        "least squares to the ECDF of preempted VMs" or "maximum likelihood, stopped VMs censored"
 * @param logLikelihood the censored log-likelihood of the whole history under the model (comparable across methods)
 * @param rSquared      R^2 against the ECDF of preempted VMs (the authors' measure); NaN where not computed
 */
public record FittedModel(PreemptionModel model, String method, int preempted, int censored, double logLikelihood,
        double rSquared) {
}
