package org.mdscape.engine.sim;

/** Advances a simulation by one time step, leaving the forces current for the new positions. */
public interface Integrator {
    String name();

    double timestep();

    void step(Simulation sim);

    /** Everything the integrator carries between steps (thermostat variables), for checkpoints. */
    double[] saveState();

    void restoreState(double[] state);

    /** Energy stored in thermostat variables; added to the total energy to give the conserved quantity. */
    default double reservoirEnergy(Simulation sim) {
        return 0;
    }
}
