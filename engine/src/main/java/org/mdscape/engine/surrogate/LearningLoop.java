package org.mdscape.engine.surrogate;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.mdscape.engine.campaign.CampaignStore;
import org.mdscape.engine.campaign.ExecutionListener;
import org.mdscape.engine.campaign.JobState;
import org.mdscape.engine.campaign.SurrogateStore;
import org.mdscape.engine.campaign.SurrogateStore.OpenJob;

/**
 * Learns while a campaign runs: listens to an executor, retrains the surrogate in the background whenever
 * enough new simulations have landed, steers the next simulations to where the ensemble is least sure
 * (active learning, by job priority), and, when the {@link SwitchPolicy} is met, answers every pending
 * job with the surrogate, after which the executor finds nothing left to claim and ends.
 *
 * <p>Training runs on one background thread and never inside the executor's callbacks, which only count.
 * Attach it as (part of) the executor's listener; call {@link #finish} after the executor returns.
 */
public final class LearningLoop implements ExecutionListener, AutoCloseable {

    /**
     * @param firstAfter     simulated points before the first version
     * @param retrainEvery   new simulated points that trigger the next version (at least; 10% of the
     *                       points trained on if larger)
     * @param activeLearning reorder pending jobs by ensemble spread after each version
     */
    public record Settings(SurrogateConfig config, SwitchPolicy policy, boolean activeLearning, int firstAfter,
                           int retrainEvery) {
        public static final Settings DEFAULT = new Settings(SurrogateConfig.DEFAULT, SwitchPolicy.DEFAULT, true, 10, 5);

        public Settings {
            if (firstAfter < 3) {
                throw new IllegalArgumentException("firstAfter = " + firstAfter + ": at least 3 simulated points");
            }
            if (retrainEvery < 1) {
                throw new IllegalArgumentException("retrainEvery = " + retrainEvery + ": at least 1");
            }
        }
    }

    /** What the loop reports (from its background thread). */
    public interface Observer {
        default void trained(CampaignSurrogate.Trained t) {
        }

        default void prioritised(int jobs) {
        }

        default void switched(long versionId, int answered) {
        }

        default void failed(String message) {
        }
    }

    private final CampaignStore campaign;
    private final CampaignSurrogate surrogate;
    private final Settings settings;
    private final Observer observer;
    private final ExecutorService background;
    private int doneAtLastVersion = -1;
    private boolean training;
    private volatile boolean switched;
    private Future<?> inFlight;

