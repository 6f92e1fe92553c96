package org.mdscape.engine.campaign;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.mdscape.engine.run.ElectrolyteResult;
import org.mdscape.engine.run.ElectrolyteRun;

/**
 * An executor that serves recorded results instead of simulating: each claimed job is answered with the
 * recorded profile of the same point (from an earlier campaign over the same sweep), stored exactly as a
 * finished simulation would be. It exercises everything downstream of the executor — the campaign file,
 * listeners, the surrogate's learning loop and switch — at the speed of a database write, which is what
 * tests and the learning-loop benchmark need. Jobs run one at a time, in claim order.
 */
public final class ReplayExecutor implements Executor {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Map<Long, ProfileResult> byPoint;
    private final long millisPerJob;
    private final Runnable beforeEachJob;
    private final AtomicBoolean cancelled = new AtomicBoolean();

    /**
     * @param recorded      recorded results, keyed by point id (the campaign must have the same points)
     * @param millisPerJob  pause before each result lands (0: none), to let background work interleave
     * @param beforeEachJob runs before each claim (e.g. waiting for a learning loop to be idle, which makes a
     *                      replay deterministic: every version sees exactly the results it would have)
     */
    public ReplayExecutor(Map<Long, ProfileResult> recorded, long millisPerJob, Runnable beforeEachJob) {
        this.byPoint = Map.copyOf(recorded);
        this.millisPerJob = millisPerJob;
        this.beforeEachJob = beforeEachJob;
    }

    @Override
    public ExecutionSummary execute(CampaignStore store, ExecutionListener listener) throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        ProcessIdentity me = ProcessIdentity.start();
        int ok = 0, failed = 0;
        try {
            while (!cancelled.get()) {
                beforeEachJob.run();
                var claim = store.claimNext(me, 1);
                if (claim.isEmpty()) {
                    break;
                }
                Claim c = claim.get();
                listener.started(c.jobId(), c.attemptId());
                ProfileResult r = byPoint.get(c.pointId());
                if (r == null || !samePoint(r.params(), c.point())) {
                    String message = "no recorded result for point " + c.pointId() + " " + c.point();
                    store.endWithoutResult(c, JobState.FAILED, "failed", message, 0);
                    listener.ended(c.jobId(), "failed", message);
                    failed++;
                    continue;
                }
                if (millisPerJob > 0) {
                    Thread.sleep(millisPerJob);
                }
                store.finish(c, result(store.spec(), c, r));
                listener.ended(c.jobId(), "succeeded", null);
                ok++;
            }
        } catch (SQLException e) {
            throw new IOException(CampaignStore.reason(e), e);
        }
        return new ExecutionSummary(ok, failed, 0, 0, (System.nanoTime() - t0) / 1e9, false);
    }

    private static boolean samePoint(Map<String, Double> a, Map<String, Double> b) {
        for (Map.Entry<String, Double> e : b.entrySet()) {
            Double v = a.get(e.getKey());
            if (v == null || Math.abs(v - e.getValue()) > 1e-9 * Math.max(1, Math.abs(v))) {
                return false;
            }
        }
        return true;
    }

    private static JobResult result(CampaignSpec spec, Claim c, ProfileResult r) throws IOException {
        ElectrolyteRun run = spec.electrolyteRunAt(c.point());
        ElectrolyteResult.Profile p = new ElectrolyteResult.Profile(r.zNm(), r.contact(), r.rhoPlus(), r.rhoPlusErr(),
                r.rhoMinus(), r.rhoMinusErr(), 0);
        ElectrolyteResult e = new ElectrolyteResult("electrolyte", run, new ElectrolyteResult.Ions(0, 0),
                new ElectrolyteResult.BoxSize(0, r.hNm(), r.unitNm()), p, null, null, null, 0, run.steps(),
                "replayed");
        Map<String, Double> scalars = new LinkedHashMap<>();
        scalars.put("replayed", 1.0);
        return new JobResult(JSON.writeValueAsString(e), scalars, p);
    }

    @Override
    public void cancel() {
        cancelled.set(true);
    }
}
