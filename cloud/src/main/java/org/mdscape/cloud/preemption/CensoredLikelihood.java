package org.mdscape.cloud.preemption;

/**
 * log L = sum over preempted VMs of log f(t_i) + sum over stopped VMs of log S(c_j): a stopped VM tells only
 * that its lifetime exceeded c_j. Minus infinity when a preempted VM lies outside the support or a stopped
 * one outlived it.
 */
final class CensoredLikelihood {
    private CensoredLikelihood() {
    }

    static double of(PreemptionModel model, double[] preempted, double[] censored) {
        double sum = 0;
        for (double t : preempted) {
            double f = model.density(t);
            if (!(f > 0)) {
                return Double.NEGATIVE_INFINITY;
            }
            sum += Math.log(f);
        }
        for (double c : censored) {
            double s = model.survival(c);
            if (!(s > 0)) {
                return Double.NEGATIVE_INFINITY;
            }
            sum += Math.log(s);
        }
        return sum;
    }
}
