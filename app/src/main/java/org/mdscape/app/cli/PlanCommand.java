package org.mdscape.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.mdscape.cloud.plan.BagPlan;
import org.mdscape.cloud.plan.BagPlanner;
import org.mdscape.cloud.plan.BillingCatalogPrices;
import org.mdscape.cloud.plan.CheckpointChoice;
import org.mdscape.cloud.plan.DatedPriceTable;
import org.mdscape.cloud.plan.LivePricesUnavailableException;
import org.mdscape.cloud.plan.PlanOption;
import org.mdscape.cloud.plan.PlanRequest;
import org.mdscape.cloud.plan.PriceMode;
import org.mdscape.cloud.plan.PriceSelection;
import org.mdscape.cloud.plan.PriceSources;
import org.mdscape.cloud.preemption.AttributedModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code mdscape plan}: the cost and makespan of a bag of jobs on each kind of VM, before anything is launched,
 * and the cheapest option that meets the deadline (SkyPilot's optimizer table). {@code plan job} does one job.
 */
@Command(name = "plan", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Expected makespan (90%% interval), cost and job failures of a bag of jobs on preemptible, Spot "
                + "and on-demand VMs; marks the cheapest option that meets the deadline and budget.",
                "Preemptible VMs follow the SciSpot bathtub model (published 2019 fits); Spot VMs a model fitted to "
                        + "--preemption-data, or a conservative default. Prices: the Cloud Billing Catalog when Application Default "
                        + "Credentials exist (cached for 24 h), else the built-in dated us-central1 table; the output says which."},
        subcommands = {PlanJobCommand.class},
        footer = {"", "Example: mdscape plan --jobs 100 --job-core-hours 64 --machine-types n1-highcpu-16,n2-highcpu-32 --vms 32"})
final class PlanCommand implements Callable<Integer> {
    @Option(names = "--jobs", paramLabel = "N", description = "jobs in the bag (required)")
    Integer jobs;

    @Option(names = "--job-core-hours", paramLabel = "H", description = "work per job in core-hours (from finished jobs or "
            + "'mdscape bench'); a job takes H / vCPUs hours on a VM (required)")
    Double coreHours;

    @Option(names = "--machine-types", paramLabel = "TYPE,...", split = ",", description = "candidate machine types (required)")
    List<String> machineTypes;

    @Option(names = "--vms", paramLabel = "K|auto", defaultValue = "auto", description = "VMs per option; auto: one per job "
            + "without a deadline, else the cheapest count whose 95th-percentile makespan meets it (default ${DEFAULT-VALUE})")
    String vms;

    @Option(names = "--deadline", paramLabel = "HOURS", description = "latest acceptable makespan (95th percentile)")
    Double deadline;

    @Option(names = "--budget", paramLabel = "USD", description = "highest acceptable expected cost")
    Double budget;

    @Option(names = "--checkpoint", paramLabel = "auto|none|MINUTES", defaultValue = "auto", description = "checkpoints for "
            + "transient VMs: auto = planned from the preemption model, none, or every MINUTES of work (default ${DEFAULT-VALUE})")
    String checkpoint;

    @Option(names = "--checkpoint-cost", paramLabel = "MINUTES", defaultValue = "1", description = "time to write (and to "
            + "read back) one checkpoint (default ${DEFAULT-VALUE})")
    double checkpointCostMinutes;

    @Option(names = "--preemption-data", paramLabel = "FILE", description = "your own VM lifetimes (SciSpot data.json "
            + "layout, a JSON array or CSV lifetime_hours,preempted[,machine_type,zone]); Spot options use a model fitted to it")
    Path preemptionData;

    @Option(names = "--prices", paramLabel = "auto|table|live", defaultValue = "auto", description = "auto = live prices "
            + "from the Cloud Billing Catalog when Application Default Credentials exist, else (or when the catalog fails "
            + "or is slow) the dated table; table = the dated table only; live = the catalog or an error. Fetched prices "
            + "are cached in the data folder for 24 h (default ${DEFAULT-VALUE})")
    String prices;

