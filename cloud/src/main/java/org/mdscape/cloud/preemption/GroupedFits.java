package org.mdscape.cloud.preemption;

import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;

/** One fit per machine type or per zone, for groups with enough preemptions to say anything. */
public final class GroupedFits {
    /** Fewer preemptions than this leave four bathtub parameters unidentified. */
    public static final int MIN_PREEMPTIONS = 20;

    private GroupedFits() {
    }

    public static SortedMap<String, FittedModel> byMachineType(PreemptionHistory history,
            Function<PreemptionHistory, FittedModel> fit) {
        SortedMap<String, FittedModel> fits = new TreeMap<>();
        for (String type : history.machineTypes()) {
            add(fits, type, history.ofMachineType(type), fit);
        }
        return fits;
    }

    public static SortedMap<String, FittedModel> byZone(PreemptionHistory history,
            Function<PreemptionHistory, FittedModel> fit) {
        SortedMap<String, FittedModel> fits = new TreeMap<>();
        for (String zone : history.zones()) {
            add(fits, zone, history.ofZone(zone), fit);
        }
        return fits;
    }

    private static void add(SortedMap<String, FittedModel> fits, String key, PreemptionHistory group,
            Function<PreemptionHistory, FittedModel> fit) {
        if (group != null && group.preemptedCount() >= MIN_PREEMPTIONS) {
            try {
                fits.put(key, fit.apply(group));
            } catch (RuntimeException e) {
                // A group whose fit does not converge is left out rather than reported with wrong numbers.
            }
        }
    }
}
