package org.mdscape.cloud.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.mdscape.cloud.preemption.PreemptionModel;

/**
 * Where to checkpoint a job, given how the VM's hazard changes with its age.
 *
 * <p>{@link #modelBased}: dynamic programming over (work done, VM age), SciSpot's approach. With the job's
 * work cut into n steps, V_k(a) is the expected remaining wall time once work k is safe and the VM is a
 * hours old. From there the next checkpoint goes at some j > k: the piece of wall length L survives with
 * q = S(a+L)/S(a) and then costs L + V_j(a+L); otherwise it wastes E[X; X < L] and the job resumes at k on
 * a fresh VM, V_k(restart) = X_k, which makes each V_k a fixed point solved in closed form per choice of j
 * (X_k is the smallest of the per-j fixed points). V is kept on a grid of ages and interpolated.
 * The plan returned is the policy's path on a VM that does not fail, which is what a worker follows.
 *
 * <p>{@link #youngDaly}: a checkpoint every sqrt(2 C M) hours of work, the first-order optimum for
 * memoryless failures with mean time to failure M and checkpoint cost C.
 */
public final class CheckpointPlanner {
    private static final int MAX_STEPS = 96;
    private static final double TARGET_STEP_HOURS = 5.0 / 60.0;

    private CheckpointPlanner() {
    }

    public static CheckpointSchedule youngDaly(double jobHours, double mttfHours, double costHours, double restartHours) {
        double interval = Math.sqrt(2 * costHours * mttfHours);
        return CheckpointSchedule.every(interval, jobHours, costHours, restartHours,
                String.format(Locale.ROOT, "Young-Daly (MTTF %.2f h: every %.1f min)", mttfHours, interval * 60));
    }

    public static CheckpointSchedule modelBased(PreemptionModel model, double jobHours, double vmAgeHours,
            double costHours, double restartHours, double bootHours) {
        int n = (int) Math.max(12, Math.min(MAX_STEPS, Math.ceil(jobHours / TARGET_STEP_HOURS)));
        double h = jobHours / n;
        double restartMax = bootHours + restartHours;
        double ageMax = Math.max(vmAgeHours, restartMax) + jobHours + n * costHours + 2 * h;
        if (Double.isFinite(model.supportEnd())) {
            ageMax = Math.min(ageMax, model.supportEnd() + h);
        }
        double g = Math.min(h, Math.max(1e-3, ageMax / 400));
        int ages = (int) Math.ceil(ageMax / g) + 1;
        double[][] v = new double[n + 1][ages];
        double[] afterFailure = new double[n]; // restart cost + X_k: what a preemption after work k costs
        for (int k = n - 1; k >= 0; k--) {
            double restart = bootHours + (k > 0 ? restartHours : 0);
            double x = Double.POSITIVE_INFINITY;
            for (int j = k + 1; j <= n; j++) {
                double[] piece = pieceAt(model, v, g, h, n, k, j, restart, costHours);
                double p = piece[1];
                if (p < 1) {
                    x = Math.min(x, (piece[0] + p * restart) / (1 - p));
                }
            }
            afterFailure[k] = restart + x;
            for (int a = 0; a < ages; a++) {
                v[k][a] = bestValue(model, v, g, h, n, k, a * g, afterFailure[k], costHours)[0];
            }
        }
        List<Double> at = new ArrayList<>();
        int k = 0;
        double age = vmAgeHours;
        while (k < n) {
            int j = (int) bestValue(model, v, g, h, n, k, age, afterFailure[k], costHours)[1];
            if (j < n) {
                at.add(j * h);
            }
            age += (j - k) * h + (j < n ? costHours : 0);
            k = j;
        }
        return new CheckpointSchedule(at, costHours, restartHours, "model-based (DP)");
    }

    /** The best next checkpoint from work k on a VM of this age: {expected remaining hours, j}. */
    private static double[] bestValue(PreemptionModel model, double[][] v, double g, double h, int n, int k, double age,
            double failureCost, double costHours) {
        double best = Double.POSITIVE_INFINITY;
        int bestJ = n;
        for (int j = k + 1; j <= n; j++) {
            double[] piece = pieceAt(model, v, g, h, n, k, j, age, costHours);
            double value = piece[0] + piece[1] * failureCost;
            if (value < best) {
                best = value;
                bestJ = j;
            }
        }
        return new double[] {best, bestJ};
    }

    /** {q (L + V_j(a + L)) + E[X; X < L], p} for the piece from work k to j on a VM of age a. */
    private static double[] pieceAt(PreemptionModel model, double[][] v, double g, double h, int n, int k, int j,
            double age, double costHours) {
        double wall = (j - k) * h + (j < n ? costHours : 0);
        double q = model.conditionalSurvival(age, wall);
        double waste = ExpectedRunningTime.expectedWastedHours(model, age, wall);
        double after = q > 0 ? wall + interpolate(v[j], age + wall, g) : 0;
        return new double[] {q * after + waste, 1 - q};
    }

    private static double interpolate(double[] values, double age, double g) {
        double x = age / g;
        int i = (int) Math.floor(x);
        if (i >= values.length - 1) {
            return values[values.length - 1];
        }
        if (i < 0) {
            return values[0];
        }
        double w = x - i;
        return values[i] * (1 - w) + values[i + 1] * w;
    }
}
