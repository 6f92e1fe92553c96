package org.mdscape.cloud.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.mdscape.cloud.preemption.BathtubModel;
import org.mdscape.cloud.preemption.ExponentialModel;
import org.mdscape.cloud.preemption.PreemptionModel;

/** Checkpoint plans: the exact evaluator against closed forms and simulation; DP against Young-Daly. */
class CheckpointPlanningTest {
    private static final BathtubModel SCISPOT = BathtubModel.PUBLISHED;
    private static final double MINUTE = 1.0 / 60;

    @Test
    void withoutCheckpointsTheEvaluatorIsTheRenewalFormula() {
        for (double t : new double[] {1, 4, 10}) {
            for (double s : new double[] {0, 2, 15}) {
                assertEquals(ExpectedRunningTime.renewal(SCISPOT, t, s),
                        CheckpointedJob.expectedHours(SCISPOT, t, CheckpointSchedule.none(), s, 0), 1e-9);
            }
        }
    }

    @Test
    void exponentialSegmentsHaveTheClassicClosedForm() {
        // Memoryless failures at rate 1/M: a piece of wall length L resumed with cost R takes (M + R)(e^(L/M) - 1).
        double m = 2.0;
        ExponentialModel model = new ExponentialModel(m);
        CheckpointSchedule schedule = CheckpointSchedule.every(0.7, 3.0, 2 * MINUTE, 3 * MINUTE, "test");
        JobSegments pieces = schedule.segments(3.0);
        double expected = 0;
        for (int i = 0; i < pieces.count(); i++) {
            expected += (m + pieces.resumeHours()[i]) * Math.expm1(pieces.wallHours()[i] / m);
        }
        assertEquals(expected, CheckpointedJob.expectedHours(model, 3.0, schedule, 5.0, 0), 1e-9);
    }

    @Test
    void evaluatorAgreesWithSimulationOnTheBathtub() {
        for (double[] ts : new double[][] {{4, 0}, {10, 0}, {6, 19}}) {
            CheckpointSchedule plan = CheckpointPlanner.modelBased(SCISPOT, ts[0], ts[1], MINUTE, MINUTE, 0);
            double exact = CheckpointedJob.expectedHours(SCISPOT, ts[0], plan, ts[1], 0);
            double[] sim = simulate(SCISPOT, ts[0], plan, ts[1], 40_000, new SplittableRandom(3));
            assertTrue(Math.abs(sim[0] - exact) < 4 * sim[1], "T=" + ts[0] + " s=" + ts[1] + ": sim " + sim[0] + " +/- " + sim[1] + " exact " + exact);
        }
    }

    @Test
    void modelBasedPlanBeatsYoungDalyOnTheBathtub() {
        double mean = SCISPOT.meanLifetime();
        System.out.printf(Locale.ROOT, "checkpoint overhead (E - T)/T, bathtub, checkpoint and restart 1 min each; mean lifetime %.2f h%n", mean);
        System.out.println("   T    none   YD(MTTF 1 h)  YD(mean)   DP   DP checkpoints");
        for (int t = 1; t <= 10; t++) {
            CheckpointSchedule dp = CheckpointPlanner.modelBased(SCISPOT, t, 0, MINUTE, MINUTE, 0);
            CheckpointSchedule yd1 = CheckpointPlanner.youngDaly(t, 1.0, MINUTE, MINUTE);
            CheckpointSchedule ydMean = CheckpointPlanner.youngDaly(t, mean, MINUTE, MINUTE);
            double eNone = CheckpointedJob.expectedHours(SCISPOT, t, CheckpointSchedule.none(), 0, 0);
            double eDp = CheckpointedJob.expectedHours(SCISPOT, t, dp, 0, 0);
            double eYd1 = CheckpointedJob.expectedHours(SCISPOT, t, yd1, 0, 0);
            double eYdMean = CheckpointedJob.expectedHours(SCISPOT, t, ydMean, 0, 0);
            System.out.printf(Locale.ROOT, "%4d  %5.1f%%  %9.1f%%  %8.1f%%  %5.1f%%  %d%n", t, 100 * (eNone / t - 1),
                    100 * (eYd1 / t - 1), 100 * (eYdMean / t - 1), 100 * (eDp / t - 1), dp.atWorkHours().size());
            assertTrue(eDp <= eYd1 + 1e-9 && eDp <= eYdMean + 1e-9, "T = " + t);
            assertTrue(eDp <= eNone + 1e-9, "T = " + t);
        }
        // The paper's headline: model-based overhead small, Young-Daly at MTTF = 1 h far larger. Checked by simulation.
        CheckpointSchedule dp = CheckpointPlanner.modelBased(SCISPOT, 5, 0, MINUTE, MINUTE, 0);
        CheckpointSchedule yd = CheckpointPlanner.youngDaly(5, 1.0, MINUTE, MINUTE);
        double[] simDp = simulate(SCISPOT, 5, dp, 0, 40_000, new SplittableRandom(11));
        double[] simYd = simulate(SCISPOT, 5, yd, 0, 40_000, new SplittableRandom(11));
        assertTrue(simDp[0] + 3 * (simDp[1] + simYd[1]) < simYd[0], "DP " + simDp[0] + " vs YD " + simYd[0]);
    }

    @Test
    void forMemorylessFailuresTheDpFindsYoungDalysOptimum() {
        // Young-Daly is near optimal for exponential failures: the DP may only improve on it slightly.
        ExponentialModel m = new ExponentialModel(3.0);
        double cost = 2 * MINUTE;
        CheckpointSchedule dp = CheckpointPlanner.modelBased(m, 6, 0, cost, cost, 0);
        CheckpointSchedule yd = CheckpointPlanner.youngDaly(6, 3.0, cost, cost);
        double eDp = CheckpointedJob.expectedHours(m, 6, dp, 0, 0);
        double eYd = CheckpointedJob.expectedHours(m, 6, yd, 0, 0);
        assertTrue(eDp <= eYd * 1.002, eDp + " vs " + eYd);
        assertTrue(eDp >= eYd * 0.98, eDp + " vs " + eYd);
    }

    /** A second implementation: run the job against sampled lifetimes. Returns {mean, standard error}. */
    static double[] simulate(PreemptionModel model, double jobHours, CheckpointSchedule schedule, double vmAge, int n,
            SplittableRandom random) {
        JobSegments pieces = schedule.segments(jobHours);
        double sum = 0;
        double sumSq = 0;
        for (int r = 0; r < n; r++) {
            double time = 0;
            double age = vmAge;
            double life = vmAge + model.sampleRemainingLifetime(vmAge, random);
            int i = 0;
            while (i < pieces.count()) {
                double wall = pieces.wallHours()[i];
                if (life - age >= wall) {
                    time += wall;
                    age += wall;
                    i++;
                } else {
                    time += life - age + pieces.resumeHours()[i];
                    age = pieces.resumeHours()[i];
                    life = model.sampleLifetime(random);
                    while (life < age) { // the evaluator assumes the new VM survives its restore
                        life = model.sampleLifetime(random);
                    }
                }
            }
            sum += time;
            sumSq += time * time;
        }
        double mean = sum / n;
        return new double[] {mean, Math.sqrt((sumSq / n - mean * mean) / n)};
    }
}