    public LearningLoop(CampaignStore campaign, Settings settings, Observer observer) {
        this.campaign = campaign;
        this.surrogate = new CampaignSurrogate(campaign);
        this.settings = settings;
        this.observer = observer;
        this.background = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "surrogate-trainer");
            t.setDaemon(true);
            return t;
        });
    }

    public boolean switched() {
        return switched;
    }

    @Override
    public void ended(long jobId, String outcome, String message) {
        if ("succeeded".equals(outcome)) {
            poke();
        }
    }

    /** Considers retraining now (also useful right after start, for a resumed campaign). */
    public synchronized void poke() {
        if (training || switched) {
            return;
        }
        training = true;
        inFlight = background.submit(this::maybeTrain);
    }

    private void maybeTrain() {
        try {
            int done = campaign.status().count(JobState.DONE);
            int trainedOn = doneAtLastVersion < 0 ? 0 : doneAtLastVersion;
            int needed = doneAtLastVersion < 0 ? settings.firstAfter()
                    : trainedOn + Math.max(settings.retrainEvery(), (int) Math.ceil(0.1 * trainedOn));
            if (done < needed) {
                return;
            }
            CampaignSurrogate.Trained t = surrogate.train(settings.config(), m -> {
            });
            doneAtLastVersion = done;
            observer.trained(t);
            SurrogateStore store = surrogate.store();
            if (settings.policy().met(store.versions())) {
                answerRest(t.version().id());
            } else if (settings.activeLearning()) {
                prioritise();
            }
        } catch (Exception e) {
            observer.failed("surrogate training failed: " + e.getMessage());
        } finally {
            synchronized (this) {
                training = false;
            }
        }
        // Results may have landed while training; look again without waiting for the next one.
        try {
            if (!switched && campaign.status().count(JobState.DONE) > doneAtLastVersion && doneAtLastVersion >= 0) {
                int done = campaign.status().count(JobState.DONE);
                if (done >= doneAtLastVersion + Math.max(settings.retrainEvery(), (int) Math.ceil(0.1 * doneAtLastVersion))) {
                    poke();
                }
            }
        } catch (SQLException e) {
            observer.failed("could not read the campaign: " + e.getMessage());
        }
    }

    private void prioritise() throws Exception {
        List<OpenJob> open = surrogate.store().openJobs().stream().filter(j -> !j.forced()).toList();
        if (open.isEmpty()) {
            return;
        }
        try (SurrogateEnsemble e = surrogate.latestEnsemble(settings.config().threads()).orElseThrow()) {
            List<Map<String, Double>> points = open.stream().map(OpenJob::params).toList();
            List<Double> half = new ArrayList<>();
            double[][] x = new double[points.size()][];
            for (int i = 0; i < points.size(); i++) {
                half.add(BinLayout.of(campaign.spec().electrolyteRunAt(points.get(i))).halfChannel(0));
                x[i] = e.space().scale(points.get(i));
            }
            double[] score = ActiveLearning.spread(e, points, half);
            int batch = Math.max(2 * settings.retrainEvery(), 4);
            List<Integer> chosen = ActiveLearning.select(x, score, batch);
            Map<Long, Double> priority = new HashMap<>();
            for (OpenJob j : open) {
                priority.put(j.jobId(), 0.0);
            }
            for (int k = 0; k < chosen.size(); k++) {
                priority.put(open.get(chosen.get(k)).jobId(), (double) (chosen.size() - k));
            }
            surrogate.store().prioritise(priority);
            observer.prioritised(chosen.size());
        }
    }

    private void answerRest(long versionId) throws Exception {
        List<OpenJob> open = surrogate.store().openJobs().stream().filter(j -> !j.forced()).toList();
        int answered = 0;
        if (!open.isEmpty()) {
            try (SurrogateEnsemble e = surrogate.latestEnsemble(settings.config().threads()).orElseThrow()) {
                List<ProfilePrediction> p = surrogate.predict(e, open.stream().map(OpenJob::params).toList());
                List<SurrogateStore.Answer> answers = new ArrayList<>();
                for (int i = 0; i < open.size(); i++) {
                    ProfilePrediction q = p.get(i);
                    answers.add(new SurrogateStore.Answer(open.get(i).jobId(), q.layout().zNm(), q.layout().contact(),
                            q.mean()[0], q.spread()[0], q.mean()[1], q.spread()[1]));
                }
                answered = surrogate.store().answer(versionId, answers);
            }
        }
        switched = true;
        observer.switched(versionId, answered);
    }

    /** Blocks until no training is in flight or queued (for replays and orderly shutdown). */
    public void awaitIdle() {
        while (true) {
            Future<?> f;
            synchronized (this) {
                if (!training) {
                    return;
                }
                f = inFlight;
            }
            try {
                f.get();
            } catch (java.util.concurrent.ExecutionException e) {
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Waits for a version being trained to be stored (up to {@code timeoutSeconds}). */
    public void finish(long timeoutSeconds) throws InterruptedException {
        Future<?> f;
        synchronized (this) {
            f = inFlight;
        }
        if (f != null) {
            try {
                f.get(timeoutSeconds, TimeUnit.SECONDS);
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                observer.failed("surrogate training did not finish: " + e.getMessage());
            }
        }
    }

    @Override
    public void close() {
        background.shutdownNow();
    }
}
