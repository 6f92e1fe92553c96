package org.mdscape.engine.campaign;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.mdscape.engine.sim.NeighbourListPolicy;
import org.mdscape.engine.sim.Platform;
import org.mdscape.engine.sim.PlatformKind;

/**
 * Runs a campaign on this computer: W worker threads, each claiming one job at a time from the campaign
 * file and running it with its own thread count into NAME.mdscape-data/jobs/JOB/. Each job checkpoints
 * every K steps (the spec's execution.checkpointEvery, or K steps of M minutes); a heartbeat thread records progress every second
 * and notices a cancel made by another process. A job left running by a process that died is claimed again
 * and continues from its last valid checkpoint, which makes its result bit-identical to an uninterrupted run.
 */
public final class LocalExecutor implements Executor {
    static final long HEARTBEAT_MILLIS = 1_000;

    private final int workers;
    private final int threadsPerJob;
    private final AtomicBoolean cancelled = new AtomicBoolean();
    /** Set when the campaign itself was cancelled (from any process), not only this executor stopped. */
    private final AtomicBoolean campaignCancelled = new AtomicBoolean();

    /** Stops a job between two steps; the simulation's state and checkpoints stay consistent. */
    private static final class Stop extends RuntimeException {
        Stop() {
            super("cancelled", null, false, false);
        }
    }

    private record Running(Claim claim, AtomicLong step, AtomicLong startStep) {
    }

    public LocalExecutor(int workers, int threadsPerJob) {
        if (workers < 1 || threadsPerJob < 1) {
            throw new IllegalArgumentException("workers and threads per job must be at least 1");
        }
        this.workers = workers;
        this.threadsPerJob = threadsPerJob;
    }

    @Override
    public void cancel() {
        cancelled.set(true);
    }

    @Override
    public ExecutionSummary execute(CampaignStore store, ExecutionListener listener)
            throws IOException, InterruptedException {
        ProcessIdentity me = ProcessIdentity.start();
        try {
            return execute(store, listener, me);
        } finally {
            me.retire();
        }
    }

