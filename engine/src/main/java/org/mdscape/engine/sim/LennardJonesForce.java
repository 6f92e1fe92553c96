package org.mdscape.engine.sim;

/**
 * Lennard-Jones 12-6 pair interaction between all particles, cut at {@code cutoff}.
 *
 * <p>u(r) = 4 epsilon [(sigma/r)^12 - (sigma/r)^6] for r &lt; r_c, optionally minus u(r_c) ("shift"),
 * and optionally with the analytic tail corrections for a homogeneous fluid beyond r_c.
 */
public record LennardJonesForce(double epsilon, double sigma, double cutoff, boolean shift, boolean tailCorrection)
        implements Force {

    public LennardJonesForce {
        if (!(epsilon > 0 && sigma > 0 && cutoff > 0)) {
            throw new IllegalArgumentException("epsilon, sigma and cutoff must be positive");
        }
    }

    /** Pair energy at separation r (no shift), for the shift constant and for tests. */
    public double pairEnergy(double r) {
        double sr6 = Math.pow(sigma / r, 6);
        return 4 * epsilon * (sr6 * sr6 - sr6);
    }

    /** Constant subtracted from every pair inside the cutoff: u(r_c) with shift, else 0. */
    public double energyShift() {
        return shift ? pairEnergy(cutoff) : 0.0;
    }

    /**
     * Tail energy of the whole system, N (8/3) pi rho eps sigma^3 [ (1/3)(sigma/rc)^9 - (sigma/rc)^3 ]
     * (assumes g(r) = 1 beyond the cutoff), or 0 without tail corrections.
     */
    public double tailEnergy(int n, double volume) {
        if (!tailCorrection) {
            return 0;
        }
        double rho = n / volume;
        double src3 = Math.pow(sigma / cutoff, 3);
        return n * (8.0 / 3.0) * Math.PI * rho * epsilon * Math.pow(sigma, 3) * (src3 * src3 * src3 / 3.0 - src3);
    }

    /**
     * Tail contribution to the trace of the virial, sum r.f = 3 V P_tail with
     * P_tail = (16/3) pi rho^2 eps sigma^3 [ (2/3)(sigma/rc)^9 - (sigma/rc)^3 ].
     */
    public double tailVirial(int n, double volume) {
        if (!tailCorrection) {
            return 0;
        }
        double rho = n / volume;
        double src3 = Math.pow(sigma / cutoff, 3);
        double pressure = (16.0 / 3.0) * Math.PI * rho * rho * epsilon * Math.pow(sigma, 3)
                * (2.0 / 3.0 * src3 * src3 * src3 - src3);
        return 3 * volume * pressure;
    }
}
