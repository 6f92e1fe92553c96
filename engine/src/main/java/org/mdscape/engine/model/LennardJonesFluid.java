package org.mdscape.engine.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Bulk periodic Lennard-Jones fluid in reduced units (sigma = epsilon = mass = k_B = 1).
 *
 * <p>Particles start on an fcc lattice filling a cubic box at the given density; when N is not
 * 4K^3 the first N sites of the smallest lattice that holds them are used.
 *
 * @param particleCount   number of particles N
 * @param density         number density rho*
 * @param temperature     initial (NVE) or target (NVT) temperature T*
 * @param cutoff          pair cutoff r_c in sigma
 * @param shift           shift the pair energy to zero at r_c (forces are unchanged)
 * @param tailCorrection  add the analytic long-range energy and pressure corrections beyond r_c
 */
public record LennardJonesFluid(int particleCount, double density, double temperature, double cutoff,
                                boolean shift, boolean tailCorrection) {

    /** Largest system the engine accepts; beyond this a desktop run is not sensible. */
    public static final int MAX_PARTICLES = 10_000_000;

    /** A system of 4 K^3 particles (K fcc unit cells per side), as LAMMPS's "lattice fcc" + "region box block 0 K". */
    public static LennardJonesFluid ofFccCells(int cellsPerSide, double density, double temperature, double cutoff,
                                               boolean shift, boolean tailCorrection) {
        if (cellsPerSide < 1 || cellsPerSide > 135) {
            throw new InvalidSpecException(List.of(new SpecProblem("cells",
                    "must be an integer in [1, 135] (got " + cellsPerSide + ")")));
        }
        return new LennardJonesFluid(4 * cellsPerSide * cellsPerSide * cellsPerSide, density, temperature, cutoff,
                shift, tailCorrection);
    }

    /** Edge of the cubic box, (N / rho)^(1/3). */
    public double boxLength() {
        return Math.cbrt(particleCount / density);
    }

    /** Every problem with this spec; empty when it can be simulated. */
    public List<SpecProblem> problems() {
        List<SpecProblem> problems = new ArrayList<>();
        if (particleCount < 2 || particleCount > MAX_PARTICLES) {
            problems.add(new SpecProblem("n", "particle count must be in [2, " + MAX_PARTICLES + "] (got " + particleCount + ")"));
        }
        if (!(density > 0 && density <= 1.5)) {
            problems.add(new SpecProblem("density", "reduced density must be in (0, 1.5] (got " + fmt(density) + ")"));
        }
        if (!(temperature > 0 && temperature <= 100)) {
            problems.add(new SpecProblem("temperature", "reduced temperature must be in (0, 100] (got " + fmt(temperature) + ")"));
        }
        if (!(cutoff >= 1.0)) {
            problems.add(new SpecProblem("cutoff", "cutoff must be at least 1 sigma (got " + fmt(cutoff) + ")"));
        } else if (problems.isEmpty() && cutoff > boxLength() / 2) {
            problems.add(new SpecProblem("cutoff", String.format(Locale.ROOT,
                    "cutoff must be at most half the box length, %.4g sigma, for N = %d at density %s (got %s)",
                    boxLength() / 2, particleCount, fmt(density), fmt(cutoff))));
        }
        return problems;
    }

    /** Throws {@link InvalidSpecException} listing every problem, or returns this spec. */
    public LennardJonesFluid validated() {
        List<SpecProblem> problems = problems();
        if (!problems.isEmpty()) {
            throw new InvalidSpecException(problems);
        }
        return this;
    }

    static String fmt(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.6g", v).replaceAll("\\.?0+$", "") : Double.toString(v);
    }
}
