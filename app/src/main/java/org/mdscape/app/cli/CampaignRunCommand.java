package org.mdscape.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.mdscape.engine.campaign.CampaignSpec;
import org.mdscape.engine.campaign.CampaignSpecReader;
import org.mdscape.engine.campaign.CampaignStatus;
import org.mdscape.engine.campaign.CampaignStore;
import org.mdscape.engine.campaign.ExecutionListener;
import org.mdscape.engine.campaign.ExecutionSummary;
import org.mdscape.engine.campaign.LocalExecutor;
import org.mdscape.engine.model.InvalidSpecException;
import org.mdscape.engine.surrogate.CampaignSurrogate;
import org.mdscape.engine.surrogate.LearningLoop;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code mdscape campaign run SPEC.json|NAME.mdscape}: creates the campaign file on first run, then runs its jobs. */
@Command(name = "run", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Run a campaign on this computer until every job has ended.",
                "Given a spec, creates NAME.mdscape (NAME from the spec) in --dir on first run; given NAME.mdscape, "
                        + "continues it. Jobs a killed process left behind resume from their last checkpoint."})
final class CampaignRunCommand implements Callable<Integer> {
    static final int MAX_WORKERS = 256;
    static final int MAX_THREADS = 1024;

    @Parameters(index = "0", paramLabel = "SPEC.json|NAME.mdscape", description = "campaign spec (JSON) or campaign file")
    Path input;

    @Option(names = "--workers", paramLabel = "W", description = "jobs at once (default: the spec's execution.workers)")
    Integer workers;

    @Option(names = "--threads", paramLabel = "T", description = "threads per job (default: the spec's execution.threadsPerJob); "
            + "a job keeps the count it started with, so its resumed result stays bit-identical")
    Integer threads;

    @Option(names = "--dir", paramLabel = "DIR", defaultValue = ".", description = "folder of the campaign file when given a spec (default: current folder)")
    Path dir;

