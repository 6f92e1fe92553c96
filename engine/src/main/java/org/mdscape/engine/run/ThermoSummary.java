package org.mdscape.engine.run;

/**
 * Production statistics of a run's thermodynamics.
 *
 * @param totalEnergyDrift        slope of the conserved energy over time, per particle per tau
 *                                (total energy for NVE; including the thermostat reservoir for NVT)
 * @param totalEnergyStdPerParticle standard deviation of the conserved energy, per particle
 * @param totalToKineticFluctuation std(conserved energy) / std(kinetic energy): small when energy is conserved
 */
public record ThermoSummary(Estimate potentialEnergyPerParticle, Estimate kineticEnergyPerParticle,
                            Estimate totalEnergyPerParticle, Estimate pressure, Estimate temperature,
                            double totalEnergyDrift, double totalEnergyStdPerParticle,
                            double totalToKineticFluctuation, int samples) {
}
