package org.mdscape.engine.run;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.LongConsumer;
import org.mdscape.engine.sim.Checkpoint;
import org.mdscape.engine.sim.Integrator;
import org.mdscape.engine.sim.LennardJonesSetup;
import org.mdscape.engine.sim.MolecularSystem;
import org.mdscape.engine.sim.NoseHooverChain;
import org.mdscape.engine.sim.Platform;
import org.mdscape.engine.sim.SeededRandom;
import org.mdscape.engine.sim.Simulation;
import org.mdscape.engine.sim.State;
import org.mdscape.engine.sim.VelocityVerlet;
import org.mdscape.engine.sim.observe.CheckpointWriter;
import org.mdscape.engine.sim.observe.ThermoLog;
import org.mdscape.engine.sim.observe.ThermoSample;
import org.mdscape.engine.sim.observe.XyzTrajectoryWriter;

/**
 * Runs a {@link LennardJonesRun} into an output folder: {@code thermo.csv}, {@code result.json}, and
 * optionally {@code trajectory.xyz} and {@code checkpoint.bin}. With {@code resume}, continues from the
 * folder's checkpoint; the outputs then equal those of a run that never stopped.
 */
public final class LennardJonesRunner {
    public static final String RESULT_FILE = "result.json";
    public static final String THERMO_FILE = "thermo.csv";
    public static final String TRAJECTORY_FILE = "trajectory.xyz";
    public static final String CHECKPOINT_FILE = "checkpoint.bin";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private LennardJonesRunner() {
    }

    public static ObjectMapper json() {
        return JSON;
    }

    /** Builds the simulation of {@code run} at step 0 (no observers). */
    public static Simulation prepare(LennardJonesRun run, Platform platform) {
        run.validated();
        MolecularSystem system = LennardJonesSetup.system(run.fluid());
        SeededRandom random = new SeededRandom(run.seed());
        State state = LennardJonesSetup.initialState(run.fluid(), random);
        Integrator integrator = switch (run.ensemble()) {
            case NVE -> new VelocityVerlet(run.dt());
            case NVT -> new NoseHooverChain(run.dt(), run.fluid().temperature(), run.thermostatDamping(),
                    run.chainLength());
        };
        Simulation sim = new Simulation(system, state, platform, integrator, random);
        sim.setSortPeriod(platform.preferredSortPeriod(), 1.0);
        return sim;
    }

    /** The identity of a run that a checkpoint must match: every setting that changes the trajectory. */
    public static String description(LennardJonesRun run) {
        return RunDescription.of(run);
    }

    public static RunResult execute(LennardJonesRun run, Platform platform, Path outDir, boolean resume,
                                    LongConsumer progress) throws IOException {
        Files.createDirectories(outDir);
        Simulation sim = prepare(run, platform);
        ThermoLog thermo = new ThermoLog(outDir.resolve(THERMO_FILE));
        sim.addObserver(thermo, run.thermoEvery());
        if (run.trajectoryEvery() > 0) {
            sim.addObserver(new XyzTrajectoryWriter(outDir.resolve(TRAJECTORY_FILE), sim.system(), 1.0), run.trajectoryEvery());
        }
        Path checkpoint = outDir.resolve(CHECKPOINT_FILE);
        String description = description(run);
        if (run.checkpointEvery() > 0) {
            sim.addObserver(new CheckpointWriter(checkpoint, description), run.checkpointEvery());
        }
        if (resume && Files.exists(checkpoint)) {
            Checkpoint.restore(checkpoint, sim, description);
        }
        long startStep = sim.state().step;
        sim.ensureForces(); // set-up (first neighbour list) is not part of the timed loop
        long t0 = System.nanoTime();
        sim.runUntil(run.steps(), progress);
        long nanos = System.nanoTime() - t0;
        RunResult result = new RunResult("lj", run, sim.system().particleCount(), run.fluid().boxLength(),
                startStep, sim.state().step, summarize(thermo.samples(), run, sim.system().particleCount()),
                Performance.of(sim.state().step - startStep, sim.system().particleCount(), nanos,
                        platform.name(), platform.threads()));
        JSON.writeValue(outDir.resolve(RESULT_FILE).toFile(), result);
        return result;
    }

    /** Statistics over samples at or after the equilibration step. */
    public static ThermoSummary summarize(List<ThermoSample> all, LennardJonesRun run, int n) {
        List<ThermoSample> prod = all.stream().filter(s -> s.step() >= run.equilibrationSteps()).toList();
        int m = prod.size();
        double[] pe = new double[m], ke = new double[m], te = new double[m], p = new double[m], t = new double[m];
        double[] conserved = new double[m], time = new double[m];
        for (int i = 0; i < m; i++) {
            ThermoSample s = prod.get(i);
            pe[i] = s.potentialEnergy() / n;
            ke[i] = s.kineticEnergy() / n;
            te[i] = s.totalEnergy() / n;
            p[i] = s.pressure();
            t[i] = s.temperature();
            conserved[i] = s.conserved() / n;
            time[i] = s.time();
        }
        double drift = org.mdscape.engine.stats.LinearFit.of(time, conserved).slope();
        double stdE = std(conserved);
        double stdK = std(ke);
        return new ThermoSummary(Estimate.of(pe), Estimate.of(ke), Estimate.of(te), Estimate.of(p), Estimate.of(t),
                drift, stdE, stdK > 0 ? stdE / stdK : Double.NaN, m);
    }

    private static double std(double[] v) {
        if (v.length < 2) {
            return Double.NaN;
        }
        double mean = 0;
        for (double x : v) {
            mean += x;
        }
        mean /= v.length;
        double s = 0;
        for (double x : v) {
            s += (x - mean) * (x - mean);
        }
        return Math.sqrt(s / (v.length - 1));
    }
}
