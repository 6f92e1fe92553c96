package org.mdscape.app.viewmodel;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.prefs.Preferences;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.mdscape.app.export.TableCsv;
import org.mdscape.app.figures.PlanFigure;
import org.mdscape.app.figures.ProfileFigure;
import org.mdscape.app.figures.ScatterMatrixFigure;
import org.mdscape.app.figures.ThermoFigure;
import org.mdscape.engine.campaign.CampaignSpec;
import org.mdscape.engine.campaign.CampaignSpecReader;
import org.mdscape.engine.campaign.CampaignStore;
import org.mdscape.engine.campaign.JobOverview;
import org.mdscape.engine.model.InvalidSpecException;

/**
 * The workbench as a whole: what is open (a spec being edited, or a campaign file), the screens' view models and
 * how they feed each other (the sweep's jobs and core-hours go to the plan; a launch creates the campaign file and
 * hands it to the runs), and the files remembered between sessions. Nothing here knows the scene graph; long work
 * runs on {@code background} and lands on {@code ui}.
 */
public final class WorkbenchViewModel implements AutoCloseable {
    /** The small example campaign, packaged with the app from assets/examples/. */
    public static final String EXAMPLE = "/org/mdscape/app/examples/small-electrolyte.json";
    /** What "New campaign" starts from: a small electrolyte sweep over width and concentration. */
    public static final String NEW_SPEC = """
            {
              "name": "new-sweep",
              "model": "electrolyte",
              "fixed": { "zp": 1, "zn": -1, "d": 0.714, "anions": 100, "wall": "standard" },
              "parameters": {
                "h": { "range": [2.5, 4.0], "count": 4 },
                "c": { "range": [0.2, 1.0], "count": 3 }
              },
              "sampling": { "method": "grid" },
              "replicas": 1,
              "simulation": { "steps": 100000, "dt": 0.001, "sampleEvery": 100, "equilibrationFraction": 0.2, "seed": 1 },
              "execution": { "backend": "local", "workers": 2, "threadsPerJob": 1, "checkpointEvery": 10000 }
            }
            """;
    static final String READ_ONLY = "This campaign's points are fixed once it is created; Save As writes its spec to start a new one.";

    private final Executor background;
    private final Executor ui;
    private final SweepViewModel sweep;
    private final PlanViewModel plan;
    private final RunsViewModel runs;
    private final ExportViewModel export;
    private final RecentCampaigns recent;
    private final Preferences prefs;
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>();
    private final StringProperty title = new SimpleStringProperty("MDScape");
    private final StringProperty status = new SimpleStringProperty("Open a campaign, start a new one, or open the example.");
    private final BooleanProperty error = new SimpleBooleanProperty(false);
    private final BooleanProperty documentOpen = new SimpleBooleanProperty(false);
    private final BooleanProperty campaignOpen = new SimpleBooleanProperty(false);

    public WorkbenchViewModel(Executor background, Executor ui, Preferences prefs, int cores) {
        this.background = background;
        this.ui = ui;
        this.prefs = prefs;
        this.sweep = new SweepViewModel(background, ui);
        this.plan = new PlanViewModel(background, ui, cores);
        this.runs = new RunsViewModel(ui);
        this.export = new ExportViewModel(background, ui);
        this.recent = new RecentCampaigns(prefs);
        sweep.specProperty().addListener((o, a, b) -> replan());
        sweep.coreHoursProperty().addListener((o, a, b) -> replan());
    }

    private void replan() {
        CampaignSpec s = sweep.specProperty().get();
        long jobs = sweep.jobCountProperty().get();
        double coreHours = sweep.coreHoursProperty().get();
        if (s == null || jobs < 1 || !Double.isFinite(coreHours)) {
            return;
        }
        plan.plan(new PlanViewModel.Workload((int) jobs, coreHours / jobs, s.execution().workers(),
                s.execution().threadsPerJob()));
    }

    /** Opens the packaged example spec for editing (not yet saved anywhere). */
    public void openExample() {
        try (InputStream in = WorkbenchViewModel.class.getResourceAsStream(EXAMPLE)) {
            if (in == null) {
                throw new IOException("the example is missing from this build");
            }
            editSpec(new String(in.readAllBytes(), StandardCharsets.UTF_8), null, "example (not saved)");
        } catch (IOException | InvalidSpecException e) {
            fail("Cannot open the example: " + oneLine(e));
        }
    }

    public void newCampaign() {
        editSpec(NEW_SPEC, null, "new (not saved)");
    }

    private void editSpec(String json, Path from, String note) {
        sweep.load(json, true, "");
        file.set(from);
        documentOpen.set(true);
        campaignOpen.set(false);
        title.set("MDScape - " + sweep.nameProperty().get() + " (" + note + ")");
        ok("Edit the sweep, check the plan, then launch it.");
    }

