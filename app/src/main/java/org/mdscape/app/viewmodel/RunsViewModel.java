package org.mdscape.app.viewmodel;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.mdscape.engine.campaign.CampaignJobs;
import org.mdscape.engine.campaign.CampaignStatus;
import org.mdscape.engine.campaign.CampaignStore;
import org.mdscape.engine.campaign.ExecutionListener;
import org.mdscape.engine.campaign.ExecutionSummary;
import org.mdscape.engine.campaign.JobOverview;
import org.mdscape.engine.campaign.JobState;
import org.mdscape.engine.campaign.LocalExecutor;

/**
 * The Runs screen: a campaign file's jobs, run by the engine's LocalExecutor on this computer. The executor runs
 * on its own threads; a poller reads the campaign file (and the selected job's run folder) a few times a second
 * and publishes snapshots to the UI thread, so the window never waits on the engine and charts are redrawn a
 * few times a second at most, however often jobs report progress.
 */
public final class RunsViewModel implements AutoCloseable {
    static final long POLL_MILLIS = 1000;

    private final Executor ui;
    private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(() -> {
            BackgroundPriority.lowerCurrentThread();
            r.run();
        }, "mdscape-runs-poller");
        t.setDaemon(true);
        return t;
    });
    private final ObservableList<JobRow> jobs = FXCollections.observableArrayList();
    private final StringProperty campaignName = new SimpleStringProperty("");
    private final StringProperty counts = new SimpleStringProperty("No campaign open.");
    private final StringProperty throughput = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty running = new SimpleBooleanProperty(false);
    private final BooleanProperty open = new SimpleBooleanProperty(false);
    private final BooleanProperty cancelled = new SimpleBooleanProperty(false);
    private final LongProperty selectedJob = new SimpleLongProperty(-1);
    private final ObjectProperty<ThermoSeries> thermo = new SimpleObjectProperty<>(ThermoSeries.EMPTY);
    private final ObjectProperty<DensityProfileData> profile = new SimpleObjectProperty<>(DensityProfileData.EMPTY);
    private final StringProperty selectionNote = new SimpleStringProperty("Select a job to see its thermodynamics and profile.");
    private final AtomicReference<CampaignStore> store = new AtomicReference<>();
    private final AtomicReference<LocalExecutor> executor = new AtomicReference<>();
    private volatile Thread runner;
    private volatile long watchedJob = -1;
    private volatile long thermoStamp = -1;
    private volatile long profileStamp = -1;

    public RunsViewModel(Executor ui) {
        this.ui = ui;
        selectedJob.addListener((o, a, b) -> {
            watchedJob = b.longValue();
            thermoStamp = -1;
            profileStamp = -1;
            thermo.set(ThermoSeries.EMPTY);
            profile.set(DensityProfileData.EMPTY);
            poller.execute(this::pollSafely);
        });
        poller.scheduleWithFixedDelay(this::pollSafely, POLL_MILLIS, POLL_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** Opens a campaign file for watching (closing the one open before); runs nothing yet. */
    public void open(Path file) throws IOException {
        close(false);
        CampaignStore s = CampaignStore.open(file);
        store.set(s);
        String name = s.spec().name();
        ui.execute(() -> {
            campaignName.set(name);
            jobs.clear();
            selectedJob.set(-1);
            open.set(true);
            message.set("");
        });
        poller.execute(this::pollSafely);
    }

    /** Runs the open campaign's remaining jobs on this computer, with the spec's workers and threads. */
    public synchronized void start() {
        CampaignStore s = store.get();
        if (s == null) {
            throw new IllegalStateException("no campaign is open");
        }
        if (runner != null && runner.isAlive()) {
            return;
        }
        LocalExecutor ex = new LocalExecutor(s.spec().execution().workers(), s.spec().execution().threadsPerJob());
        executor.set(ex);
        ui.execute(() -> {
            running.set(true);
            message.set("Running on this computer ...");
        });
        runner = Thread.ofPlatform().daemon().name("mdscape-runs-executor").start(() -> {
            String end;
            try {
                ExecutionSummary sum = ex.execute(s, new ExecutionListener() {
                    @Override
                    public void started(long jobId, long attemptId) {
                        // Called on the worker thread before the job builds its platform, so the job's own
                        // threads inherit the lower priority too.
                        BackgroundPriority.lowerCurrentThread();
                    }
                });
                end = String.format(Locale.ROOT, "This run finished %d job(s), %d failed, %d stopped in %.1f s.",
                        sum.succeeded(), sum.failed(), sum.cancelled(), sum.wallSeconds())
                        + (sum.campaignCancelled() ? " The campaign is cancelled; Resume continues it." : "");
            } catch (IOException e) {
                end = "The run stopped: " + e.getMessage();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                end = "The run was interrupted.";
            }
            String last = end;
            pollSafely();
            ui.execute(() -> {
                running.set(false);
                message.set(last);
            });
        });
    }

    /** Cancels the campaign: pending jobs are cancelled, running ones stop at their next step (checkpoints kept). */
    public void cancel() {
        CampaignStore s = store.get();
        if (s == null) {
            return;
        }
        Thread.ofPlatform().daemon().name("mdscape-runs-cancel").start(() -> {
            try {
                s.cancel();
            } catch (SQLException e) {
                ui.execute(() -> message.set("Cannot cancel: " + e.getMessage()));
            }
            LocalExecutor ex = executor.get();
            if (ex != null) {
                ex.cancel();
            }
            pollSafely();
        });
    }

    /** Makes a cancelled campaign runnable again (failed jobs too) and runs it. */
    public void resume() {
        CampaignStore s = store.get();
        if (s == null) {
            return;
        }
        Thread.ofPlatform().daemon().name("mdscape-runs-resume").start(() -> {
            try {
                Thread r = runner;
                if (r != null) {
                    r.join();
                }
                s.reactivate(true);
                start();
            } catch (SQLException e) {
                ui.execute(() -> message.set("Cannot resume: " + e.getMessage()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    private void pollSafely() {
        try {
            poll();
        } catch (SQLException | IOException | RuntimeException e) {
            String why = e.getMessage();
            ui.execute(() -> message.set("Cannot read the campaign: " + why));
        }
    }

    private void poll() throws SQLException, IOException {
        CampaignStore s = store.get();
        if (s == null) {
            return;
        }
        List<JobOverview> now = CampaignJobs.list(s);
        CampaignStatus st = s.status();
        long job = watchedJob;
        ThermoSeries th = null;
        DensityProfileData pr = null;
        String note = null;
        if (job >= 0) {
            Path dir = CampaignStore.dataDir(s.file()).resolve("jobs").resolve(Long.toString(job));
            Path thermoFile = dir.resolve("thermo.csv"), profileFile = dir.resolve("profile.csv");
            long tStamp = stamp(thermoFile), pStamp = stamp(profileFile);
            if (tStamp != thermoStamp) {
                th = ThermoSeries.read(thermoFile);
                thermoStamp = tStamp;
            }
            if (pStamp != profileStamp) {
                pr = DensityProfileData.read(profileFile);
                profileStamp = pStamp;
            }
            JobOverview o = job < now.size() ? now.get((int) job) : null;
            if (o != null) {
                note = switch (o.state()) {
                    case DONE -> "Job " + job + ": done.";
                    case RUNNING -> String.format(Locale.ROOT, "Job %d: running, %.0f%%. Thermo is saved at each checkpoint; "
                            + "the profile appears when the job ends.", job, 100 * o.progress());
                    case PENDING -> "Job " + job + ": waiting to run.";
                    case FAILED -> "Job " + job + " failed: " + o.message();
                    case CANCELLED -> "Job " + job + ": cancelled.";
                    // States the engine may add later (a surrogate's answer, say) are named by their label.
                    default -> "Job " + job + ": " + o.state().label() + ".";
                };
            }
        }
        ThermoSeries thermoNow = th;
        DensityProfileData profileNow = pr;
        String noteNow = note;
        ui.execute(() -> publish(now, st, thermoNow, profileNow, noteNow));
    }

    /** "12 done, 0 running, 0 pending, ...": the states a scientist looks for first, then every other one. */
    static String countsByState(CampaignStatus st) {
        java.util.List<JobState> order = new java.util.ArrayList<>(List.of(JobState.DONE, JobState.RUNNING, JobState.PENDING));
        for (JobState s : JobState.values()) {
            if (!order.contains(s)) {
                order.add(s);
            }
        }
        return String.join(", ", order.stream().map(s -> st.count(s) + " " + s.label()).toList());
    }

    private static long stamp(Path f) {
        try {
            return java.nio.file.Files.getLastModifiedTime(f).toMillis() ^ java.nio.file.Files.size(f) << 20;
        } catch (IOException e) {
            return 0;
        }
    }

    private void publish(List<JobOverview> now, CampaignStatus st, ThermoSeries th, DensityProfileData pr, String note) {
        // Rows are made once per campaign; afterwards only their properties change (cheap for the FX thread).
        if (jobs.size() != now.size()) {
            jobs.setAll(now.stream().map(JobRow::new).toList());
        } else {
            for (int i = 0; i < now.size(); i++) {
                jobs.get(i).update(now.get(i));
            }
        }
        cancelled.set(st.cancelled());
        counts.set(st.jobs() + " jobs: " + countsByState(st) + (st.cancelled() ? " (campaign cancelled)" : ""));
        String rate = Double.isFinite(st.jobsPerHour()) ? String.format(Locale.ROOT, "%.1f jobs/h", st.jobsPerHour()) : "- jobs/h";
        int left = st.count(JobState.PENDING) + st.count(JobState.RUNNING);
        String eta = left == 0 ? "nothing left to run" : Double.isFinite(st.etaSeconds())
                ? "ETA " + Numbers.duration(st.etaSeconds() / 3600) : "ETA after the first job ends";
        throughput.set(String.format(Locale.ROOT, "Steps %,d of %,d · %s · %s · spend $0 (this computer)", st.stepsDone(),
                st.stepsTotal(), rate, eta));
        if (th != null) {
            thermo.set(th);
        }
        if (pr != null) {
            profile.set(pr);
        }
        if (note != null) {
            selectionNote.set(note);
        }
    }

    /** Closes the open campaign (its running jobs stop and stay pending, with their checkpoints). */
    public void closeCampaign() {
        close(false);
    }

    /** Stops running jobs (they stay pending, with their checkpoints) and closes the file. */
    @Override
    public void close() {
        close(true);
        poller.shutdownNow();
    }

    private void close(boolean finalClose) {
        LocalExecutor ex = executor.getAndSet(null);
        if (ex != null) {
            ex.cancel();
        }
        Thread r = runner;
        if (r != null) {
            try {
                r.join(30_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        CampaignStore s = store.getAndSet(null);
        if (s != null) {
            try {
                s.close();
            } catch (IOException e) {
                // closing a read connection: nothing is lost
            }
        }
        if (!finalClose) {
            ui.execute(() -> open.set(false));
        }
    }

    /** The open campaign file, or null. */
    public Path file() {
        CampaignStore s = store.get();
        return s == null ? null : s.file();
    }

    public ObservableList<JobRow> jobs() {
        return jobs;
    }

    public ReadOnlyStringProperty campaignNameProperty() {
        return campaignName;
    }

    public ReadOnlyStringProperty countsProperty() {
        return counts;
    }

    public ReadOnlyStringProperty throughputProperty() {
        return throughput;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running;
    }

    public ReadOnlyBooleanProperty openProperty() {
        return open;
    }

    public ReadOnlyBooleanProperty cancelledProperty() {
        return cancelled;
    }

    public LongProperty selectedJobProperty() {
        return selectedJob;
    }

    public ReadOnlyObjectProperty<ThermoSeries> thermoProperty() {
        return thermo;
    }

    public ReadOnlyObjectProperty<DensityProfileData> profileProperty() {
        return profile;
    }

    public ReadOnlyStringProperty selectionNoteProperty() {
        return selectionNote;
    }
}
