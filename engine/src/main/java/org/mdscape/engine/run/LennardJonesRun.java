package org.mdscape.engine.run;

import java.util.ArrayList;
import java.util.List;
import org.mdscape.engine.model.InvalidSpecException;
import org.mdscape.engine.model.LennardJonesFluid;
import org.mdscape.engine.model.SpecProblem;

/**
 * One Lennard-Jones simulation: the fluid, how long and how to integrate it, and how often to write.
 *
 * @param equilibrationSteps  steps discarded before statistics (production = the rest)
 * @param thermostatDamping   Nose-Hoover relaxation time tau (NVT only)
 * @param thermoEvery         sampling period of thermodynamics
 * @param trajectoryEvery     frame period of the trajectory, 0 for none
 * @param checkpointEvery     checkpoint period, 0 for none
 */
public record LennardJonesRun(LennardJonesFluid fluid, double dt, long steps, long equilibrationSteps,
                              Ensemble ensemble, double thermostatDamping, int chainLength, long seed,
                              long thermoEvery, long trajectoryEvery, long checkpointEvery) {

    public static final long MAX_STEPS = 1_000_000_000_000L;

    public List<SpecProblem> problems() {
        List<SpecProblem> problems = new ArrayList<>(fluid.problems());
        if (!(dt > 0 && dt <= 0.05)) {
            problems.add(new SpecProblem("dt", "time step must be in (0, 0.05] tau (got " + dt + ")"));
        }
        if (steps < 1 || steps > MAX_STEPS) {
            problems.add(new SpecProblem("steps", "must be in [1, " + MAX_STEPS + "] (got " + steps + ")"));
        } else if (equilibrationSteps < 0 || equilibrationSteps >= steps) {
            problems.add(new SpecProblem("equilibrate", "equilibration steps must be in [0, steps) = [0, " + steps
                    + ") (got " + equilibrationSteps + ")"));
        }
        if (ensemble == Ensemble.NVT && !(thermostatDamping > 0)) {
            problems.add(new SpecProblem("thermostat-damping", "must be > 0 tau (got " + thermostatDamping + ")"));
        }
        if (chainLength < 1 || chainLength > 20) {
            problems.add(new SpecProblem("chain-length", "must be in [1, 20] (got " + chainLength + ")"));
        }
        if (thermoEvery < 1) {
            problems.add(new SpecProblem("thermo-every", "must be at least 1 step (got " + thermoEvery + ")"));
        }
        if (trajectoryEvery < 0) {
            problems.add(new SpecProblem("trajectory-every", "must be 0 (none) or a positive step count (got "
                    + trajectoryEvery + ")"));
        }
        if (checkpointEvery < 0) {
            problems.add(new SpecProblem("checkpoint-every", "must be 0 (none) or a positive step count (got "
                    + checkpointEvery + ")"));
        }
        return problems;
    }

    public LennardJonesRun validated() {
        List<SpecProblem> problems = problems();
        if (!problems.isEmpty()) {
            throw new InvalidSpecException(problems);
        }
        return this;
    }
}
