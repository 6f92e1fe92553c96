package org.mdscape.engine.surrogate;

import org.mdscape.engine.campaign.ProfileResult;
import org.mdscape.engine.run.ElectrolyteRun;
import org.mdscape.engine.sim.observe.DensityProfile;

/**
 * The bins of one point's density profile and where each lies relative to each species' wall contact. A
 * surrogate works on a grid of distances from the contact plane (see {@link ProfileGrid}); this maps that
 * grid onto the bins the point's own simulation uses, or would use.
 *
 * @param unitNm   reduced length unit (the smaller ion diameter), nm
 * @param binWidth regular bin width in reduced units
 * @param zNm      bin centres, nm, ordered by z (both halves; contact bins included)
 */
public record BinLayout(double hNm, double dPlusNm, double dMinusNm, double unitNm, double binWidth, double[] zNm,
                        boolean[] contact) {

    public static BinLayout of(ProfileResult r) {
        return new BinLayout(r.hNm(), r.dPlusNm(), r.dMinusNm(), r.unitNm(), r.binWidth(), r.zNm(), r.contact());
    }

    /** The bins a simulation of {@code run} reports (the same rule as its {@link DensityProfile}). */
    public static BinLayout of(ElectrolyteRun run) {
        double unit = run.system().lengthUnitNm();
        double half = run.system().hNm() / 2 / unit;
        double[] contacts = {half - run.system().dPlusNm() / unit / 2, half - run.system().dMinusNm() / unit / 2};
        DensityProfile.Layout layout = DensityProfile.layout(half, run.binWidth(), contacts);
        double[] z = layout.centres().clone();
        for (int i = 0; i < z.length; i++) {
            z[i] *= unit;
        }
        return new BinLayout(run.system().hNm(), run.system().dPlusNm(), run.system().dMinusNm(), unit, run.binWidth(), z,
                layout.contact());
    }

    public int bins() {
        return zNm.length;
    }

    /** Distance of bin {@code b}'s centre inward from species {@code s}'s contact plane, in reduced units. */
    public double fromContact(int species, int b) {
        double d = species == 0 ? dPlusNm : dMinusNm;
        return (hNm / 2 - d / 2 - Math.abs(zNm[b])) / unitNm;
    }

    /** Half-channel from the contact plane to the mid-plane, reduced units (the largest distance needed). */
    public double halfChannel(int species) {
        double d = species == 0 ? dPlusNm : dMinusNm;
        return (hNm / 2 - d / 2) / unitNm;
    }

    /**
     * Whether bin {@code b}'s centre lies where species {@code s}'s centres can be (at or inside the contact
     * plane): the bins accuracy is judged on. Bins beyond the contact hold (almost) no ions and a zero error
     * bar, so they would only flatter or punish a metric without saying anything about the physics.
     */
    public boolean accessible(int species, int b) {
        return fromContact(species, b) >= -1e-9;
    }
}
