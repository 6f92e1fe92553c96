package org.mdscape.cloud.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.mdscape.cloud.SharedData;
import org.mdscape.cloud.preemption.BathtubModel;
import org.mdscape.cloud.preemption.CensoredMaximumLikelihood;
import org.mdscape.cloud.preemption.EmpiricalModel;
import org.mdscape.cloud.preemption.ExponentialModel;
import org.mdscape.cloud.preemption.LifetimeSource;
import org.mdscape.cloud.preemption.PreemptionHistory;
import org.mdscape.cloud.preemption.PreemptionModel;
import org.mdscape.cloud.preemption.ResampledHistory;

/**
 * The makespan and cost estimator against the Monte-Carlo simulator, which replays the same plan event by
 * event: on the 1,442 real lifetimes (resampled with censoring respected) and on sampled model lifetimes.
 */
class BagEstimatorTest {
    private static final double MINUTE = 1.0 / 60;
    private static final int JOBS = 100;
    private static final int VMS = 32;

    @Test
    void estimatorMatchesSimulationOverTheRealLifetimes() {
        PreemptionHistory history = SharedData.preemptions();
        EmpiricalModel km = new EmpiricalModel(history);
        PreemptionModel mle = CensoredMaximumLikelihood.fitBathtub(history).model();
        for (double hours : new double[] {1, 4, 10}) {
            for (boolean checkpoints : new boolean[] {false, true}) {
                CheckpointSchedule schedule = checkpoints
                        ? CheckpointPlanner.modelBased(km, hours, 0, MINUTE, MINUTE, 0) : CheckpointSchedule.none();
                BagEstimate e = BagEstimator.estimate(km, hours, schedule, VMS, JOBS, true, 0);
                SimulatedBag sim = BagSimulator.simulate(new ResampledHistory(history), km, hours, schedule, VMS, JOBS, true,
                        0, 1000, new SplittableRandom(42));
                double makespanError = e.expectedMakespanHours() / sim.meanMakespanHours() - 1;
                double costError = e.expectedVmHours() / sim.meanVmHours() - 1;
                System.out.printf(Locale.ROOT, "real lifetimes, %4.1f h jobs, checkpoints %-16s estimator makespan %.3f h, "
                        + "VM-hours %.2f; simulation %.3f +/- %.3f h, %.2f +/- %.2f: errors %+.2f%% / %+.2f%%%n", hours,
                        schedule.label(), e.expectedMakespanHours(), e.expectedVmHours(), sim.meanMakespanHours(),
                        sim.makespanStandardError(), sim.meanVmHours(), sim.vmHoursStandardError(), 100 * makespanError,
                        100 * costError);
                assertEquals(0, makespanError, 0.05, "makespan, " + hours + " h jobs");
                assertEquals(0, costError, 0.05, "cost, " + hours + " h jobs");
                assertEquals(sim.failureProbability(), e.failureProbability(), 0.02);
            }
            // For the report: the parametric (censored MLE) bathtub against the same real lifetimes.
            BagEstimate parametric = BagEstimator.estimate(mle, hours, CheckpointSchedule.none(), VMS, JOBS, true, 0);
            SimulatedBag real = BagSimulator.simulate(new ResampledHistory(history), mle, hours, CheckpointSchedule.none(),
                    VMS, JOBS, true, 0, 1000, new SplittableRandom(43));
            System.out.printf(Locale.ROOT, "censored-MLE bathtub vs real lifetimes, %4.1f h jobs: makespan %+.2f%%, cost %+.2f%%%n",
                    hours, 100 * (parametric.expectedMakespanHours() / real.meanMakespanHours() - 1),
                    100 * (parametric.expectedVmHours() / real.meanVmHours() - 1));
        }
    }

