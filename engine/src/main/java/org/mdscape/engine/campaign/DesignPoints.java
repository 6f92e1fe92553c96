package org.mdscape.engine.campaign;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.hipparchus.random.SobolSequenceGenerator;

/**
 * The points of a campaign, in a fixed order (point k of a stored campaign is always the same point).
 * Grids vary the last parameter fastest. Random, LHS and Sobol draw from the unit hypercube and map each
 * coordinate u onto its parameter: a continuous range linearly, an integer range and a list of levels by
 * equal-width cells, so every level is equally likely.
 */
public final class DesignPoints {
    private DesignPoints() {
    }

    /** Number of points, or -1 when a grid's size overflows a long. */
    public static long count(CampaignSpec spec) {
        if (spec.sampling().method() != SamplingMethod.GRID) {
            return spec.sampling().points();
        }
        long n = 1;
        for (Parameter p : spec.parameters().values()) {
            try {
                n = Math.multiplyExact(n, p.levels().size());
            } catch (ArithmeticException e) {
                return -1;
            }
        }
        return n;
    }

    public static List<Map<String, Double>> generate(CampaignSpec spec) {
        List<String> names = List.copyOf(spec.parameters().keySet());
        List<Parameter> params = List.copyOf(spec.parameters().values());
        int dims = names.size();
        List<Map<String, Double>> out = new ArrayList<>();
        switch (spec.sampling().method()) {
            case GRID -> {
                List<List<Double>> levels = params.stream().map(Parameter::levels).toList();
                int[] index = new int[dims];
                long total = count(spec);
                for (long k = 0; k < total; k++) {
                    Map<String, Double> point = new LinkedHashMap<>();
                    for (int d = 0; d < dims; d++) {
                        point.put(names.get(d), levels.get(d).get(index[d]));
                    }
                    out.add(point);
                    for (int d = dims - 1; d >= 0; d--) {
                        if (++index[d] < levels.get(d).size()) {
                            break;
                        }
                        index[d] = 0;
                    }
                }
            }
            case RANDOM -> {
                // java.util.Random: its sequence is fixed by the Java specification, so a seed means the same
                // points on every JDK.
                Random r = new Random(spec.sampling().seed());
                for (int k = 0; k < spec.sampling().points(); k++) {
                    double[] u = new double[dims];
                    for (int d = 0; d < dims; d++) {
                        u[d] = r.nextDouble();
                    }
                    out.add(map(u, names, params, spec.model()));
                }
            }
            case LHS -> {
                int n = spec.sampling().points();
                Random r = new Random(spec.sampling().seed());
                double[][] u = new double[n][dims];
                for (int d = 0; d < dims; d++) {
                    int[] perm = new int[n];
                    for (int i = 0; i < n; i++) {
                        perm[i] = i;
                    }
                    for (int i = n - 1; i > 0; i--) {
                        int j = r.nextInt(i + 1);
                        int t = perm[i];
                        perm[i] = perm[j];
                        perm[j] = t;
                    }
                    for (int i = 0; i < n; i++) {
                        u[i][d] = (perm[i] + r.nextDouble()) / n;
                    }
                }
                for (double[] row : u) {
                    out.add(map(row, names, params, spec.model()));
                }
            }
            case SOBOL -> {
                SobolSequenceGenerator sobol = new SobolSequenceGenerator(dims);
                // The first Sobol point is the all-zero corner; drop it so the points sit inside the box.
                // (Hipparchus's skipTo(1) would skip the centre point too.)
                sobol.nextVector();
                for (int k = 0; k < spec.sampling().points(); k++) {
                    out.add(map(sobol.nextVector(), names, params, spec.model()));
                }
            }
        }
        return out;
    }

    private static Map<String, Double> map(double[] u, List<String> names, List<Parameter> params, ModelKind model) {
        Map<String, Double> point = new LinkedHashMap<>();
        for (int d = 0; d < u.length; d++) {
            Parameter p = params.get(d);
            double value;
            if (!p.continuous()) {
                List<Double> levels = p.levels();
                value = levels.get(Math.min(levels.size() - 1, (int) Math.floor(u[d] * levels.size())));
            } else if (model.variable(names.get(d)).kind() == ModelVariable.Kind.INTEGER) {
                value = Math.min(p.max(), p.min() + Math.floor(u[d] * (p.max() - p.min() + 1)));
            } else {
                value = p.min() + u[d] * (p.max() - p.min());
            }
            point.put(names.get(d), value);
        }
        return point;
    }
}
