package org.mdscape.engine.campaign;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import org.mdscape.engine.model.SpecProblem;
import org.mdscape.engine.run.ElectrolyteResult;
import org.mdscape.engine.run.ElectrolyteRun;
import org.mdscape.engine.run.ElectrolyteRunner;
import org.mdscape.engine.run.LennardJonesRunner;
import org.mdscape.engine.sim.Checkpoint;
import org.mdscape.engine.sim.Platform;
import org.mdscape.engine.sim.Simulation;

/** A confined-electrolyte job: exactly what {@code mdscape simulate electrolyte} runs for the same settings. */
record ElectrolyteJobRun(ElectrolyteRun run) implements JobRun {

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
        ElectrolyteResult r = ElectrolyteRunner.execute(run, platform, dir, resume, progress);
        Map<String, Double> s = new LinkedHashMap<>();
        s.put("contactPlus_M", r.scalars().contactPlus());
        s.put("contactMinus_M", r.scalars().contactMinus());
        s.put("peakPlus_M", r.scalars().peakPlus());
        s.put("peakMinus_M", r.scalars().peakMinus());
        s.put("centerPlus_M", r.scalars().centerPlus());
        s.put("centerMinus_M", r.scalars().centerMinus());
        s.put("temperature", r.thermo().temperature().mean());
        s.put("temperatureErr", r.thermo().temperature().stderr());
        s.put("potentialEnergyPerIon", r.thermo().potentialEnergyPerIon().mean());
        s.put("potentialEnergyPerIonErr", r.thermo().potentialEnergyPerIon().stderr());
        s.put("cations", (double) r.ions().positive());
        s.put("anions", (double) r.ions().negative());
        s.put("lateral_nm", r.box().lateralNm());
        s.put("stepsPerSecond", r.performance().stepsPerSecond());
        return new JobResult(LennardJonesRunner.json().writeValueAsString(r), s, r.profile());
    }

    @Override
    public long verifyCheckpoint(Platform platform, Path checkpoint) throws IOException {
        Simulation sim = ElectrolyteRunner.prepare(run, platform);
        Checkpoint.restore(checkpoint, sim, ElectrolyteRunner.description(run));
        return sim.state().step;
    }
}
