package org.mdscape.engine.run;

/** What a finished Lennard-Jones run reports (serialised as result.json). */
public record RunResult(String model, LennardJonesRun run, long particles, double boxLength, long startStep,
                        long endStep, ThermoSummary thermo, Performance performance) {
}