    /** Opens a campaign file (NAME.mdscape) or a JSON spec; the work is done off the UI thread. */
    public void open(Path path) {
        prefs.put("lastFolder", path.toAbsolutePath().getParent().toString());
        ok("Opening " + path.getFileName() + " ...");
        background.execute(() -> {
            try {
                if (path.getFileName().toString().endsWith(CampaignStore.EXTENSION)) {
                    runs.open(path);
                    String json;
                    try (CampaignStore s = CampaignStore.open(path)) {
                        json = s.specJson();
                    }
                    ui.execute(() -> {
                        sweep.load(json, false, READ_ONLY);
                        file.set(path);
                        documentOpen.set(true);
                        campaignOpen.set(true);
                        title.set("MDScape - " + path.getFileName());
                        recent.remember(path);
                        ok("Opened " + path + ".");
                    });
                } else {
                    String json = Files.readString(path, StandardCharsets.UTF_8);
                    CampaignSpecReader.read(json.getBytes(StandardCharsets.UTF_8)); // say what is wrong before showing it
                    ui.execute(() -> {
                        editSpec(json, path, path.getFileName().toString());
                        recent.remember(path);
                    });
                }
            } catch (IOException | RuntimeException e) {
                String why = oneLine(e);
                ui.execute(() -> fail("Cannot open " + path.getFileName() + ": " + why));
            }
        });
    }

    /** Writes the sweep's spec (JSON) to {@code out}. */
    public void saveSpecAs(Path out) {
        if (!sweep.validProperty().get()) {
            fail("Cannot save: the sweep has problems; see the messages on the Sweep screen.");
            return;
        }
        String json = sweep.validSpecJson();
        prefs.put("lastFolder", out.toAbsolutePath().getParent().toString());
        background.execute(() -> {
            try {
                Files.writeString(out, json + System.lineSeparator(), StandardCharsets.UTF_8);
                ui.execute(() -> {
                    if (!campaignOpen.get()) {
                        file.set(out);
                        title.set("MDScape - " + out.getFileName());
                    }
                    recent.remember(out);
                    ok("Saved the spec to " + out + ".");
                });
            } catch (IOException e) {
                String why = oneLine(e);
                ui.execute(() -> fail("Cannot save " + out.getFileName() + ": " + why));
            }
        });
    }

    /** Where "Launch" on this computer creates NAME.mdscape: beside the spec, else in the last folder used. */
    public Path campaignFileFor(Path folder) {
        return folder.resolve(sweep.nameProperty().get() + CampaignStore.EXTENSION);
    }

    /**
     * Runs the sweep on this computer: creates NAME.mdscape in {@code folder} (an open campaign simply continues),
     * then starts the local executor. {@code started} runs on the UI thread once jobs are under way.
     */
    public void launchLocal(Path folder, Runnable started) {
        if (campaignOpen.get()) {
            runs.start();
            ok("Running " + file.get().getFileName() + " on this computer.");
            started.run();
            return;
        }
        if (!sweep.validProperty().get()) {
            fail("Cannot launch: the sweep has problems; see the messages on the Sweep screen.");
            return;
        }
        String json = sweep.validSpecJson();
        Path target = campaignFileFor(folder);
        prefs.put("lastFolder", folder.toAbsolutePath().toString());
        background.execute(() -> {
            try {
                if (Files.exists(target)) {
                    try (CampaignStore s = CampaignStore.open(target)) {
                        if (!s.spec().equals(CampaignSpecReader.read(json.getBytes(StandardCharsets.UTF_8)))) {
                            throw new IOException(target.getFileName() + " already exists with a different sweep; rename"
                                    + " this sweep or open that file");
                        }
                    }
                } else {
                    CampaignSpec spec = CampaignSpecReader.read(json.getBytes(StandardCharsets.UTF_8));
                    CampaignStore.create(target, spec, json).close();
                }
                runs.open(target);
                runs.start();
                ui.execute(() -> {
                    file.set(target);
                    campaignOpen.set(true);
                    sweep.load(json, false, READ_ONLY);
                    title.set("MDScape - " + target.getFileName());
                    recent.remember(target);
                    ok("Created " + target + " and started its jobs on this computer.");
                    started.run();
                });
            } catch (IOException | RuntimeException e) {
                String why = oneLine(e);
                ui.execute(() -> fail("Cannot launch: " + why));
            }
        });
    }

    /** Closes what is open (running jobs stop and stay pending, with their checkpoints). */
    public void closeDocument() {
        background.execute(runs::closeCampaign);
        file.set(null);
        documentOpen.set(false);
        campaignOpen.set(false);
        title.set("MDScape");
        ok("Closed.");
    }

