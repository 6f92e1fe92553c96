package org.mdscape.engine.campaign;

import java.util.Map;

/**
 * A parameter sweep as the scientist wrote it (the JSON spec, read by {@link CampaignSpecReader}).
 *
 * @param name        campaign name; the file is NAME.mdscape
 * @param model       what every job simulates
 * @param fixed       model settings shared by every point (numbers, or a string for the wall model)
 * @param parameters  swept model settings, in the order they appear in the spec
 * @param sampling    how points are drawn from the parameters
 * @param replicas    independent runs (different seeds) per point
 * @param simulation  run settings shared by every job
 * @param execution   where and how jobs run
 */
public record CampaignSpec(String name, ModelKind model, Map<String, Object> fixed, Map<String, Parameter> parameters,
                           Sampling sampling, int replicas, SimulationSettings simulation,
                           ExecutionSettings execution) {

    /** Largest number of jobs (points x replicas) one campaign file holds; beyond it a typo is likelier than intent. */
    public static final long MAX_JOBS = 100_000;

    public CampaignSpec {
        fixed = Map.copyOf(fixed);
        parameters = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(parameters));
    }

    /**
     * The confined electrolyte a point of this campaign simulates (fixed settings overlaid with the point's
     * values), for placing a prediction on the bins that point's simulation uses.
     */
    public org.mdscape.engine.run.ElectrolyteRun electrolyteRunAt(Map<String, Double> point) {
        if (model != ModelKind.ELECTROLYTE) {
            throw new IllegalStateException("campaign " + name + " sweeps " + model.label() + ", not electrolytes");
        }
        return ((ElectrolyteJobRun) model.run(fixed, point, simulation, simulation.seed(), 0)).run();
    }
}