    @picocli.CommandLine.Mixin
    LearningOptions learning = new LearningOptions();

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        CampaignFiles.checkRange("--workers", workers, 1, MAX_WORKERS);
        CampaignFiles.checkRange("--threads", threads, 1, MAX_THREADS);
        LearningLoop.Settings settings = learning.learn ? learning.settings() : null;
        try (CampaignStore store = openOrCreate()) {
            if (store.cancelled()) {
                throw new UsageError(store.file().toString(), "the campaign was cancelled; continue it with 'mdscape campaign resume "
                        + store.file() + "'");
            }
            return execute(store, workers, threads, settings, spec.commandLine().getOut());
        }
    }

    private CampaignStore openOrCreate() throws IOException {
        if (CampaignFiles.isCampaignFile(input)) {
            return CampaignFiles.open(input);
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(input);
        } catch (NoSuchFileException e) {
            throw new UsageError(input.toString(), "no such spec file");
        }
        CampaignSpec campaign;
        try {
            campaign = CampaignSpecReader.read(bytes);
        } catch (InvalidSpecException e) {
            throw CampaignFiles.specError(input, e);
        }
        if (learning.learn && campaign.model() != org.mdscape.engine.campaign.ModelKind.ELECTROLYTE) {
            throw new UsageError("--learn", "surrogates learn density profiles; campaign " + campaign.name() + " sweeps "
                    + campaign.model().label());
        }
        Path file = dir.resolve(campaign.name() + CampaignStore.EXTENSION);
        String json = new String(bytes, StandardCharsets.UTF_8);
        if (Files.exists(file)) {
            CampaignStore store = CampaignFiles.open(file);
            if (!store.specJson().equals(json)) {
                store.close();
                throw new UsageError(input.toString(), file + " already exists with a different spec; continue it with"
                        + " 'mdscape campaign run " + file + "', or give this spec another name");
            }
            return store;
        }
        if (!Files.isDirectory(dir)) {
            throw new UsageError("--dir", "no such folder: " + dir);
        }
        return CampaignStore.create(file, campaign, json);
    }

    /**
     * Runs the campaign's jobs with a progress bar, learning a surrogate alongside when {@code learning} is
     * given; prints a summary. Exit 0, or 1 if a job failed.
     */
    static int execute(CampaignStore store, Integer workers, Integer threads, LearningLoop.Settings learning,
                       PrintWriter out) throws Exception {
        CampaignSpec s = store.spec();
        if (learning != null && s.model() != org.mdscape.engine.campaign.ModelKind.ELECTROLYTE) {
            throw new UsageError("--learn", "surrogates learn density profiles; campaign " + s.name() + " sweeps "
                    + s.model().label());
        }
        LearningLoop loop = learning == null ? null : new LearningLoop(store, learning, new LearningLoop.Observer() {
            @Override
            public void trained(CampaignSurrogate.Trained t) {
                var v = t.version();
                out.printf(Locale.ROOT, "surrogate version %d: trained on %d points in %.1f s; held-out accuracy %s on %d points%n",
                        v.id(), v.trainingPoints(), v.trainSeconds(),
                        Double.isNaN(v.accuracy()) ? "n/a" : String.format(Locale.ROOT, "%.3f", v.accuracy()), v.testPoints());
            }

            @Override
            public void switched(long versionId, int answered) {
                out.printf(Locale.ROOT, "surrogate version %d met the target: %d remaining point(s) answered by it%n",
                        versionId, answered);
            }

            @Override
            public void failed(String message) {
                out.println(message);
            }
        });
        int w = workers != null ? workers : s.execution().workers();
        int t = threads != null ? threads : s.execution().threadsPerJob();
        LocalExecutor executor = new LocalExecutor(w, t);
        CampaignStatus before = store.status();
        CountDownLatch finished = new CountDownLatch(1);
        // Ctrl-C: stop the jobs between two steps and record them as cancelled, rather than leave them "running".
        Thread hook = new Thread(() -> {
            executor.cancel();
            try {
                finished.await(20, TimeUnit.SECONDS);
            } catch (InterruptedException ignored) {
                // the JVM is going down anyway
            }
        });
        Runtime.getRuntime().addShutdownHook(hook);
        ExecutionSummary summary;
        try (Progress progress = Progress.start("campaign " + s.name(), before.stepsTotal())) {
            java.util.Map<Long, Long> steps = new java.util.concurrent.ConcurrentHashMap<>();
            java.util.concurrent.atomic.AtomicLong base = new java.util.concurrent.atomic.AtomicLong(before.stepsDone());
            ExecutionListener bar = new ExecutionListener() {
                @Override
                public void progress(long jobId, long step, long total) {
                    Long old = steps.put(jobId, step);
                    if (old == null || step / 1000 != old / 1000) {
                        progress.stepTo(base.get() + steps.values().stream().mapToLong(Long::longValue).sum());
                    }
                }

                @Override
                public void ended(long jobId, String outcome, String message) {
                    Long last = steps.remove(jobId);
                    if (last != null) {
                        base.addAndGet(last);
                    }
                    if (message != null) {
                        out.println("job " + jobId + " " + outcome + ": " + message);
                    }
                }
            };
            if (loop != null) {
                loop.poke(); // a resumed campaign may already have enough results for a version
            }
            summary = executor.execute(store, loop == null ? bar : bar.and(loop));
            if (loop != null) {
                loop.finish(3600);
            }
        } finally {
            if (loop != null) {
                loop.close();
            }
            finished.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException ignored) {
                // already shutting down
            }
        }
        CampaignStatus after = store.status();
        out.printf(Locale.ROOT, "%s: this run finished %d job(s), %d failed, %d stopped in %.1f s (%.0f steps/s over %d worker(s))%n",
                store.file(), summary.succeeded(), summary.failed(), summary.cancelled(), summary.wallSeconds(),
                summary.stepsRun() / Math.max(1e-9, summary.wallSeconds()), w);
        out.println("  " + CampaignStatusCommand.counts(after));
        if (summary.campaignCancelled()) {
            out.println("  cancelled; continue with 'mdscape campaign resume " + store.file() + "'");
        } else if (summary.cancelled() > 0) {
            out.println("  stopped; continue with 'mdscape campaign run " + store.file() + "'");
        }
        return summary.failed() > 0 ? 1 : 0;
    }
}
