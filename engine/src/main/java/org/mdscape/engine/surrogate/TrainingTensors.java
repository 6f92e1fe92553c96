package org.mdscape.engine.surrogate;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.mdscape.engine.campaign.ProfileResult;

/**
 * Simulated profiles prepared for training. The channel is symmetric, so each profile is folded: the two
 * bins at −z and +z are averaged (their error bars combined), which halves the noise the network sees.
 * For every folded bin, a row of interpolation weights places the grid on that bin, so a point's predicted
 * bins are {@code A · y} and the loss is a (weighted) mean square over real bins only.
 *
 * <p>Layout: x[point][input]; a[point][species][bin][node]; target and weight [point][species][bin];
 * weight 0 pads points with fewer bins.
 */
final class TrainingTensors {
    /** Error floor of the soft-label weights, as a fraction of the bulk density: keeps empty bins finite. */
    private static final double ERROR_FLOOR = 0.02;

    private final int points, inputs, bins, nodes;
    private final float[] x, a, target, weight;

    private TrainingTensors(int points, int inputs, int bins, int nodes) {
        this.points = points;
        this.inputs = inputs;
        this.bins = bins;
        this.nodes = nodes;
        x = new float[points * inputs];
        a = new float[points * 2 * bins * nodes];
        target = new float[points * 2 * bins];
        weight = new float[points * 2 * bins];
    }

    /** One folded bin: distance |z| (nm) and the stored bins at −z and +z that it averages. */
    private record Folded(double absZ, List<Integer> members) {
    }

    static TrainingTensors of(List<ProfileResult> examples, DesignSpace space, ProfileGrid grid, boolean errorWeighted) {
        List<List<Folded>> folded = new ArrayList<>();
        int maxBins = 0;
        for (ProfileResult r : examples) {
            TreeMap<Long, List<Integer>> byDistance = new TreeMap<>();
            for (int b = 0; b < r.bins(); b++) {
                // Bins at -z and +z come from one formula, so their |z| agree to rounding.
                long key = Math.round(Math.abs(r.zNm()[b]) / r.unitNm() * 1e6);
                byDistance.computeIfAbsent(key, k -> new ArrayList<>()).add(b);
            }
            List<Folded> f = new ArrayList<>();
            for (Map.Entry<Long, List<Integer>> e : byDistance.entrySet()) {
                f.add(new Folded(Math.abs(r.zNm()[e.getValue().getFirst()]), e.getValue()));
            }
            folded.add(f);
            maxBins = Math.max(maxBins, f.size());
        }
        TrainingTensors t = new TrainingTensors(examples.size(), space.dimensions(), maxBins, grid.size());
        double[] row = new double[grid.size()];
        for (int p = 0; p < examples.size(); p++) {
            ProfileResult r = examples.get(p);
            double[] u = space.scale(r.params());
            for (int d = 0; d < u.length; d++) {
                t.x[p * t.inputs + d] = (float) u[d];
            }
            double c = r.concentrationM();
            List<Folded> f = folded.get(p);
            for (int s = 0; s < 2; s++) {
                double contact = (r.hNm() / 2 - r.diameterNm(s) / 2) / r.unitNm();
                for (int j = 0; j < f.size(); j++) {
                    double xFromContact = contact - f.get(j).absZ() / r.unitNm();
                    if (xFromContact < grid.xMin()) {
                        continue; // deeper into the wall than the grid reaches: no ions, weight 0
                    }
                    double sum = 0, var = 0;
                    for (int b : f.get(j).members()) {
                        sum += r.rho(s, b);
                        double e = r.err(s, b);
                        var += Double.isFinite(e) ? e * e : 0;
                    }
                    int n = f.get(j).members().size();
                    double mean = sum / n / c, err = Math.sqrt(var) / n / c;
                    int at = (p * 2 + s) * t.bins + j;
                    t.target[at] = (float) mean;
                    t.weight[at] = (float) (errorWeighted ? 1 / Math.pow(Math.max(err, ERROR_FLOOR), 2) : 1);
                    grid.weights(xFromContact, row);
                    int base = at * t.nodes;
                    for (int k = 0; k < row.length; k++) {
                        t.a[base + k] = (float) row[k];
                    }
                }
            }
        }
        return t;
    }

    int points() {
        return points;
    }

    int inputs() {
        return inputs;
    }

    int bins() {
        return bins;
    }

    /**
     * The whole training set as native arrays (inputs [P, D], interpolation [P, 2, B, K], targets and weights
     * [P, 2, B]), created once per member so that a step only gathers its batch's rows on the native side.
     */
    NDArray[] all(NDManager m) {
        return new NDArray[] {m.create(x, new Shape(points, inputs)), m.create(a, new Shape(points, 2L * bins, nodes)),
                m.create(target, new Shape(points, 2L * bins)), m.create(weight, new Shape(points, 2L * bins))};
    }

    /** Rows {@code perm[start...start+b)} of {@link #all}, shaped for {@link #loss}. */
    static NDArray[] gather(NDManager m, NDArray[] all, int[] perm, int start, int b, int bins, int nodes) {
        long[] idx = new long[b];
        for (int i = 0; i < b; i++) {
            idx[i] = perm[start + i];
        }
        NDArray index = m.create(idx);
        NDArray x = all[0].get(index);
        NDArray a = all[1].get(index).reshape(2L * b, bins, nodes);
        NDArray t = all[2].get(index).reshape(2L * b, bins);
        NDArray w = all[3].get(index).reshape(2L * b, bins);
        return new NDArray[] {x, a, t, w};
    }

    int nodes() {
        return nodes;
    }

    /** Weighted mean square between the grid outputs {@code y} [b, 2·nodes] placed on the bins and the targets. */
    static NDArray loss(NDArray y, NDArray a, NDArray target, NDArray weight, int bins, int nodes) {
        long b2 = a.getShape().get(0);
        NDArray predicted = a.batchMatMul(y.reshape(b2, nodes, 1)).reshape(b2, bins);
        NDArray diff = predicted.sub(target);
        return diff.square().mul(weight).sum().div(weight.sum());
    }
}