    @Test
    void estimatorMatchesSimulationOnModelLifetimesIncludingPercentiles() {
        for (PreemptionModel model : new PreemptionModel[] {BathtubModel.PUBLISHED, new ExponentialModel(6.2)}) {
            for (double hours : new double[] {1, 4, 10}) {
                CheckpointSchedule schedule = CheckpointPlanner.modelBased(model, hours, 0, MINUTE, MINUTE, 0);
                for (CheckpointSchedule s : new CheckpointSchedule[] {CheckpointSchedule.none(), schedule}) {
                    BagEstimate e = BagEstimator.estimate(model, hours, s, VMS, JOBS, true, 0);
                    SimulatedBag sim = BagSimulator.simulate(LifetimeSource.of(model), model, hours, s, VMS, JOBS, true, 0,
                            600, new SplittableRandom(5));
                    String what = model.family() + ", " + hours + " h, " + s.label();
                    assertEquals(sim.meanMakespanHours(), e.expectedMakespanHours(), 4 * sim.makespanStandardError() + 0.01 * hours, what);
                    assertEquals(sim.meanVmHours(), e.expectedVmHours(), 4 * sim.vmHoursStandardError() + 0.002 * sim.meanVmHours(), what);
                    assertEquals(sim.makespanP95Hours(), e.makespanP95Hours(), 0.05 * sim.makespanP95Hours(), what);
                    assertEquals(sim.makespanP05Hours(), e.makespanP05Hours(), 0.05 * sim.makespanP05Hours(), what);
                }
            }
        }
    }

    @Test
    void ageMatchingAvoidsTheWearOutThatMemorylessSchedulingRunsInto() {
        // Four 7 h jobs per VM: the fourth would start at 21 h and cannot end before the support end (24.7 h).
        BathtubModel model = BathtubModel.PUBLISHED;
        SimulatedBag matched = BagSimulator.simulate(LifetimeSource.of(model), model, 7, CheckpointSchedule.none(), 10, 40,
                true, 0, 2000, new SplittableRandom(9));
        SimulatedBag memoryless = BagSimulator.simulate(LifetimeSource.of(model), model, 7, CheckpointSchedule.none(), 10, 40,
                false, 0, 2000, new SplittableRandom(9));
        System.out.printf(Locale.ROOT, "40 x 7 h jobs on 10 VMs: job failures with age matching %.3f, memoryless %.3f; "
                + "VM-hours %.1f vs %.1f%n", matched.failureProbability(), memoryless.failureProbability(),
                matched.meanVmHours(), memoryless.meanVmHours());
        assertTrue(matched.failureProbability() < 0.8 * memoryless.failureProbability());
        assertTrue(matched.meanVmHours() < memoryless.meanVmHours());
        // With 4 h jobs an old VM is still better than a fresh one until very near the cap: matching keeps it,
        // and costs no more than memoryless scheduling.
        SimulatedBag matched4 = BagSimulator.simulate(LifetimeSource.of(model), model, 4, CheckpointSchedule.none(), 10, 60,
                true, 0, 2000, new SplittableRandom(9));
        SimulatedBag memoryless4 = BagSimulator.simulate(LifetimeSource.of(model), model, 4, CheckpointSchedule.none(), 10, 60,
                false, 0, 2000, new SplittableRandom(9));
        assertTrue(matched4.meanVmHours() <= memoryless4.meanVmHours() + 3 * memoryless4.vmHoursStandardError());
        // The estimator sees the same failure rates.
        assertEquals(memoryless.failureProbability(),
                BagEstimator.estimate(model, 7, CheckpointSchedule.none(), 10, 40, false, 0).failureProbability(), 0.02);
        assertEquals(matched.failureProbability(),
                BagEstimator.estimate(model, 7, CheckpointSchedule.none(), 10, 40, true, 0).failureProbability(), 0.02);
    }

    @Test
    void aJobLongerThanAnyVmLivesNeverFinishesWithoutCheckpoints() {
        BagEstimate e = BagEstimator.estimate(BathtubModel.PUBLISHED, 30, CheckpointSchedule.none(), 4, 8, true, 0);
        assertFalse(e.bounded());
        CheckpointSchedule plan = CheckpointPlanner.modelBased(BathtubModel.PUBLISHED, 30, 0, MINUTE, MINUTE, 0);
        assertTrue(BagEstimator.estimate(BathtubModel.PUBLISHED, 30, plan, 4, 8, true, 0).bounded());
    }
}
