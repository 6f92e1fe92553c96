package org.mdscape.engine.surrogate;

/**
 * A surrogate's answer for one point, on that point's own bins: the ensemble mean and spread (standard
 * deviation across members) of ρ+ and ρ− in mol/L. Index 0 is the cation, 1 the anion.
 */
public record ProfilePrediction(BinLayout layout, double[][] mean, double[][] spread) {

    public double[] rhoPlus() {
        return mean[0];
    }

    public double[] rhoMinus() {
        return mean[1];
    }
}
