package org.mdscape.engine.run;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.LongConsumer;
import org.mdscape.engine.model.ConfinedElectrolyte;
import org.mdscape.engine.sim.Checkpoint;
import org.mdscape.engine.sim.ElectrolyteSetup;
import org.mdscape.engine.sim.MolecularSystem;
import org.mdscape.engine.sim.NoseHooverChain;
import org.mdscape.engine.sim.Platform;
import org.mdscape.engine.sim.SeededRandom;
import org.mdscape.engine.sim.Simulation;
import org.mdscape.engine.sim.State;
import org.mdscape.engine.sim.observe.CheckpointWriter;
import org.mdscape.engine.sim.observe.DensityProfile;
import org.mdscape.engine.sim.observe.LammpsDumpWriter;
import org.mdscape.engine.sim.observe.ThermoLog;
import org.mdscape.engine.sim.observe.ThermoSample;
import org.mdscape.engine.sim.observe.XyzTrajectoryWriter;

/**
 * Runs an {@link ElectrolyteRun} into a folder: {@code result.json}, {@code profile.csv},
 * {@code thermo.csv}, {@code checkpoint.bin}, and with a trajectory period {@code trajectory.xyz} and
 * {@code trajectory.lammpstrj} (both in nm). With {@code resume}, continues from the folder's checkpoint
 * and produces the same files as a run that never stopped.
 */
public final class ElectrolyteRunner {
    public static final String PROFILE_FILE = "profile.csv";
    public static final String DUMP_FILE = "trajectory.lammpstrj";
    /** Blocks for the profile's standard errors. */
    /** Blocks the production run is cut into for error bars (the error bar has this many minus one degrees of freedom). */
    public static final int PROFILE_BLOCKS = 20;

    private ElectrolyteRunner() {
    }

    /** The simulation of {@code run} at step 0, without observers. */
    public static Simulation prepare(ElectrolyteRun run, Platform platform) {
        run.validated();
        MolecularSystem system = ElectrolyteSetup.system(run.system());
        SeededRandom random = new SeededRandom(run.seed());
        State state = ElectrolyteSetup.initialState(system, random);
        Simulation sim = new Simulation(system, state, platform,
                new NoseHooverChain(run.dt(), 1.0, run.thermostatDamping(), run.chainLength()), random);
        sim.setSortPeriod(platform.preferredSortPeriod(), 1.0);
        return sim;
    }

    public static String description(ElectrolyteRun run) {
        return RunDescription.of(run);
    }

    /** Contact positions |z| = h/2 - d_i/2 of both species, in reduced units. */
    static double[] contactPositions(MolecularSystem system) {
        double half = system.box().lz() / 2;
        return system.species().stream().mapToDouble(s -> half - s.diameter() / 2).toArray();
    }

    public static ElectrolyteResult execute(ElectrolyteRun run, Platform platform, Path outDir, boolean resume,
                                            LongConsumer progress) throws IOException {
        Files.createDirectories(outDir);
        Simulation sim = prepare(run, platform);
        MolecularSystem system = sim.system();
        double unitNm = run.system().lengthUnitNm();
        ThermoLog thermo = new ThermoLog(outDir.resolve(LennardJonesRunner.THERMO_FILE));
        sim.addObserver(thermo, run.sampleEvery());
        long production = run.steps() - run.equilibrationSteps();
        DensityProfile profile = new DensityProfile(system, run.equilibrationSteps(), run.binWidth(),
                contactPositions(system), production / run.sampleEvery() + 1, PROFILE_BLOCKS);
        sim.addObserver(profile, run.sampleEvery());
        if (run.trajectoryEvery() > 0) {
            sim.addObserver(new XyzTrajectoryWriter(outDir.resolve(LennardJonesRunner.TRAJECTORY_FILE), system, unitNm),
                    run.trajectoryEvery());
            sim.addObserver(new LammpsDumpWriter(outDir.resolve(DUMP_FILE), system, unitNm), run.trajectoryEvery());
        }
        Path checkpoint = outDir.resolve(LennardJonesRunner.CHECKPOINT_FILE);
        String description = description(run);
        if (run.checkpointEvery() > 0) {
            sim.addObserver(new CheckpointWriter(checkpoint, description), run.checkpointEvery());
        }
        if (resume && Files.exists(checkpoint)) {
            Checkpoint.restore(checkpoint, sim, description);
        }
        long startStep = sim.state().step;
        sim.ensureForces();
        long t0 = System.nanoTime();
        sim.runUntil(run.steps(), progress);
        long nanos = System.nanoTime() - t0;

        ElectrolyteResult result = summarize(run, system, profile.result(), thermo.samples(), startStep,
                sim.state().step, Performance.of(sim.state().step - startStep, system.particleCount(), nanos,
                        platform.name(), platform.threads()), electrostatics(sim));
        LennardJonesRunner.json().writeValue(outDir.resolve(LennardJonesRunner.RESULT_FILE).toFile(), result);
        writeProfileCsv(outDir.resolve(PROFILE_FILE), result.profile());
        return result;
    }

