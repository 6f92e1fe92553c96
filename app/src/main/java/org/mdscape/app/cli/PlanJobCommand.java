package org.mdscape.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.mdscape.cloud.plan.CheckpointPlanner;
import org.mdscape.cloud.plan.CheckpointSchedule;
import org.mdscape.cloud.plan.CheckpointedJob;
import org.mdscape.cloud.plan.ExpectedRunningTime;
import org.mdscape.cloud.preemption.AttributedModel;
import org.mdscape.cloud.preemption.BathtubModel;
import org.mdscape.cloud.preemption.DefaultModels;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code mdscape plan job}: one job on one VM: SciSpot's expected running times, failure probability, checkpoint plan. */
@Command(name = "job", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Expected running time of one job on one transient VM of a given age: with at most one preemption "
                + "(the paper's formula) and with restarts on fresh VMs until done; the probability that it is "
                + "preempted; and where to checkpoint (dynamic programming over the model's hazard)."},
        footer = {"", "Example: mdscape plan job --hours 1   (SciSpot: 1.1115, 1.1526, 0.2694)"})
final class PlanJobCommand implements Callable<Integer> {
    static final double MAX_HOURS = 1000;

    @Option(names = "--hours", paramLabel = "T", description = "the job's length in hours of work (required)")
    Double hours;

    @Option(names = "--vm-age-hours", paramLabel = "S", defaultValue = "0", description = "age of the VM it starts on (default ${DEFAULT-VALUE})")
    double vmAge;

    @Option(names = "--model", paramLabel = "scispot|FILE", defaultValue = "scispot", description = "scispot (the published "
            + "fit) or a history of VM lifetimes to fit a model to (default ${DEFAULT-VALUE})")
    String model;

    @Option(names = "--checkpoint-cost", paramLabel = "MINUTES", defaultValue = "1", description = "time to write (and to "
            + "read back) one checkpoint (default ${DEFAULT-VALUE})")
    double checkpointCostMinutes;

    @Option(names = "--json", description = "print the result as JSON")
    boolean json;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (hours == null) {
            throw new UsageError("--hours", "required: the job's length, in (0, " + (int) MAX_HOURS + "] hours");
        }
        if (!(hours > 0 && hours <= MAX_HOURS)) {
            throw new UsageError("--hours", "must be in (0, " + (int) MAX_HOURS + "] hours (got " + hours + ")");
        }
        if (!(vmAge >= 0 && vmAge <= MAX_HOURS)) {
            throw new UsageError("--vm-age-hours", "must be in [0, " + (int) MAX_HOURS + "] hours (got " + vmAge + ")");
        }
        if (!(checkpointCostMinutes >= 0 && checkpointCostMinutes <= 1440)) {
            throw new UsageError("--checkpoint-cost", "must be in [0, 1440] minutes (got " + checkpointCostMinutes + ")");
        }
        AttributedModel m = model.strip().equalsIgnoreCase("scispot")
                ? new AttributedModel(BathtubModel.PUBLISHED, DefaultModels.PUBLISHED_SOURCE + ", overall fit")
                : PlanModels.fittedFrom(Path.of(model), "--model");
        if (m.model().survival(vmAge) <= 0) {
            throw new UsageError("--vm-age-hours", String.format(Locale.ROOT,
                    "must be below the model's longest lifetime, %.2f h (got %s): no VM of that age exists", m.model().supportEnd(), vmAge));
        }
        double cost = checkpointCostMinutes / 60.0;
        double onePreemption = ExpectedRunningTime.onePreemption(m.model(), hours, vmAge);
        double renewal = ExpectedRunningTime.renewal(m.model(), hours, vmAge);
        double failure = ExpectedRunningTime.failureProbability(m.model(), hours, vmAge);
        CheckpointSchedule plan = CheckpointPlanner.modelBased(m.model(), hours, vmAge, cost, cost, 0);
        double withCheckpoints = CheckpointedJob.expectedHours(m.model(), hours, plan, vmAge, 0);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ObjectNode root = JsonNodeFactory.instance.objectNode();
            root.put("hours", hours);
            root.put("vmAgeHours", vmAge);
            root.set("model", PlanModels.json(m));
            PlanModels.number(root, "expectedHoursOnePreemption", onePreemption);
            PlanModels.number(root, "expectedHoursRenewal", renewal);
            root.put("failureProbability", failure);
            var times = root.putArray("checkpointTimesHours");
            plan.atWorkHours().forEach(times::add);
            root.put("checkpointCostHours", cost);
            PlanModels.number(root, "expectedHoursWithCheckpoints", withCheckpoints);
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root));
            return 0;
        }
        out.printf(Locale.ROOT, "A %s h job on a VM aged %s h; model: %s %s - %s%n", hours, vmAge, m.model().family(),
                m.model().parameters(), m.source());
        out.printf(Locale.ROOT, "  expectedHoursOnePreemption  %s%n", fmt(onePreemption));
        out.printf(Locale.ROOT, "  expectedHoursRenewal        %s   (restarts on fresh VMs until done)%n", fmt(renewal));
        out.printf(Locale.ROOT, "  failureProbability          %.4f%n", failure);
        out.printf(Locale.ROOT, "  checkpoints (%.3g min each) after %s h of work: expected %s h%n", checkpointCostMinutes,
                plan.atWorkHours().isEmpty() ? "none" : plan.atWorkHours().stream()
                        .map(x -> String.format(Locale.ROOT, "%.2f", x)).collect(Collectors.joining(", ")), fmt(withCheckpoints));
        return 0;
    }

    private static String fmt(double x) {
        return Double.isFinite(x) ? String.format(Locale.ROOT, "%.4f", x) : "never finishes (no VM lives that long)";
    }
}
