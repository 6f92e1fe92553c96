package org.mdscape.engine.run;

import java.util.ArrayList;
import java.util.List;
import org.mdscape.engine.model.ConfinedElectrolyte;
import org.mdscape.engine.model.InvalidSpecException;
import org.mdscape.engine.model.SpecProblem;

/**
 * One confined-electrolyte simulation: the system, and how to integrate and sample it (NVT at
 * T = 1 k_BT by a Nose-Hoover chain, velocity Verlet).
 *
 * @param dt                      time step in tau (default 0.001)
 * @param equilibrationFraction   fraction of the steps left out of the statistics (default 0.2)
 * @param sampleEvery             period of profile and thermo samples in steps (default 100)
 * @param binWidth                profile bin width in units of the smaller ion diameter (default 0.05)
 * @param thermostatDamping       Nose-Hoover relaxation time tau_T (default 100 dt)
 * @param trajectoryEvery         frame period of the trajectories (0 = none)
 * @param checkpointEvery         checkpoint period (0 = none)
 */
public record ElectrolyteRun(ConfinedElectrolyte system, double dt, long steps, double equilibrationFraction,
                             long sampleEvery, double binWidth, int chainLength, double thermostatDamping, long seed,
                             long trajectoryEvery, long checkpointEvery) {

    public long equilibrationSteps() {
        return (long) Math.floor(steps * equilibrationFraction);
    }

    public List<SpecProblem> problems() {
        List<SpecProblem> p = new ArrayList<>(system.problems());
        if (!(dt > 0 && dt <= 0.01)) {
            p.add(new SpecProblem("dt", "time step must be in (0, 0.01] tau (got " + dt + ")"));
        }
        if (steps < 1 || steps > LennardJonesRun.MAX_STEPS) {
            p.add(new SpecProblem("steps", "must be in [1, " + LennardJonesRun.MAX_STEPS + "] (got " + steps + ")"));
        }
        if (!(equilibrationFraction >= 0 && equilibrationFraction < 1)) {
            p.add(new SpecProblem("equilibration-fraction", "must be in [0, 1) (got " + equilibrationFraction + ")"));
        }
        if (sampleEvery < 1) {
            p.add(new SpecProblem("sample-every", "must be at least 1 step (got " + sampleEvery + ")"));
        } else if (steps >= 1 && steps - equilibrationSteps() < 2 * sampleEvery) {
            p.add(new SpecProblem("steps", "production (" + (steps - equilibrationSteps()) + " steps after equilibration)"
                    + " must hold at least two samples of every " + sampleEvery + " steps"));
        }
        if (!(binWidth >= 0.001 && binWidth <= 1)) {
            p.add(new SpecProblem("bin-width", "must be in [0.001, 1] ion diameters (got " + binWidth + ")"));
        }
        if (chainLength < 1 || chainLength > 20) {
            p.add(new SpecProblem("chain-length", "must be in [1, 20] (got " + chainLength + ")"));
        }
        if (!(thermostatDamping > 0)) {
            p.add(new SpecProblem("thermostat-damping", "must be > 0 tau (got " + thermostatDamping + ")"));
        }
        if (trajectoryEvery < 0) {
            p.add(new SpecProblem("trajectory-every", "must be 0 (none) or positive (got " + trajectoryEvery + ")"));
        }
        if (checkpointEvery < 0) {
            p.add(new SpecProblem("checkpoint-every", "must be 0 (none) or positive (got " + checkpointEvery + ")"));
        }
        return p;
    }

    public ElectrolyteRun validated() {
        List<SpecProblem> p = problems();
        if (!p.isEmpty()) {
            throw new InvalidSpecException(p);
        }
        return this;
    }
}
