package org.mdscape.app.viewmodel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.mdscape.cloud.plan.BagPlan;
import org.mdscape.cloud.plan.BagPlanner;
import org.mdscape.cloud.plan.CheckpointChoice;
import org.mdscape.cloud.plan.DatedPriceTable;
import org.mdscape.cloud.plan.PlanOption;
import org.mdscape.cloud.plan.PlanRequest;
import org.mdscape.engine.model.InvalidSpecException;

/**
 * The Plan screen: where the sweep could run (this computer; Google Cloud Spot, preemptible and on-demand VMs
 * from the cloud module's planner) with cost, makespan and its 90% interval; the cheapest option that meets the
 * deadline and budget is chosen, as SkyPilot's optimizer does. Planning runs off the UI thread.
 */
public final class PlanViewModel {
    /** Machine types offered by default: a small and a large one of each family in the dated price table. */
    public static final List<String> DEFAULT_MACHINE_TYPES = List.of("n1-highcpu-16", "n2-highcpu-32");
    public static final String CLOUD_NOT_YET = "Cloud launch arrives with the Google Cloud executor (issue 9)";

    /** What to plan: the sweep's jobs, work per job, and how this computer runs them. */
    public record Workload(int jobs, double coreHoursPerJob, int localWorkers, int threadsPerJob) {
    }

    private final LatestOnly planner;
    private final int cores;
    private final StringProperty deadlineText = new SimpleStringProperty("");
    private final StringProperty budgetText = new SimpleStringProperty("");
    private final StringProperty deadlineMessage = new SimpleStringProperty("");
    private final StringProperty budgetMessage = new SimpleStringProperty("");
    private final ObservableList<PlanRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<PlanRow> chosen = new SimpleObjectProperty<>();
    private final ObjectProperty<PlanRow> selected = new SimpleObjectProperty<>();
    private final StringProperty status = new SimpleStringProperty("Define a sweep to see where it could run.");
    private final StringProperty launchNote = new SimpleStringProperty("");
    private final BooleanProperty launchable = new SimpleBooleanProperty(false);
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private Workload workload;

    public PlanViewModel(Executor background, Executor ui, int cores) {
        this.planner = new LatestOnly(background, ui);
        this.cores = cores;
        deadlineText.addListener((o, a, b) -> replan());
        budgetText.addListener((o, a, b) -> replan());
        selected.addListener((o, a, b) -> {
            launchable.set(b != null && b.launchable());
            launchNote.set(b == null ? "Select a row to launch." : b.launchNote());
        });
    }

    public void plan(Workload w) {
        this.workload = w;
        replan();
    }

    private void replan() {
        Workload w = workload;
        Double deadline = optionalPositive(deadlineText.get(), "deadline", "hours", deadlineMessage);
        Double budget = optionalPositive(budgetText.get(), "budget", "US dollars", budgetMessage);
        if (w == null || !deadlineMessage.get().isEmpty() || !budgetMessage.get().isEmpty()) {
            return;
        }
        busy.set(true);
        status.set("Planning ...");
        planner.submit(() -> compute(w, deadline, budget, cores), this::show);
    }

    private static Double optionalPositive(String text, String field, String unit, StringProperty message) {
        if (text == null || text.isBlank()) {
            message.set("");
            return null;
        }
        Double v = Numbers.parse(text);
        if (v == null || v <= 0 || v > 1e6) {
            message.set(field + ": must be a number of " + unit + " in (0, 1000000], or empty for none (got '" + text + "')");
            return null;
        }
        message.set("");
        return v;
    }

    /** The plan's rows, or a one-line reason why there are none. Runs off the UI thread. */
    record Answer(List<PlanRow> rows, String status) {
    }

