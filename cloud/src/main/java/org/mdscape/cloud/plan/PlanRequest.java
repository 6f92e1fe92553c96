package org.mdscape.cloud.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.mdscape.cloud.preemption.AttributedModel;
import org.mdscape.engine.model.InvalidSpecException;
import org.mdscape.engine.model.SpecProblem;

/**
 * What a bag-of-jobs plan is asked to satisfy. Field names in problems are the command-line options.
 *
 * @param coreHoursPerJob    work per job; on a VM with c vCPUs a job takes coreHoursPerJob / c hours
 *                           (MD of this size scales well within one VM; measure with {@code mdscape bench})
 * @param vms                VMs to use, or null for "auto" (see {@link BagPlanner})
 * @param deadlineHours      null for none; an option meets it when its 95th-percentile makespan does
 * @param budgetUsd          null for none; compared with the expected cost
 * @param checkpointCostHours wall time to write one checkpoint (and to read one back)
 * @param spotModel          null for the built-in conservative default
 */
public record PlanRequest(int jobs, double coreHoursPerJob, List<String> machineTypes, Integer vms, Double deadlineHours,
        Double budgetUsd, CheckpointChoice checkpoint, double checkpointCostHours, AttributedModel spotModel) {
    public static final int MAX_JOBS = 1_000_000;
    public static final double DEFAULT_CHECKPOINT_COST_HOURS = 1.0 / 60;

    public PlanRequest {
        machineTypes = List.copyOf(machineTypes);
    }

    public PlanRequest validated() {
        List<SpecProblem> problems = new ArrayList<>();
        if (jobs < 1 || jobs > MAX_JOBS) {
            problems.add(new SpecProblem("jobs", "must be an integer in [1, " + MAX_JOBS + "] (got " + jobs + ")"));
        }
        if (!(coreHoursPerJob > 0 && coreHoursPerJob <= 1e6)) {
            problems.add(new SpecProblem("job-core-hours", "must be in (0, 1000000] core-hours (got " + fmt(coreHoursPerJob) + ")"));
        }
        if (machineTypes.isEmpty()) {
            problems.add(new SpecProblem("machine-types", "give at least one machine type"));
        }
        if (vms != null && (vms < 1 || vms > 100_000)) {
            problems.add(new SpecProblem("vms", "must be auto or an integer in [1, 100000] (got " + vms + ")"));
        }
        if (deadlineHours != null && !(deadlineHours > 0 && deadlineHours <= 1e6)) {
            problems.add(new SpecProblem("deadline", "must be in (0, 1000000] hours (got " + fmt(deadlineHours) + ")"));
        }
        if (budgetUsd != null && !(budgetUsd > 0 && budgetUsd <= 1e12)) {
            problems.add(new SpecProblem("budget", "must be a positive number of US dollars (got " + fmt(budgetUsd) + ")"));
        }
        if (!(checkpointCostHours >= 0 && checkpointCostHours <= 24)) {
            problems.add(new SpecProblem("checkpoint-cost", "must be in [0, 1440] minutes (got " + fmt(checkpointCostHours * 60) + ")"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidSpecException(problems);
        }
        return this;
    }

    private static String fmt(double x) {
        return String.format(Locale.ROOT, "%s", x);
    }
}
