package org.mdscape.engine.campaign;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import org.mdscape.engine.model.SpecProblem;
import org.mdscape.engine.run.LennardJonesRun;
import org.mdscape.engine.run.LennardJonesRunner;
import org.mdscape.engine.run.RunResult;
import org.mdscape.engine.sim.Checkpoint;
import org.mdscape.engine.sim.Platform;
import org.mdscape.engine.sim.Simulation;

/** A Lennard-Jones job: exactly what {@code mdscape simulate lj} runs for the same settings. */
record LennardJonesJobRun(LennardJonesRun run) implements JobRun {

    @Override
    public List<SpecProblem> problems() {
        return run.problems();
    }

    @Override
    public long steps() {
        return run.steps();
    }

    @Override
    public JobResult execute(Platform platform, Path dir, boolean resume, LongConsumer progress) throws IOException {
        RunResult r = LennardJonesRunner.execute(run, platform, dir, resume, progress);
        Map<String, Double> s = new LinkedHashMap<>();
        s.put("potentialEnergyPerParticle", r.thermo().potentialEnergyPerParticle().mean());
        s.put("potentialEnergyPerParticleErr", r.thermo().potentialEnergyPerParticle().stderr());
        s.put("pressure", r.thermo().pressure().mean());
        s.put("pressureErr", r.thermo().pressure().stderr());
        s.put("temperature", r.thermo().temperature().mean());
        s.put("temperatureErr", r.thermo().temperature().stderr());
        s.put("energyDrift", r.thermo().totalEnergyDrift());
        s.put("stepsPerSecond", r.performance().stepsPerSecond());
        return new JobResult(LennardJonesRunner.json().writeValueAsString(r), s, null);
    }

    @Override
    public long verifyCheckpoint(Platform platform, Path checkpoint) throws IOException {
        Simulation sim = LennardJonesRunner.prepare(run, platform);
        Checkpoint.restore(checkpoint, sim, LennardJonesRunner.description(run));
        return sim.state().step;
    }
}
