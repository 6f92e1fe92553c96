package org.mdscape.cloud.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.mdscape.cloud.preemption.AttributedModel;
import org.mdscape.cloud.preemption.DefaultModels;
import org.mdscape.cloud.preemption.PreemptionModel;
import org.mdscape.engine.model.InvalidSpecException;
import org.mdscape.engine.model.SpecProblem;

/**
 * SkyPilot's plan-before-launch table for a bag of jobs: for each machine type, legacy preemptible and
 * Spot VMs (with and without checkpoints) and on-demand VMs, the expected makespan with its 90% interval,
 * the expected cost and the job failure rate; then the cheapest option that meets the deadline and budget.
 *
 * <p>Jobs are dealt to VM slots ahead of time and each job-VM pairing follows {@link AgeMatching}. With a
 * fixed VM count every option uses it. With "auto", each option tries VM counts that give each VM 1, 2, 4,
 * 8, ... jobs and keeps the cheapest whose 95th-percentile makespan meets the deadline (fewer VMs run more
 * jobs each, which on the bathtub means fewer jobs on young, failure-prone VMs); without a deadline "auto"
 * means one VM per job, the fastest plan.
 */
public final class BagPlanner {
    /** The paper's formulas count no VM start-up time; neither does the planner. */
    static final double BOOT_HOURS = 0.0;

    private BagPlanner() {
    }

    public static BagPlan plan(PlanRequest request, PriceCatalog prices) {
        request.validated();
        List<MachinePrice> types = new ArrayList<>();
        for (String name : request.machineTypes()) {
            types.add(prices.find(name).orElseThrow(() -> new InvalidSpecException(List.of(new SpecProblem("machine-types",
                    "unknown machine type '" + name + "'; known in " + prices.region() + ": "
                            + String.join(", ", new TreeSet<>(prices.all().stream().map(MachinePrice::machineType).toList())))))));
        }
        AttributedModel spot = request.spotModel() != null ? request.spotModel() : DefaultModels.spot();
        Map<String, AttributedModel> preemptible = new LinkedHashMap<>();
        List<PlanOption> options = new ArrayList<>();
        for (MachinePrice price : types) {
            double jobHours = request.coreHoursPerJob() / price.vcpus();
            double onDemandCost = request.jobs() * jobHours * price.onDemandPerHour();
            AttributedModel legacy = DefaultModels.preemptible(price.machineType());
            preemptible.put(price.machineType(), legacy);
            for (Provisioning provisioning : List.of(Provisioning.PREEMPTIBLE, Provisioning.SPOT)) {
                PreemptionModel model = (provisioning == Provisioning.PREEMPTIBLE ? legacy : spot).model();
                for (CheckpointSchedule schedule : schedules(request, model, jobHours)) {
                    options.add(transientOption(request, price, provisioning, model, schedule, jobHours, onDemandCost));
                }
            }
            options.add(onDemandOption(request, price, jobHours, onDemandCost));
        }
        int best = -1;
        for (int i = 0; i < options.size(); i++) {
            PlanOption o = options.get(i);
            if (o.feasible() && (best < 0 || o.expectedCostUsd() < options.get(best).expectedCostUsd()
                    || o.expectedCostUsd() == options.get(best).expectedCostUsd()
                    && o.expectedMakespanHours() < options.get(best).expectedMakespanHours())) {
                best = i;
            }
        }
        if (best >= 0) {
            options.set(best, options.get(best).choose());
        }
        return new BagPlan(request, preemptible, spot, prices, options);
    }

    private static List<CheckpointSchedule> schedules(PlanRequest request, PreemptionModel model, double jobHours) {
        List<CheckpointSchedule> list = new ArrayList<>();
        list.add(CheckpointSchedule.none());
        double c = request.checkpointCostHours();
        switch (request.checkpoint().kind()) {
            case AUTO -> list.add(CheckpointPlanner.modelBased(model, jobHours, 0, c, c, BOOT_HOURS));
            case EVERY -> {
                double interval = request.checkpoint().intervalHours();
                if (interval < jobHours) {
                    list.add(CheckpointSchedule.every(interval, jobHours, c, c,
                            String.format(Locale.ROOT, "every %.0f min", interval * 60)));
                }
            }
            case NONE -> {
                // only the plan without checkpoints
            }
        }
        return list;
    }

    private static PlanOption transientOption(PlanRequest request, MachinePrice price, Provisioning provisioning,
            PreemptionModel model, CheckpointSchedule schedule, double jobHours, double onDemandCost) {
        record Candidate(int vms, BagEstimate estimate, double cost) {
        }
        List<Candidate> candidates = new ArrayList<>();
        for (int vms : vmCounts(request, schedule.segments(jobHours).totalWallHours())) {
            BagEstimate e = BagEstimator.estimate(model, jobHours, schedule, vms, request.jobs(), true, BOOT_HOURS);
            candidates.add(new Candidate(Math.min(vms, request.jobs()), e, e.expectedVmHours() * price.spotPerHour()));
        }
        Candidate pick = candidates.stream()
                .filter(c -> meets(request, c.estimate().makespanP95Hours()) && within(request, c.cost()) && c.estimate().bounded())
                .min(Comparator.comparingDouble(Candidate::cost))
                .orElseGet(() -> candidates.stream().min(Comparator.comparingDouble(c -> c.estimate().makespanP95Hours())).orElseThrow());
        BagEstimate e = pick.estimate();
        return new PlanOption(price.machineType(), pick.vms(), provisioning, schedule.label(), e.expectedMakespanHours(),
                e.makespanP05Hours(), e.makespanP95Hours(), pick.cost(), onDemandCost, e.failureProbability(),
                e.bounded() && meets(request, e.makespanP95Hours()), within(request, pick.cost()), false);
    }

    private static PlanOption onDemandOption(PlanRequest request, MachinePrice price, double jobHours, double cost) {
        int n = request.jobs();
        int vms;
        if (request.vms() != null) {
            vms = Math.min(request.vms(), n);
        } else if (request.deadlineHours() != null) {
            int perVm = (int) Math.max(1, Math.floor(request.deadlineHours() / jobHours + 1e-9));
            vms = (n + perVm - 1) / perVm;
        } else {
            vms = n;
        }
        double makespan = ((n + vms - 1) / vms) * jobHours;
        return new PlanOption(price.machineType(), vms, Provisioning.ON_DEMAND, "none", makespan, makespan, makespan, cost,
                cost, 0.0, meets(request, makespan), within(request, cost), false);
    }

    /** VM counts to try: the one asked for, or those that give each VM 1, 2, 4, 8, ... jobs. */
    static List<Integer> vmCounts(PlanRequest request, double wallHoursPerJob) {
        int n = request.jobs();
        if (request.vms() != null) {
            return List.of(Math.min(request.vms(), n));
        }
        if (request.deadlineHours() == null) {
            return List.of(n);
        }
        TreeSet<Integer> counts = new TreeSet<>();
        for (long perVm = 1; perVm < 2L * n; perVm *= 2) {
            int k = (int) Math.min(perVm, n);
            if (k * wallHoursPerJob <= request.deadlineHours() || k == 1) {
                counts.add((n + k - 1) / k);
            }
        }
        return List.copyOf(counts);
    }

    private static boolean meets(PlanRequest request, double p95Hours) {
        return request.deadlineHours() == null ? Double.isFinite(p95Hours) : p95Hours <= request.deadlineHours();
    }

    private static boolean within(PlanRequest request, double costUsd) {
        return request.budgetUsd() == null || costUsd <= request.budgetUsd();
    }
}
