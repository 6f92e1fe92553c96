package org.mdscape.engine.sim;

/**
 * NVT by a Nose-Hoover chain (Martyna, Klein and Tuckerman 1992) integrated with the symmetric Trotter
 * splitting of Martyna, Tuckerman, Tobias and Klein (1996): a half step of the chain, a velocity Verlet
 * step, another half step of the chain. Thermostat masses Q_1 = N_f kT tau^2 and Q_k = kT tau^2, as in
 * LAMMPS's fix nvt, so that tau is the period of the thermostat's oscillation.
 */
public final class NoseHooverChain implements Integrator {
    private final double dt;
    private final double temperature;
    private final double damping;
    private final int length;
    private final double[] eta;
    private final double[] etaDot;
    private final double[] etaDotDot;
    private final double[] mass;

    /**
     * @param dt          time step
     * @param temperature target temperature (k_B = 1)
     * @param damping     relaxation time tau of the thermostat (100 dt is a common choice)
     * @param length      number of thermostats in the chain (5 in the confined-electrolyte reference code)
     */
    public NoseHooverChain(double dt, double temperature, double damping, int length) {
        if (!(dt > 0 && temperature > 0 && damping > 0) || length < 1 || length > 20) {
            throw new IllegalArgumentException("need dt, temperature, damping > 0 and chain length in [1, 20]");
        }
        this.dt = dt;
        this.temperature = temperature;
        this.damping = damping;
        this.length = length;
        eta = new double[length];
        etaDot = new double[length + 1];
        etaDotDot = new double[length];
        mass = new double[length];
    }

    @Override
    public String name() {
        return "nvt";
    }

    @Override
    public double timestep() {
        return dt;
    }

    public double temperature() {
        return temperature;
    }

    @Override
    public void step(Simulation sim) {
        halfStepChain(sim);
        sim.kick(0.5 * dt);
        sim.drift(dt);
        sim.computeForces();
        sim.kick(0.5 * dt);
        halfStepChain(sim);
    }

    private void halfStepChain(Simulation sim) {
        int dof = sim.system().degreesOfFreedom();
        double kT = temperature;
        double freq2 = 1 / (damping * damping);
        mass[0] = dof * kT / freq2;
        for (int k = 1; k < length; k++) {
            mass[k] = kT / freq2;
        }
        double twiceKinetic = 2 * sim.kineticEnergy();
        double target = dof * kT;
        etaDotDot[0] = (twiceKinetic - target) / mass[0];
        double dt2 = dt / 2, dt4 = dt / 4, dt8 = dt / 8;

        for (int k = length - 1; k > 0; k--) {
            double f = Math.exp(-dt8 * etaDot[k + 1]);
            etaDot[k] = (etaDot[k] * f + etaDotDot[k] * dt4) * f;
        }
        double f0 = Math.exp(-dt8 * etaDot[1]);
        etaDot[0] = (etaDot[0] * f0 + etaDotDot[0] * dt4) * f0;

        double scale = Math.exp(-dt2 * etaDot[0]);
        sim.scaleVelocities(scale);
        twiceKinetic *= scale * scale;
        etaDotDot[0] = (twiceKinetic - target) / mass[0];

        for (int k = 0; k < length; k++) {
            eta[k] += dt2 * etaDot[k];
        }

        etaDot[0] = (etaDot[0] * f0 + etaDotDot[0] * dt4) * f0;
        for (int k = 1; k < length; k++) {
            double f = Math.exp(-dt8 * etaDot[k + 1]);
            etaDot[k] *= f;
            etaDotDot[k] = (mass[k - 1] * etaDot[k - 1] * etaDot[k - 1] - kT) / mass[k];
            etaDot[k] = (etaDot[k] + etaDotDot[k] * dt4) * f;
        }
    }

    @Override
    public double reservoirEnergy(Simulation sim) {
        int dof = sim.system().degreesOfFreedom();
        double q0 = dof * temperature * damping * damping;
        double qk = temperature * damping * damping;
        double e = 0.5 * q0 * etaDot[0] * etaDot[0] + dof * temperature * eta[0];
        for (int k = 1; k < length; k++) {
            e += 0.5 * qk * etaDot[k] * etaDot[k] + temperature * eta[k];
        }
        return e;
    }

    @Override
    public double[] saveState() {
        double[] s = new double[3 * length];
        System.arraycopy(eta, 0, s, 0, length);
        System.arraycopy(etaDot, 0, s, length, length);
        System.arraycopy(etaDotDot, 0, s, 2 * length, length);
        return s;
    }

    @Override
    public void restoreState(double[] s) {
        if (s.length != 3 * length) {
            throw new IllegalArgumentException("Nose-Hoover chain of length " + length + " needs "
                    + 3 * length + " state values, got " + s.length);
        }
        System.arraycopy(s, 0, eta, 0, length);
        System.arraycopy(s, length, etaDot, 0, length);
        System.arraycopy(s, 2 * length, etaDotDot, 0, length);
    }
}
