package org.mdscape.cloud.preemption;

import java.util.Comparator;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Lifetimes of many VMs, preempted or stopped (censored), with where they ran. Fitting and
 * resampling read it; {@link HistoryFile} reads one from disk.
 *
 * @param records ordered by lifetime, preemptions before censorings at equal times (the Kaplan-Meier convention)
 * @param source  where the records came from, for reports
 */
public record PreemptionHistory(List<PreemptionRecord> records, String source) {
    public PreemptionHistory {
        if (records.isEmpty()) {
            throw new IllegalArgumentException("a preemption history needs at least one VM");
        }
        records = records.stream()
                .sorted(Comparator.comparingDouble(PreemptionRecord::lifetimeHours)
                        .thenComparing(r -> !r.preempted()))
                .toList();
    }

    public int size() {
        return records.size();
    }

    public int preemptedCount() {
        return (int) records.stream().filter(PreemptionRecord::preempted).count();
    }

    public int censoredCount() {
        return size() - preemptedCount();
    }

    /** Lifetimes of the preempted VMs only, ascending: what the authors' ECDF is built from. */
    public double[] preemptedLifetimes() {
        return records.stream().filter(PreemptionRecord::preempted).mapToDouble(PreemptionRecord::lifetimeHours).toArray();
    }

    /** Lifetimes of the stopped (censored) VMs, ascending. */
    public double[] censoredLifetimes() {
        return records.stream().filter(r -> !r.preempted()).mapToDouble(PreemptionRecord::lifetimeHours).toArray();
    }

    public SortedSet<String> machineTypes() {
        return distinct(PreemptionRecord::machineType);
    }

    public SortedSet<String> zones() {
        return distinct(PreemptionRecord::zone);
    }

    /** The VMs of one machine type, or null when there are none. */
    public PreemptionHistory ofMachineType(String machineType) {
        return subset(r -> r.machineType().equals(machineType), source + ", " + machineType);
    }

    /** The VMs of one zone, or null when there are none. */
    public PreemptionHistory ofZone(String zone) {
        return subset(r -> r.zone().equals(zone), source + ", " + zone);
    }

    private PreemptionHistory subset(java.util.function.Predicate<PreemptionRecord> keep, String label) {
        List<PreemptionRecord> sub = records.stream().filter(keep).toList();
        return sub.isEmpty() ? null : new PreemptionHistory(sub, label);
    }

    private SortedSet<String> distinct(Function<PreemptionRecord, String> key) {
        TreeSet<String> set = new TreeSet<>();
        records.forEach(r -> {
            if (!key.apply(r).isEmpty()) {
                set.add(key.apply(r));
            }
        });
        return set;
    }
}
