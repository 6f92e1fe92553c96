package org.mdscape.engine.surrogate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.mdscape.engine.campaign.CampaignSpec;
import org.mdscape.engine.campaign.Parameter;

/**
 * The swept parameters a surrogate takes as inputs, each with the range the campaign sweeps; inputs are
 * scaled onto [0, 1] over those ranges so that no parameter dominates by its units.
 */
public record DesignSpace(List<String> names, double[] min, double[] max) {

    public DesignSpace {
        names = List.copyOf(names);
        min = min.clone();
        max = max.clone();
    }

    public static DesignSpace of(CampaignSpec spec) {
        List<String> names = new ArrayList<>();
        List<double[]> ranges = new ArrayList<>();
        for (Map.Entry<String, Parameter> e : spec.parameters().entrySet()) {
            Parameter p = e.getValue();
            double lo, hi;
            if (p.continuous()) {
                lo = p.min();
                hi = p.max();
            } else {
                List<Double> levels = p.levels();
                lo = Collections.min(levels);
                hi = Collections.max(levels);
            }
            names.add(e.getKey());
            ranges.add(new double[] {lo, hi});
        }
        return new DesignSpace(names, ranges.stream().mapToDouble(r -> r[0]).toArray(),
                ranges.stream().mapToDouble(r -> r[1]).toArray());
    }

    public int dimensions() {
        return names.size();
    }

    /** The point's parameters scaled onto [0, 1] (a parameter swept over a single value maps to 0.5). */
    public double[] scale(Map<String, Double> point) {
        double[] u = new double[names.size()];
        for (int i = 0; i < u.length; i++) {
            Double v = point.get(names.get(i));
            if (v == null) {
                throw new IllegalArgumentException("point lacks parameter " + names.get(i) + " (the surrogate's inputs are "
                        + String.join(", ", names) + ")");
            }
            u[i] = max[i] > min[i] ? (v - min[i]) / (max[i] - min[i]) : 0.5;
        }
        return u;
    }

    /** Whether the point lies inside the swept box (where the surrogate was trained), to a small tolerance. */
    public boolean contains(Map<String, Double> point) {
        double[] u = scale(point);
        for (double x : u) {
            if (x < -1e-9 || x > 1 + 1e-9) {
                return false;
            }
        }
        return true;
    }

    /** "h in [3, 4], c in [0.3, 0.9]" for messages. */
    public String describe() {
        return java.util.stream.IntStream.range(0, names.size())
                .mapToObj(i -> names.get(i) + " in [" + min[i] + ", " + max[i] + "]").collect(Collectors.joining(", "));
    }
}
