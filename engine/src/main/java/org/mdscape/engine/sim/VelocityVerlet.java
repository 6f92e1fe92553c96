package org.mdscape.engine.sim;

/** Velocity Verlet: the time-reversible, symplectic NVE integrator. */
public final class VelocityVerlet implements Integrator {
    private final double dt;

    public VelocityVerlet(double dt) {
        if (!(dt > 0)) {
            throw new IllegalArgumentException("time step must be positive");
        }
        this.dt = dt;
    }

    @Override
    public String name() {
        return "nve";
    }

    @Override
    public double timestep() {
        return dt;
    }

    @Override
    public void step(Simulation sim) {
        sim.kick(0.5 * dt);
        sim.drift(dt);
        sim.computeForces();
        sim.kick(0.5 * dt);
    }

    @Override
    public double[] saveState() {
        return new double[0];
    }

    @Override
    public void restoreState(double[] state) {
        if (state.length != 0) {
            throw new IllegalArgumentException("velocity Verlet carries no state");
        }
    }
}