    static String electrostatics(Simulation sim) {
        String details = sim.kernelDescription();
        return "Ewald with Yeh-Berkowitz slab correction (z period " + ElectrolyteSetup.SLAB_FACTOR + " h) on the "
                + sim.platform().name() + " platform" + (details.isEmpty() ? "" : ": " + details);
    }

    static ElectrolyteResult summarize(ElectrolyteRun run, MolecularSystem system, DensityProfile.Result p,
                                       List<ThermoSample> samples, long startStep, long endStep,
                                       Performance performance, String electrostatics) {
        ConfinedElectrolyte spec = run.system();
        double unitNm = spec.lengthUnitNm();
        // Particles per d^3 to mol/L.
        double toMolar = 1 / (unitNm * unitNm * unitNm) / ConfinedElectrolyte.IONS_PER_NM3_PER_MOLAR;
        int bins = p.z().length;
        double[] z = new double[bins];
        double[][] rho = new double[2][bins], err = new double[2][bins];
        for (int b = 0; b < bins; b++) {
            z[b] = p.z()[b] * unitNm;
            for (int sp = 0; sp < 2; sp++) {
                rho[sp][b] = p.density()[sp][b] * toMolar;
                err[sp][b] = p.stderr()[sp][b] * toMolar;
            }
        }
        double[] contactZ = contactPositions(system);
        double[] contact = new double[2], peak = new double[2], centre = new double[2];
        for (int sp = 0; sp < 2; sp++) {
            double sum = 0;
            int count = 0, centreCount = 0;
            peak[sp] = 0;
            for (int b = 0; b < bins; b++) {
                if (p.contact()[b]) {
                    if (Math.abs(Math.abs(p.z()[b]) - contactZ[sp]) < 1e-12) {
                        sum += rho[sp][b];
                        count++;
                    }
                } else {
                    peak[sp] = Math.max(peak[sp], rho[sp][b]);
                    if (Math.abs(z[b]) < 0.1) {
                        centre[sp] += rho[sp][b];
                        centreCount++;
                    }
                }
            }
            contact[sp] = count > 0 ? sum / count : Double.NaN;
            centre[sp] = centreCount > 0 ? centre[sp] / centreCount : Double.NaN;
        }
        int n = system.particleCount();
        List<ThermoSample> prod = samples.stream().filter(s -> s.step() >= run.equilibrationSteps()).toList();
        double[] t = prod.stream().mapToDouble(ThermoSample::temperature).toArray();
        double[] pe = prod.stream().mapToDouble(s -> s.potentialEnergy() / n).toArray();
        double[] ke = prod.stream().mapToDouble(s -> s.kineticEnergy() / n).toArray();
        double[] time = prod.stream().mapToDouble(ThermoSample::time).toArray();
        double[] conserved = prod.stream().mapToDouble(s -> s.conserved() / n).toArray();
        int[] counts = system.countBySpecies();
        return new ElectrolyteResult("electrolyte", run, new ElectrolyteResult.Ions(counts[0], counts[1]),
                new ElectrolyteResult.BoxSize(spec.lateralNm(), spec.hNm(), unitNm),
                new ElectrolyteResult.Profile(z, p.contact(), rho[0], err[0], rho[1], err[1], p.samples()),
                new ElectrolyteResult.Scalars(contact[0], contact[1], peak[0], peak[1], centre[0], centre[1]),
                new ElectrolyteResult.Thermo(Estimate.of(t), Estimate.of(pe), Estimate.of(ke),
                        org.mdscape.engine.stats.LinearFit.of(time, conserved).slope()),
                performance, startStep, endStep, electrostatics);
    }

    static void writeProfileCsv(Path file, ElectrolyteResult.Profile p) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("z_nm,contact_bin,rhoPlus_M,rhoPlusErr_M,rhoMinus_M,rhoMinusErr_M");
            w.newLine();
            for (int b = 0; b < p.zNm().length; b++) {
                w.write(String.format(Locale.ROOT, "%s,%d,%s,%s,%s,%s", p.zNm()[b], p.contact()[b] ? 1 : 0,
                        p.rhoPlus()[b], p.rhoPlusErr()[b], p.rhoMinus()[b], p.rhoMinusErr()[b]));
                w.newLine();
            }
        }
    }
}
