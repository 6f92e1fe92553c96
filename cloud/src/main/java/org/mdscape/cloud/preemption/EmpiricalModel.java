package org.mdscape.cloud.preemption;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Kaplan-Meier estimate of the lifetime distribution from a history: the product-limit
 * S(t) = prod over preemption times t_j <= t of (1 - d_j / n_j), which uses stopped VMs for as long as
 * they were watched. As a {@link PreemptionModel} the step function is joined linearly between
 * preemption times so that it has a density; {@link #stepSurvival} is the step function itself.
 * When the longest-lived VM was stopped rather than preempted, the mass KM leaves beyond it is placed
 * before that time (a pessimistic closure: no VM is assumed to outlive the history).
 */
public final class EmpiricalModel implements PreemptionModel {
    private final double[] times;     // 0, then each distinct preemption time (and the closure), ascending
    private final double[] cdfAt;     // F at those times
    private final double[] integral;  // integral of S from 0 to times[i]
    private final int preempted;
    private final int censored;

    public EmpiricalModel(PreemptionHistory history) {
        List<PreemptionRecord> records = history.records();
        int n = records.size();
        List<double[]> points = new ArrayList<>();
        points.add(new double[] {0.0, 0.0});
        double survival = 1.0;
        int i = 0;
        while (i < n) {
            double t = records.get(i).lifetimeHours();
            int atRisk = n - i;
            int deaths = 0;
            int j = i;
            while (j < n && records.get(j).lifetimeHours() == t) {
                if (records.get(j).preempted()) {
                    deaths++;
                }
                j++;
            }
            if (deaths > 0) {
                survival *= 1.0 - (double) deaths / atRisk;
                if (t == 0.0) {
                    points.getFirst()[1] = 1 - survival; // an atom at age 0
                } else {
                    points.add(new double[] {t, 1 - survival});
                }
            }
            i = j;
        }
        double last = records.getLast().lifetimeHours();
        if (survival > 0) {
            double closeAt = Math.max(last, points.getLast()[0]);
            if (closeAt > points.getLast()[0]) {
                points.add(new double[] {closeAt, 1.0});
            } else {
                points.getLast()[1] = 1.0;
            }
        }
        times = points.stream().mapToDouble(p -> p[0]).toArray();
        cdfAt = points.stream().mapToDouble(p -> p[1]).toArray();
        integral = new double[times.length];
        for (int k = 1; k < times.length; k++) {
            // S is linear on each piece, so the trapezoid rule is exact.
            integral[k] = integral[k - 1] + (times[k] - times[k - 1]) * (2 - cdfAt[k] - cdfAt[k - 1]) / 2;
        }
        preempted = history.preemptedCount();
        censored = history.censoredCount();
    }

    /** The Kaplan-Meier step function S(t) itself (right-continuous). */
    public double stepSurvival(double hours) {
        if (hours < 0) {
            return 1.0;
        }
        int k = Arrays.binarySearch(times, hours);
        int idx = k >= 0 ? k : -k - 2;
        return 1 - cdfAt[Math.max(0, idx)];
    }

    @Override
    public double cdf(double hours) {
        if (hours < 0) {
            return 0.0;
        }
        if (hours >= times[times.length - 1]) {
            return 1.0;
        }
        int k = Arrays.binarySearch(times, hours);
        if (k >= 0) {
            return cdfAt[k];
        }
        int lo = -k - 2;
        double w = (hours - times[lo]) / (times[lo + 1] - times[lo]);
        return cdfAt[lo] + w * (cdfAt[lo + 1] - cdfAt[lo]);
    }

    @Override
    public double density(double hours) {
        if (hours < 0 || hours >= times[times.length - 1]) {
            return 0.0;
        }
        int k = Arrays.binarySearch(times, hours);
        int lo = k >= 0 ? k : -k - 2;
        return (cdfAt[lo + 1] - cdfAt[lo]) / (times[lo + 1] - times[lo]);
    }

    @Override
    public double supportEnd() {
        return times[times.length - 1];
    }

    @Override
    public double integratedSurvival(double from, double to) {
        if (to <= from) {
            return 0.0;
        }
        return integralTo(to) - integralTo(from);
    }

    private double integralTo(double t) {
        if (t <= 0) {
            return t; // S = 1 before age 0
        }
        double end = times[times.length - 1];
        if (t >= end) {
            return integral[integral.length - 1];
        }
        int k = Arrays.binarySearch(times, t);
        if (k >= 0) {
            return integral[k];
        }
        int lo = -k - 2;
        double f = cdf(t);
        return integral[lo] + (t - times[lo]) * (2 - cdfAt[lo] - f) / 2;
    }

    @Override
    public double quantile(double p) {
        if (p <= cdfAt[0]) {
            return 0.0;
        }
        int k = Arrays.binarySearch(cdfAt, p);
        if (k >= 0) {
            while (k > 0 && cdfAt[k - 1] == p) {
                k--;
            }
            return times[k];
        }
        int hi = -k - 1;
        if (hi >= times.length) {
            return times[times.length - 1];
        }
        int lo = hi - 1;
        double w = (p - cdfAt[lo]) / (cdfAt[hi] - cdfAt[lo]);
        return times[lo] + w * (times[hi] - times[lo]);
    }

    @Override
    public String family() {
        return "empirical";
    }

    @Override
    public Map<String, Double> parameters() {
        Map<String, Double> p = new LinkedHashMap<>();
        p.put("preempted", (double) preempted);
        p.put("censored", (double) censored);
        p.put("supportEndHours", supportEnd());
        return p;
    }

    @Override
    public String toString() {
        return "Kaplan-Meier estimate from " + preempted + " preemptions and " + censored + " stopped VMs";
    }
}
