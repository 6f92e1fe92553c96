package org.mdscape.engine.sim.observe;

import org.mdscape.engine.sim.Simulation;

/**
 * Thermodynamics at one step, in the simulation's reduced units (k_B = 1).
 *
 * @param pressureTensor xx, yy, zz, xy, xz, yz of (sum m v_a v_b + W_ab) / V
 * @param conserved      total energy plus the thermostat's reservoir energy (constant in exact dynamics)
 */
public record ThermoSample(long step, double time, double temperature, double kineticEnergy,
                           double potentialEnergy, double totalEnergy, double conserved, double pressure,
                           double[] pressureTensor) {

    public static final String CSV_HEADER =
            "step,time,temperature,kinetic_energy,potential_energy,total_energy,conserved_energy,pressure,"
                    + "pxx,pyy,pzz,pxy,pxz,pyz";

    /** Measures the simulation now (computes energy and virial if this step did not). */
    public static ThermoSample of(Simulation sim) {
        double kinetic = sim.kineticEnergy();
        double potential = sim.potentialEnergy();
        double[] w = sim.virial();
        double[] k = sim.kineticTensor();
        double volume = sim.system().box().volume();
        double[] p = new double[6];
        for (int a = 0; a < 6; a++) {
            p[a] = (k[a] + w[a]) / volume;
        }
        double total = kinetic + potential;
        return new ThermoSample(sim.state().step, sim.time(),
                2 * kinetic / sim.system().degreesOfFreedom(), kinetic, potential, total,
                total + sim.integrator().reservoirEnergy(sim), (p[0] + p[1] + p[2]) / 3, p);
    }

    double[] toRow() {
        return new double[] {step, time, temperature, kineticEnergy, potentialEnergy, totalEnergy, conserved,
                pressure, pressureTensor[0], pressureTensor[1], pressureTensor[2], pressureTensor[3],
                pressureTensor[4], pressureTensor[5]};
    }

    static ThermoSample fromRow(double[] r) {
        return new ThermoSample((long) r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7],
                new double[] {r[8], r[9], r[10], r[11], r[12], r[13]});
    }

    String toCsv() {
        StringBuilder b = new StringBuilder();
        b.append(step);
        double[] row = toRow();
        for (int i = 1; i < row.length; i++) {
            b.append(',').append(row[i]);
        }
        return b.toString();
    }
}
