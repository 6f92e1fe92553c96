package org.mdscape.cloud.preemption;

import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Lifetimes drawn from real VMs with censoring respected: draw a VM at random; if it was stopped at age c
 * (so it would have lived longer), draw again among the VMs that lived longer than c, and so on. This is
 * Efron's redistribute-to-the-right construction, whose distribution is the Kaplan-Meier estimate; it is
 * written independently of {@link EmpiricalModel} so that each checks the other. A stopped VM with no
 * longer-lived VM after it yields its own stop age (the same pessimistic closure as the model).
 */
public final class ResampledHistory implements LifetimeSource {
    private final double[] lifetimes;
    private final boolean[] preempted;
    private final int[] firstLonger; // index of the first record that lived strictly longer
    private final String source;

    public ResampledHistory(PreemptionHistory history) {
        List<PreemptionRecord> records = history.records();
        int n = records.size();
        lifetimes = new double[n];
        preempted = new boolean[n];
        for (int i = 0; i < n; i++) {
            lifetimes[i] = records.get(i).lifetimeHours();
            preempted[i] = records.get(i).preempted();
        }
        firstLonger = new int[n];
        int j = n;
        for (int i = n - 1; i >= 0; i--) {
            if (i == n - 1 || lifetimes[i + 1] > lifetimes[i]) {
                j = i + 1;
            }
            firstLonger[i] = j;
        }
        source = history.source();
    }

    @Override
    public double nextLifetimeHours(RandomGenerator random) {
        int i = random.nextInt(lifetimes.length);
        while (!preempted[i]) {
            int from = firstLonger[i];
            if (from >= lifetimes.length) {
                return lifetimes[i];
            }
            i = from + random.nextInt(lifetimes.length - from);
        }
        return lifetimes[i];
    }

    @Override
    public String describe() {
        return "resampled from " + lifetimes.length + " real VM lifetimes (" + source + "), censoring respected";
    }
}
