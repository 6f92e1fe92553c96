package org.mdscape.engine.campaign;

import java.util.Map;

/**
 * One finished electrolyte job's density profile with what is needed to place it: the point's parameters,
 * the channel width and ion diameters it ran with, and the bins exactly as stored (both halves of the
 * channel, regular bins and the extra contact bins). Densities and their standard errors in mol/L.
 *
 * @param unitNm   the reduced length unit of the run (the smaller ion diameter), nm
 * @param binWidth the regular bins' width in reduced units
 */
public record ProfileResult(long jobId, long pointId, Map<String, Double> params, double hNm, double dPlusNm,
                            double dMinusNm, double concentrationM, double unitNm, double binWidth, double[] zNm,
                            boolean[] contact, double[] rhoPlus, double[] rhoPlusErr, double[] rhoMinus,
                            double[] rhoMinusErr) {

    public int bins() {
        return zNm.length;
    }

    /** Density of species 0 (cations) or 1 (anions) in bin {@code b}. */
    public double rho(int species, int b) {
        return species == 0 ? rhoPlus[b] : rhoMinus[b];
    }

    public double err(int species, int b) {
        return species == 0 ? rhoPlusErr[b] : rhoMinusErr[b];
    }

    public double diameterNm(int species) {
        return species == 0 ? dPlusNm : dMinusNm;
    }
}