    static Answer compute(Workload w, Double deadline, Double budget, int cores) {
        List<PlanRow> out = new ArrayList<>();
        // This computer: W jobs at once, each on T threads (perfect scaling within a job assumed, as the planner does).
        int workers = Math.max(1, Math.min(w.localWorkers(), Math.max(1, cores / Math.max(1, w.threadsPerJob()))));
        double jobHours = w.coreHoursPerJob() / w.threadsPerJob();
        double localHours = Math.ceil((double) w.jobs() / workers) * jobHours;
        boolean localOk = deadline == null || localHours <= deadline;
        out.add(new PlanRow("This computer", cores + " cores, " + workers + " job(s) at once", 1, "local", "every "
                + "checkpoint period of the spec", localHours, localHours, localHours, 0, 0, localOk, false, true, ""));
        String status;
        try {
            PlanRequest request = new PlanRequest(w.jobs(), w.coreHoursPerJob(), DEFAULT_MACHINE_TYPES, null, deadline, budget,
                    CheckpointChoice.parse("auto"), PlanRequest.DEFAULT_CHECKPOINT_COST_HOURS, null);
            BagPlan plan = BagPlanner.plan(request, DatedPriceTable.US_CENTRAL1);
            for (PlanOption o : plan.options()) {
                out.add(new PlanRow("Google Cloud", o.machineType(), o.vms(), o.provisioning().label(), o.checkpointing(),
                        o.expectedMakespanHours(), o.makespanP05Hours(), o.makespanP95Hours(), o.expectedCostUsd(),
                        o.failureProbability(), o.feasible(), false, false, CLOUD_NOT_YET));
            }
            status = String.format(Locale.ROOT, "%,d jobs x %s core-hours. Prices: %s, %s, as of %s.", w.jobs(),
                    Numbers.sig3(w.coreHoursPerJob()), plan.prices().region(), plan.prices().source(), plan.prices().asOf());
        } catch (InvalidSpecException e) {
            status = "The cloud planner cannot plan this sweep: " + e.problems().getFirst();
        } catch (RuntimeException e) {
            status = "The cloud planner failed: " + e;
        }
        out = choose(out);
        return new Answer(out, status);
    }

    /** Marks the cheapest feasible row (ties: the sooner one) as chosen. */
    static List<PlanRow> choose(List<PlanRow> rows) {
        PlanRow best = rows.stream().filter(r -> r.feasible() && Double.isFinite(r.costUsd()))
                .min(Comparator.comparingDouble(PlanRow::costUsd).thenComparingDouble(PlanRow::makespanHours)).orElse(null);
        return rows.stream().map(r -> r.chosen(r == best)).toList();
    }

    /** Rows no other row beats on both cost and makespan (the Pareto front), by increasing makespan. */
    public static List<PlanRow> paretoFront(List<PlanRow> rows) {
        List<PlanRow> finite = rows.stream().filter(r -> Double.isFinite(r.costUsd()) && Double.isFinite(r.makespanHours()))
                .sorted(Comparator.comparingDouble(PlanRow::makespanHours).thenComparingDouble(PlanRow::costUsd)).toList();
        List<PlanRow> front = new ArrayList<>();
        double cheapest = Double.POSITIVE_INFINITY;
        for (PlanRow r : finite) {
            if (r.costUsd() < cheapest) {
                front.add(r);
                cheapest = r.costUsd();
            }
        }
        return front;
    }

    private void show(Answer a) {
        busy.set(false);
        rows.setAll(a.rows());
        status.set(a.status());
        chosen.set(a.rows().stream().filter(PlanRow::chosen).findFirst().orElse(null));
        selected.set(chosen.get() != null ? chosen.get() : a.rows().isEmpty() ? null : a.rows().getFirst());
        if (chosen.get() == null) {
            status.set(a.status() + " No option meets the deadline and budget.");
        }
    }

    /** What the confirmation of a cloud launch says: the expected cost, before anything is spent. */
    public static String confirmation(PlanRow r, int jobs) {
        return String.format(Locale.ROOT, "Launch %,d jobs on %s? Expected cost %s, expected makespan %s.", jobs,
                r.describe(), Numbers.usd(r.costUsd()), r.makespanText());
    }

    public StringProperty deadlineTextProperty() {
        return deadlineText;
    }

    public StringProperty budgetTextProperty() {
        return budgetText;
    }

    public ReadOnlyStringProperty deadlineMessageProperty() {
        return deadlineMessage;
    }

    public ReadOnlyStringProperty budgetMessageProperty() {
        return budgetMessage;
    }

    public ObservableList<PlanRow> rows() {
        return rows;
    }

    public ReadOnlyObjectProperty<PlanRow> chosenProperty() {
        return chosen;
    }

    public ObjectProperty<PlanRow> selectedProperty() {
        return selected;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    public ReadOnlyStringProperty launchNoteProperty() {
        return launchNote;
    }

    public ReadOnlyBooleanProperty launchableProperty() {
        return launchable;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }
}