    /** Refreshes the Export screen's list from what the other screens show now. */
    public void refreshExports() {
        List<ExportViewModel.Item> items = new ArrayList<>();
        PointSet pts = sweep.pointsProperty().get();
        items.add(new ExportViewModel.Item("Sweep: scatter matrix of the points", () -> new ScatterMatrixFigure(pts), null));
        List<PlanRow> planRows = List.copyOf(plan.rows());
        items.add(new ExportViewModel.Item("Plan: cost against makespan", () -> new PlanFigure(planRows), null));
        long job = runs.selectedJobProperty().get();
        if (job >= 0) {
            ThermoSeries th = runs.thermoProperty().get();
            DensityProfileData pr = runs.profileProperty().get();
            items.add(new ExportViewModel.Item("Runs: thermodynamics of job " + job, () -> new ThermoFigure(job, th), null));
            items.add(new ExportViewModel.Item("Runs: density profile of job " + job, () -> new ProfileFigure(job, pr), null));
        }
        items.add(new ExportViewModel.Item("Table: sweep points (CSV)", null, () -> pointsTable(pts)));
        items.add(new ExportViewModel.Item("Table: plan (CSV)", null, () -> planTable(planRows)));
        List<JobOverview> jobs = runs.jobs().stream().map(JobRow::overview).toList();
        if (!jobs.isEmpty()) {
            items.add(new ExportViewModel.Item("Table: jobs (CSV)", null, () -> jobsTable(jobs)));
        }
        export.setItems(items);
    }

    static TableCsv pointsTable(PointSet pts) {
        List<String> header = new ArrayList<>(List.of("point"));
        for (int d = 0; d < pts.dimensions(); d++) {
            header.add(pts.label(d));
        }
        List<List<String>> rows = new ArrayList<>();
        for (int k = 0; k < pts.size(); k++) {
            List<String> r = new ArrayList<>(List.of(Integer.toString(k)));
            for (double v : pts.values()[k]) {
                r.add(Numbers.plain(v));
            }
            rows.add(r);
        }
        return new TableCsv("sweep-points", header, rows);
    }

    static TableCsv planTable(List<PlanRow> rows) {
        List<String> header = List.of("place", "machine", "vms", "provisioning", "checkpointing", "expected_makespan_h",
                "makespan_p05_h", "makespan_p95_h", "expected_cost_usd", "failure_probability", "feasible", "chosen");
        return new TableCsv("plan", header, rows.stream().map(r -> List.of(r.place(), r.machine(), Integer.toString(r.vms()),
                r.provisioning(), r.checkpointing(), Numbers.plain(r.makespanHours()), Numbers.plain(r.makespanP05Hours()),
                Numbers.plain(r.makespanP95Hours()), Numbers.plain(r.costUsd()), Numbers.plain(r.failureProbability()),
                Boolean.toString(r.feasible()), Boolean.toString(r.chosen()))).toList());
    }

    static TableCsv jobsTable(List<JobOverview> jobs) {
        List<String> header = new ArrayList<>(List.of("job", "point", "replica"));
        if (!jobs.isEmpty()) {
            header.addAll(jobs.getFirst().point().keySet());
        }
        header.addAll(List.of("state", "steps_done", "steps_total", "attempts", "runtime_s"));
        List<List<String>> rows = new ArrayList<>();
        for (JobOverview j : jobs) {
            List<String> r = new ArrayList<>(List.of(Long.toString(j.jobId()), Long.toString(j.pointId()),
                    Integer.toString(j.replica())));
            j.point().values().forEach(v -> r.add(v == null ? "" : Numbers.plain(v)));
            r.addAll(List.of(j.state().label(), Long.toString(j.stepsDone()), Long.toString(j.stepsTotal()),
                    Integer.toString(j.attempts()), Numbers.plain(Math.round(j.runtimeSeconds() * 10) / 10.0)));
            rows.add(r);
        }
        return new TableCsv("jobs", header, rows);
    }

    /** The folder file dialogs start in: the last one used, else the home folder. */
    public Path lastFolder() {
        Path p = Path.of(prefs.get("lastFolder", System.getProperty("user.home")));
        return Files.isDirectory(p) ? p : Path.of(System.getProperty("user.home"));
    }

    public Preferences preferences() {
        return prefs;
    }

    private void ok(String s) {
        error.set(false);
        status.set(s);
    }

    private void fail(String s) {
        error.set(true);
        status.set(s);
    }

    static String oneLine(Throwable e) {
        if (e instanceof InvalidSpecException i) {
            return i.problems().size() == 1 ? i.problems().getFirst().toString()
                    : i.problems().getFirst() + " (and " + (i.problems().size() - 1) + " more)";
        }
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return m.lines().findFirst().orElse(m);
    }

    @Override
    public void close() {
        runs.close();
    }

    public SweepViewModel sweep() {
        return sweep;
    }

    public PlanViewModel plan() {
        return plan;
    }

    public RunsViewModel runs() {
        return runs;
    }

    public ExportViewModel export() {
        return export;
    }

    public RecentCampaigns recent() {
        return recent;
    }

    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    public ReadOnlyBooleanProperty errorProperty() {
        return error;
    }

    public ReadOnlyBooleanProperty documentOpenProperty() {
        return documentOpen;
    }

    public ReadOnlyBooleanProperty campaignOpenProperty() {
        return campaignOpen;
    }
}
