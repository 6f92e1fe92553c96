package org.mdscape.engine.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.mdscape.engine.model.WallModel;

/**
 * Primitive-model electrolyte between two planar walls (after the nanoconfinement-md project): ions are
 * WCA spheres with charges z e in water (epsilon_r = 80, T = 298 K), walls at z = +-h/2, periodic in x
 * and y. Lengths here are in nm; the simulation's reduced length unit is the smaller ion diameter.
 *
 * @param hNm             wall separation h
 * @param zPlus           cation valency, 1..4
 * @param zMinus          anion valency, -1..-4
 * @param concentrationM  salt (anion) concentration c in mol/L
 * @param dPlusNm         cation diameter
 * @param dMinusNm        anion diameter
 * @param wall            wall model
 * @param bjerrumNm       Bjerrum length l_B
 * @param anionCount      requested anion count (rounded up to a multiple of z+); the lateral box follows
 *                        from c and h, unless {@code lateralBoxNm} is given
 * @param lateralBoxNm    fixed lateral box edge L in nm, or 0 to derive it from the anion count
 * @param accuracy        relative RMS force accuracy of the electrostatics
 */
public record ConfinedElectrolyte(double hNm, int zPlus, int zMinus, double concentrationM, double dPlusNm,
                                  double dMinusNm, WallModel wall, double bjerrumNm, int anionCount,
                                  double lateralBoxNm, double accuracy) {

    /** Avogadro's number times 1e-24 L/nm^3: ions per nm^3 at 1 mol/L. */
    public static final double IONS_PER_NM3_PER_MOLAR = 0.602214076;
    public static final int MAX_IONS = 20_000;
    public static final int DEFAULT_ANIONS = 212;
    public static final double DEFAULT_ACCURACY = 1e-4;

    /** l_B = e^2 / (4 pi eps0 eps_r k_B T) in nm, from the 2019 SI constants. */
    public static double bjerrumLengthNm(double relativePermittivity, double temperatureK) {
        double e = 1.602176634e-19, eps0 = 8.8541878128e-12, kB = 1.380649e-23;
        return e * e / (4 * Math.PI * eps0 * relativePermittivity * kB * temperatureK) * 1e9;
    }

    /** Water at 298 K: 0.7009 nm. */
    public static final double WATER_BJERRUM_NM = bjerrumLengthNm(80, 298);

    /** A symmetric-size electrolyte with the defaults of DESIGN.md (212 anions, standard walls, water). */
    public static ConfinedElectrolyte of(double hNm, int zPlus, int zMinus, double concentrationM, double dNm) {
        return new ConfinedElectrolyte(hNm, zPlus, zMinus, concentrationM, dNm, dNm, WallModel.STANDARD,
                WATER_BJERRUM_NM, DEFAULT_ANIONS, 0, DEFAULT_ACCURACY);
    }

    /** The reduced length unit: the smaller ion diameter, in nm. */
    public double lengthUnitNm() {
        return Math.min(dPlusNm, dMinusNm);
    }

    /** Anions actually simulated: the requested count (or the box's) rounded up to a multiple of z+. */
    public int anions() {
        int wanted = lateralBoxNm > 0
                ? (int) Math.max(1, Math.round(IONS_PER_NM3_PER_MOLAR * concentrationM * hNm * lateralBoxNm * lateralBoxNm))
                : anionCount;
        int z = Math.max(1, zPlus);
        return (wanted + z - 1) / z * z;
    }

    /** Cations: |z-| N- / z+, so that the system is neutral. */
    public int cations() {
        return Math.abs(zMinus) * anions() / Math.max(1, zPlus);
    }

    /** Lateral box edge in nm: given, or sqrt(N- / (N_A c h)). */
    public double lateralNm() {
        return lateralBoxNm > 0 ? lateralBoxNm : Math.sqrt(anions() / (IONS_PER_NM3_PER_MOLAR * concentrationM * hNm));
    }

    public List<SpecProblem> problems() {
        List<SpecProblem> p = new ArrayList<>();
        if (!(hNm > 0 && hNm <= 100)) {
            p.add(new SpecProblem("h", "wall separation h must be in (0, 100] nm (got " + LennardJonesFluid.fmt(hNm) + ")"));
        }
        if (zPlus < 1 || zPlus > 4) {
            p.add(new SpecProblem("zp", "cation valency z+ must be an integer in [1, 4] (got " + zPlus + ")"));
        }
        if (zMinus < -4 || zMinus > -1) {
            p.add(new SpecProblem("zn", "anion valency z- must be an integer in [-4, -1] (got " + zMinus + ")"));
        }
        if (!(concentrationM > 0 && concentrationM <= 5)) {
            p.add(new SpecProblem("c", "salt concentration must be in (0, 5] M (got " + LennardJonesFluid.fmt(concentrationM) + ")"));
        }
        if (!(dPlusNm >= 0.05 && dPlusNm <= 5)) {
            p.add(new SpecProblem("dp", "cation diameter must be in [0.05, 5] nm (got " + LennardJonesFluid.fmt(dPlusNm) + ")"));
        }
        if (!(dMinusNm >= 0.05 && dMinusNm <= 5)) {
            p.add(new SpecProblem("dn", "anion diameter must be in [0.05, 5] nm (got " + LennardJonesFluid.fmt(dMinusNm) + ")"));
        }
        if (!(bjerrumNm > 0 && bjerrumNm <= 50)) {
            p.add(new SpecProblem("bjerrum-nm", "Bjerrum length must be in (0, 50] nm (got " + LennardJonesFluid.fmt(bjerrumNm) + ")"));
        }
        if (!(accuracy >= 1e-7 && accuracy <= 1e-2)) {
            p.add(new SpecProblem("accuracy", "electrostatics accuracy must be in [1e-7, 1e-2] (got " + accuracy + ")"));
        }
        if (lateralBoxNm < 0 || Double.isNaN(lateralBoxNm)) {
            p.add(new SpecProblem("box-nm", "lateral box must be positive, or 0 to derive it from the anion count"));
        }
        if (lateralBoxNm == 0 && (anionCount < 1 || anionCount > MAX_IONS)) {
            p.add(new SpecProblem("anions", "anion count must be in [1, " + MAX_IONS + "] (got " + anionCount + ")"));
        }
        if (!p.isEmpty()) {
            return p;
        }
        double dMax = Math.max(dPlusNm, dMinusNm);
        if (hNm <= dMax) {
            p.add(new SpecProblem("h", String.format(Locale.ROOT,
                    "wall separation h = %s nm must exceed the largest ion diameter, %s nm, or no ion fits between the walls",
                    LennardJonesFluid.fmt(hNm), LennardJonesFluid.fmt(dMax))));
            return p;
        }
        int total = anions() + cations();
        if (total > MAX_IONS) {
            p.add(new SpecProblem("anions", String.format(Locale.ROOT,
                    "%d ions (%d cations + %d anions) is more than the %d this engine simulates", total, cations(),
                    anions(), MAX_IONS)));
        }
        // The pair cutoffs must fit in half the box under the minimum-image convention: WCA reaches
        // 2^(1/6) d_max, and the Ewald real-space sum needs room for a few diameters.
        double needNm = Math.max(2 * Math.pow(2, 1.0 / 6) * dMax, 6 * lengthUnitNm());
        if (lateralNm() < needNm) {
            p.add(new SpecProblem(lateralBoxNm > 0 ? "box-nm" : "anions", String.format(Locale.ROOT,
                    "lateral box %.3g nm is too small for the minimum-image convention (needs at least %.3g nm:"
                            + " use more ions, a lower concentration or a wider box)", lateralNm(), needNm)));
        }
        // Ions must not overfill the accessible slab (packing fraction of the ions in it).
        double accessible = lateralNm() * lateralNm() * (hNm - Math.min(dPlusNm, dMinusNm));
        double ionVolume = Math.PI / 6 * (cations() * Math.pow(dPlusNm, 3) + anions() * Math.pow(dMinusNm, 3));
        if (ionVolume / accessible > 0.45) {
            p.add(new SpecProblem("c", String.format(Locale.ROOT,
                    "ions would fill %.0f%% of the space between the walls; at most 45%% can be simulated as a fluid"
                            + " (lower c or the ion diameters)", 100 * ionVolume / accessible)));
        }
        return p;
    }

    public ConfinedElectrolyte validated() {
        List<SpecProblem> p = problems();
        if (!p.isEmpty()) {
            throw new InvalidSpecException(p);
        }
        return this;
    }
}
