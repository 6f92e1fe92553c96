package org.mdscape.app.viewmodel;

import java.util.List;
import java.util.Map;
import org.mdscape.engine.campaign.CampaignSpec;
import org.mdscape.engine.campaign.ModelKind;

/**
 * What a sweep costs in core-hours on this kind of computer: each job's steps times its particle count, divided
 * by a throughput in particle-steps per core-second. The throughput is a built-in figure for each model (the
 * reference systems of {@code mdscape bench} on one core of a 2020s desktop CPU) until this campaign's finished
 * jobs give a measured one.
 *
 * @param particleStepsPerCoreSecond throughput used
 * @param source                     where that throughput comes from, for the screen
 */
public record SweepEstimate(double particleStepsPerCoreSecond, String source) {
    /** 424 ions at about 1,450 steps/s on one core (the electrolyte benchmark). */
    public static final SweepEstimate ELECTROLYTE_BUILT_IN = new SweepEstimate(424 * 1450.0,
            "built-in figure: 615k ion-steps/s per core (mdscape bench electrolyte)");
    /** 32,000 atoms at about 80 steps/s on one core (LAMMPS's bench/in.lj). */
    public static final SweepEstimate LJ_BUILT_IN = new SweepEstimate(32_000 * 80.0,
            "built-in figure: 2.6M atom-steps/s per core (mdscape bench lj-melt)");

    public static SweepEstimate builtIn(ModelKind model) {
        return model == ModelKind.LJ ? LJ_BUILT_IN : ELECTROLYTE_BUILT_IN;
    }

    /** Core-hours of all jobs of {@code spec} over {@code points}. */
    public double coreHours(CampaignSpec spec, List<Map<String, Double>> points) {
        double particleSteps = 0;
        for (Map<String, Double> p : points) {
            particleSteps += particles(spec, p);
        }
        particleSteps *= (double) spec.simulation().steps() * spec.replicas();
        return particleSteps / particleStepsPerCoreSecond / 3600;
    }

    /**
     * Particles of one point: LJ's n; the electrolyte's anions plus the cations that neutralise them
     * (N+ = |z-| N- / z+, N- rounded up to a multiple of z+, as the model builds its box).
     */
    static double particles(CampaignSpec spec, Map<String, Double> point) {
        if (spec.model() == ModelKind.LJ) {
            return value(spec, point, "n", 500);
        }
        double anions = value(spec, point, "anions", 212);
        double zp = Math.max(1, value(spec, point, "zp", 1));
        double zn = Math.abs(value(spec, point, "zn", -1));
        anions = Math.ceil(anions / zp) * zp;
        return anions + anions * zn / zp;
    }

    private static double value(CampaignSpec spec, Map<String, Double> point, String name, double fallback) {
        Double v = point.get(name);
        if (v != null) {
            return v;
        }
        Object f = spec.fixed().get(name);
        return f instanceof Number n ? n.doubleValue() : fallback;
    }
}