    private ExecutionSummary execute(CampaignStore store, ExecutionListener listener, ProcessIdentity me)
            throws IOException, InterruptedException {
        CampaignSpec spec = store.spec();
        Path jobsDir = CampaignStore.dataDir(store.file()).resolve("jobs");
        Files.createDirectories(jobsDir);
        Map<Long, Running> running = new ConcurrentHashMap<>();
        AtomicInteger succeeded = new AtomicInteger(), failed = new AtomicInteger(), stopped = new AtomicInteger();
        AtomicLong stepsRun = new AtomicLong();
        List<Throwable> fatal = new ArrayList<>();
        long t0 = System.nanoTime();

        Thread heartbeat = Thread.ofPlatform().daemon().name("mdscape-campaign-heartbeat").start(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                try {
                    Thread.sleep(HEARTBEAT_MILLIS);
                    for (Running r : running.values()) {
                        store.heartbeat(r.claim(), r.startStep().get(), r.step().get());
                    }
                    if (store.cancelled()) {
                        campaignCancelled.set(true);
                        cancelled.set(true);
                    }
                } catch (InterruptedException e) {
                    return;
                } catch (SQLException e) {
                    // A busy file or a full disk: the next beat tries again; the job itself goes on.
                }
            }
        });

        List<Thread> threads = new ArrayList<>();
        for (int w = 0; w < workers; w++) {
            threads.add(Thread.ofPlatform().name("mdscape-campaign-worker-" + w).start(() -> {
                try {
                    while (!cancelled.get()) {
                        Optional<Claim> next = store.claimNext(me, threadsPerJob);
                        if (next.isEmpty()) {
                            return;
                        }
                        Claim c = next.get();
                        Running r = new Running(c, new AtomicLong(), new AtomicLong());
                        running.put(c.jobId(), r);
                        listener.started(c.jobId(), c.attemptId());
                        try {
                            String outcome = runJob(store, spec, c, r, jobsDir, listener, stepsRun);
                            switch (outcome) {
                                case "succeeded" -> succeeded.incrementAndGet();
                                case "cancelled" -> stopped.incrementAndGet();
                                default -> failed.incrementAndGet();
                            }
                        } finally {
                            running.remove(c.jobId());
                        }
                    }
                } catch (SQLException | RuntimeException e) {
                    synchronized (fatal) {
                        fatal.add(e);
                    }
                    cancelled.set(true);
                }
            }));
        }
        try {
            for (Thread t : threads) {
                t.join();
            }
        } finally {
            heartbeat.interrupt();
            heartbeat.join();
        }
        if (!fatal.isEmpty()) {
            throw new IOException("campaign store failed: " + CampaignStore.reason(fatal.getFirst()), fatal.getFirst());
        }
        boolean campaignCancelled;
        try {
            campaignCancelled = store.cancelled();
        } catch (SQLException e) {
            throw new IOException(CampaignStore.reason(e), e);
        }
        return new ExecutionSummary(succeeded.get(), failed.get(), stopped.get(), stepsRun.get(),
                (System.nanoTime() - t0) / 1e9, campaignCancelled);
    }

    private String runJob(CampaignStore store, CampaignSpec spec, Claim c, Running r, Path jobsDir,
                          ExecutionListener listener, AtomicLong stepsRun) throws SQLException {
        JobRun run = spec.model().run(spec.fixed(), c.point(), spec.simulation(), c.seed(), c.checkpointEvery());
        Path dir = jobsDir.resolve(Long.toString(c.jobId()));
        long steps = run.steps();
        try {
            Files.createDirectories(dir);
            Platform platform = PlatformKind.parse(spec.execution().platform()).create(c.threads(),
                    NeighbourListPolicy.automatic());
            CheckpointRecovery.Start start = CheckpointRecovery.choose(run, platform, dir, (kind, message) -> {
                try {
                    store.event(c.jobId(), c.attemptId(), kind, message);
                } catch (SQLException e) {
                    throw new IOException(CampaignStore.reason(e), e);
                }
            });
            r.startStep().set(start.step());
            r.step().set(start.step());
            store.heartbeat(c, start.step(), start.step());
            if (start.resume()) {
                store.event(c.jobId(), c.attemptId(), "resumed", "from the checkpoint at step " + start.step());
            }
            JobResult result = run.execute(platform, dir, start.resume(), step -> {
                r.step().set(step);
                listener.progress(c.jobId(), step, steps);
                if (cancelled.get()) {
                    throw new Stop();
                }
            });
            stepsRun.addAndGet(steps - start.step());
            store.finish(c, result);
            // The result is stored: the checkpoints (megabytes for long runs) have served their purpose.
            // Killed before this, they are simply left behind; the job is done either way.
            Path checkpoint = dir.resolve(org.mdscape.engine.run.LennardJonesRunner.CHECKPOINT_FILE);
            try {
                Files.deleteIfExists(checkpoint);
                Files.deleteIfExists(org.mdscape.engine.sim.Checkpoint.previous(checkpoint));
            } catch (IOException leftBehind) {
                // Only disk space is at stake; the result is safe.
            }
            listener.ended(c.jobId(), "succeeded", null);
            return "succeeded";
        } catch (Stop e) {
            stepsRun.addAndGet(r.step().get() - r.startStep().get());
            // A cancelled campaign keeps its jobs cancelled until resumed; an executor merely stopped (Ctrl-C,
            // the window closed) leaves them pending for the next run.
            boolean campaign = campaignCancelled.get();
            store.endWithoutResult(c, campaign ? JobState.CANCELLED : JobState.PENDING, "cancelled", "stopped at step "
                    + r.step().get() + (campaign ? " (campaign cancelled)" : " (runner stopped)")
                    + "; resumes from its last checkpoint", r.step().get());
            listener.ended(c.jobId(), "cancelled", null);
            return "cancelled";
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            String message = CampaignStore.reason(e);
            store.endWithoutResult(c, JobState.FAILED, "failed", message, r.step().get());
            listener.ended(c.jobId(), "failed", message);
            return "failed";
        }
    }
}