    @Option(names = "--json", description = "print the plan as JSON")
    boolean json;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (jobs == null) {
            throw new UsageError("--jobs", "required: the number of jobs in the bag, an integer in [1, " + PlanRequest.MAX_JOBS + "]");
        }
        if (coreHours == null) {
            throw new UsageError("--job-core-hours", "required: the work per job in core-hours, in (0, 1000000]");
        }
        if (machineTypes == null || machineTypes.stream().allMatch(String::isBlank)) {
            throw new UsageError("--machine-types", "required: one or more machine types, e.g. n1-highcpu-16,n2-highcpu-32; known: "
                    + String.join(", ", DatedPriceTable.US_CENTRAL1.all().stream().map(p -> p.machineType()).toList()));
        }
        Integer vmCount = parseVms(vms);
        PriceMode priceMode;
        try {
            priceMode = PriceMode.parse(prices);
        } catch (IllegalArgumentException e) {
            throw new UsageError("--prices", e.getMessage());
        }
        CheckpointChoice choice;
        try {
            choice = CheckpointChoice.parse(checkpoint);
        } catch (IllegalArgumentException e) {
            throw new UsageError("--checkpoint", e.getMessage());
        }
        AttributedModel spot = preemptionData == null ? null : PlanModels.fittedFrom(preemptionData, "--preemption-data");
        List<String> types = machineTypes.stream().map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
        PlanRequest request = new PlanRequest(jobs, coreHours, types, vmCount, deadline, budget, choice,
                checkpointCostMinutes / 60.0, spot);
        PriceSelection selection;
        try {
            selection = PriceSources.forThisUser().choose(priceMode, types);
        } catch (LivePricesUnavailableException e) {
            // Not bad input: the catalog could not be reached. auto would have planned with the table.
            throw new IllegalStateException("--prices live: live catalog unavailable: " + e.getMessage()
                    + " (--prices auto falls back to the dated table)");
        }
        BagPlan plan = BagPlanner.plan(request, selection.catalog());
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(toJson(plan, selection)));
        } else {
            printTable(plan, selection, out);
        }
        return 0;
    }

    private static Integer parseVms(String text) {
        if (text.strip().equalsIgnoreCase("auto")) {
            return null;
        }
        try {
            int k = Integer.parseInt(text.strip());
            if (k >= 1 && k <= 100_000) {
                return k;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageError("--vms", "must be auto or an integer in [1, 100000] (got '" + text + "')");
    }

    static ObjectNode toJson(BagPlan plan, PriceSelection selection) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode root = f.objectNode();
        ObjectNode model = root.putObject("model");
        ObjectNode pre = model.putObject("preemptible");
        for (Map.Entry<String, AttributedModel> e : plan.preemptibleModels().entrySet()) {
            pre.set(e.getKey(), PlanModels.json(e.getValue()));
        }
        model.set("spot", PlanModels.json(plan.spotModel()));
        ObjectNode prices = root.putObject("prices");
        prices.put("region", plan.prices().region());
        prices.put("source", plan.prices().source());
        prices.put("asOf", plan.prices().asOf().toString());
        prices.put("origin", selection.live() ? "cloud-billing-catalog" : "dated-table");
        prices.put("summary", selection.summary());
        if (plan.prices() instanceof BillingCatalogPrices live) {
            prices.put("fetchedAt", live.rates().fetchedAt().toString());
            prices.put("fromCache", live.fromCache());
        }
        selection.liveUnavailable().ifPresent(reason -> prices.put("liveUnavailable", reason));
        ObjectNode req = root.putObject("request");
        PlanRequest r = plan.request();
        req.put("jobs", r.jobs());
        req.put("jobCoreHours", r.coreHoursPerJob());
        if (r.deadlineHours() != null) {
            req.put("deadlineHours", r.deadlineHours());
        }
        if (r.budgetUsd() != null) {
            req.put("budgetUsd", r.budgetUsd());
        }
        ArrayNode options = root.putArray("options");
        for (PlanOption o : plan.options()) {
            ObjectNode n = options.addObject();
            n.put("machineType", o.machineType());
            n.put("vms", o.vms());
            n.put("provisioning", o.provisioning().label());
            n.put("checkpointing", o.checkpointing());
            PlanModels.number(n, "expectedMakespanHours", o.expectedMakespanHours());
            PlanModels.number(n, "makespanP05Hours", o.makespanP05Hours());
            PlanModels.number(n, "makespanP95Hours", o.makespanP95Hours());
            PlanModels.number(n, "expectedCostUsd", o.expectedCostUsd());
            PlanModels.number(n, "onDemandCostUsd", o.onDemandCostUsd());
            PlanModels.number(n, "failureProbability", o.failureProbability());
            n.put("meetsDeadline", o.meetsDeadline());
            n.put("withinBudget", o.withinBudget());
            n.put("chosen", o.chosen());
        }
        return root;
    }

    private static void printTable(BagPlan plan, PriceSelection selection, PrintWriter out) {
        PlanRequest r = plan.request();
        out.printf(Locale.ROOT, "Bag: %d jobs x %s core-hours; deadline %s; budget %s%n", r.jobs(), trim(r.coreHoursPerJob()),
                r.deadlineHours() == null ? "none" : trim(r.deadlineHours()) + " h",
                r.budgetUsd() == null ? "none" : "$" + trim(r.budgetUsd()));
        out.println(selection.summary());
        out.printf(Locale.ROOT, "  %s: %s, as of %s (preemptible VMs are billed at Spot prices)%n", plan.prices().region(),
                plan.prices().source(), plan.prices().asOf());
        out.println("Preemption models:");
        plan.preemptibleModels().forEach((type, m) -> out.printf(Locale.ROOT, "  preemptible %s: %s%n", type, describe(m)));
        out.printf(Locale.ROOT, "  spot: %s%n%n", describe(plan.spotModel()));
        String header = String.format(Locale.ROOT, "  %-15s %5s  %-12s %-34s %-25s %10s %14s %8s", "MACHINE_TYPE", "VMS",
                "PROVISIONING", "CHECKPOINTS", "MAKESPAN_H (90% RANGE)", "COST_USD", "ON_DEMAND_USD", "P(FAIL)");
        out.println(header);
        for (PlanOption o : plan.options()) {
            String makespan = Double.isFinite(o.expectedMakespanHours())
                    ? String.format(Locale.ROOT, "%.1f (%.1f-%.1f)", o.expectedMakespanHours(), o.makespanP05Hours(), o.makespanP95Hours())
                    : "never finishes";
            String cost = Double.isFinite(o.expectedCostUsd()) ? String.format(Locale.ROOT, "%.2f", o.expectedCostUsd()) : "-";
            out.printf(Locale.ROOT, "%s %-15s %5d  %-12s %-34s %-25s %10s %14.2f %8.3f%s%n", o.chosen() ? "*" : " ",
                    o.machineType(), o.vms(), o.provisioning().label(), o.checkpointing(), makespan, cost, o.onDemandCostUsd(),
                    o.failureProbability(), o.feasible() ? "" : "  (" + why(o) + ")");
        }
        out.println();
        out.println(plan.chosen().map(o -> String.format(Locale.ROOT,
                "* chosen: %d x %s %s, checkpoints %s: expected $%.2f (%.1fx cheaper than on-demand), makespan %.1f h",
                o.vms(), o.machineType(), o.provisioning().label(), o.checkpointing(), o.expectedCostUsd(),
                o.onDemandCostUsd() / o.expectedCostUsd(), o.expectedMakespanHours()))
                .orElse("No option meets the deadline and budget."));
    }

    private static String why(PlanOption o) {
        if (!Double.isFinite(o.expectedCostUsd())) {
            return "jobs outlive every VM";
        }
        return !o.meetsDeadline() ? "misses deadline" : "over budget";
    }

    private static String describe(AttributedModel m) {
        StringBuilder s = new StringBuilder(m.model().family()).append(" (");
        s.append(String.join(", ", m.model().parameters().entrySet().stream()
                .map(e -> e.getKey() + " " + trim(e.getValue())).toList()));
        return s.append(") - ").append(m.source()).toString();
    }

    private static String trim(double x) {
        return String.format(Locale.ROOT, "%.4g", x).replaceAll("\\.?0+$", "").replaceAll("\\.?0+e", "e");
    }
}
