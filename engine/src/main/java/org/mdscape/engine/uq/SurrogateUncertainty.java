package org.mdscape.engine.uq;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.mdscape.engine.campaign.CampaignSpec;
import org.mdscape.engine.run.ElectrolyteRun;
import org.mdscape.engine.surrogate.DesignSpace;
import org.mdscape.engine.surrogate.ProfileGrid;
import org.mdscape.engine.surrogate.SurrogateEnsemble;

/**
 * Uncertainty quantification through a campaign's surrogate: input distributions in; the band of ρ+ and ρ−
 * against distance from the wall, the distributions of the contact, peak and mid-plane densities, and their
 * Sobol indices out. The surrogate's own uncertainty (its ensemble's spread) is kept apart from the spread
 * the inputs cause, and the report says which dominates.
 *
 * <p>Never extrapolates: every distribution is confined to the range the surrogate was trained on; an
 * exact or uniform input outside it, or a normal or log-normal with more than the allowed share of its mass
 * outside it, is refused; a smaller share is cut away and reported.
 */
public final class SurrogateUncertainty {
    /** The scalars analysed, in output order (the campaign's own scalar names). */
    public static final List<String> SCALARS = List.of("contactPlus_M", "contactMinus_M", "peakPlus_M", "peakMinus_M",
            "centerPlus_M", "centerMinus_M");
    static final int CHUNK = 4096;
    static final int BAND_POINTS = 101;

    private SurrogateUncertainty() {
    }

    public record InputReport(String name, String distribution, double trainedMin, double trainedMax, double excludedMass) {
    }

    /**
     * @param inputSd     standard deviation across the propagated samples (of the ensemble mean): what the inputs cause
     * @param surrogateSd root-mean-square ensemble spread over the samples: the surrogate's own uncertainty
     */
    public record ScalarReport(String name, double mean, double p05, double median, double p95, double inputSd,
                               double surrogateSd, String dominant, Map<String, SobolAnalysis.Estimate> firstOrder,
                               Map<String, SobolAnalysis.Estimate> total) {
    }

    /** Bands against the distance from the wall plane, nm (0 at the wall, the mid-plane of the narrowest channel last). */
    public record ProfileBand(double[] wallDistanceNm, Band plus, Band minus, double[] surrogateSdPlus,
                              double[] surrogateSdMinus) {
    }

    public record Report(List<InputReport> inputs, int samples, int evaluations, double seconds, List<ScalarReport> scalars,
                         ProfileBand band) {
    }

    /**
     * Checks {@code given} against the trained ranges; fills inputs not given with an exact value at the middle
     * of their range.
     *
     * @throws IllegalArgumentException with a one-line reason naming the input
     */
    public static Map<String, InputDistribution> confine(DesignSpace space, Map<String, InputDistribution> given,
                                                         double maxOutside) {
        for (String name : given.keySet()) {
            if (!space.names().contains(name)) {
                throw new IllegalArgumentException(name + " is not an input of this surrogate (its inputs: "
                        + String.join(", ", space.names()) + ")");
            }
        }
        Map<String, InputDistribution> out = new LinkedHashMap<>();
        for (int i = 0; i < space.dimensions(); i++) {
            String name = space.names().get(i);
            double lo = space.min()[i], hi = space.max()[i];
            InputDistribution d = given.getOrDefault(name, new InputDistribution.Exact((lo + hi) / 2));
            double outside = d.massOutside(lo, hi);
            String range = String.format(Locale.ROOT, "[%s, %s]", lo, hi);
            boolean hard = d instanceof InputDistribution.Exact || d instanceof InputDistribution.Uniform;
            if (hard && outside > 1e-12) {
                throw new IllegalArgumentException(String.format(Locale.ROOT, "%s: %s reaches outside the range the surrogate"
                        + " was trained on %s; the surrogate does not extrapolate", name, d.describe(), range));
            }
            if (outside > maxOutside) {
                throw new IllegalArgumentException(String.format(Locale.ROOT, "%s: %s puts %.1f%% of its mass outside the"
                        + " range the surrogate was trained on %s (at most %.1f%% may be cut away); narrow it, or train on a"
                        + " wider sweep", name, d.describe(), 100 * outside, range, 100 * maxOutside));
            }
            out.put(name, d);
        }
        return out;
    }

    public static Report propagate(SurrogateEnsemble e, CampaignSpec spec, Map<String, InputDistribution> given, int samples,
                                   double maxOutside, int bootstrap) {
        if (samples < 16 || samples > 10_000_000) {
            throw new IllegalArgumentException("samples = " + samples + ": must be in [16, 10000000]");
        }
        long t0 = System.nanoTime();
        DesignSpace space = e.space();
        Map<String, InputDistribution> dists = confine(space, given, maxOutside);
        List<String> names = space.names();
        int k = names.size();
        boolean[] varies = new boolean[k];
        List<InputReport> inputs = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            InputDistribution d = dists.get(names.get(i));
            varies[i] = d.varies();
            inputs.add(new InputReport(names.get(i), d.describe(), space.min()[i], space.max()[i],
                    d.massOutside(space.min()[i], space.max()[i])));
        }
        SobolAnalysis.Result r = SobolAnalysis.run(x -> scalars(e, spec, names, x, null), u -> {
            double[] v = new double[k];
            for (int i = 0; i < k; i++) {
                v[i] = dists.get(names.get(i)).quantile(u[i], space.min()[i], space.max()[i]);
            }
            return v;
        }, varies, samples, bootstrap, 1);

        // A second pass over A for what the Sobol outputs leave out: each member's answer (the surrogate's own
        // spread) and the profiles against distance from the wall.
        double[][] a = r.inputsA();
        double hMin = Double.POSITIVE_INFINITY;
        for (double[] x : a) {
            hMin = Math.min(hMin, run(spec, names, x).system().hNm());
        }
        double[] w = new double[BAND_POINTS];
        for (int p = 0; p < w.length; p++) {
            w[p] = hMin / 2 * p / (w.length - 1);
        }
        double[][] spread = new double[a.length][];
        double[][][] profile = new double[2][a.length][];
        double[][] profileSd = new double[2][w.length];
        scalars(e, spec, names, a, new Sink(spread, profile, profileSd, w));
        for (int s = 0; s < 2; s++) {
            for (int p = 0; p < w.length; p++) {
                profileSd[s][p] = Math.sqrt(profileSd[s][p] / a.length);
            }
        }

        List<ScalarReport> scalars = new ArrayList<>();
        double[][] values = r.samplesA();
        for (int o = 0; o < SCALARS.size(); o++) {
            double[] col = new double[values.length];
            double ms = 0;
            for (int j = 0; j < values.length; j++) {
                col[j] = values[j][o];
                ms += spread[j][o] * spread[j][o];
            }
            java.util.Arrays.sort(col);
            double inputSd = Math.sqrt(r.variance()[o]), surrogateSd = Math.sqrt(ms / values.length);
            Map<String, SobolAnalysis.Estimate> first = new LinkedHashMap<>(), total = new LinkedHashMap<>();
            for (int i = 0; i < k; i++) {
                if (r.first()[o][i] != null) {
                    first.put(names.get(i), r.first()[o][i]);
                    total.put(names.get(i), r.total()[o][i]);
                }
            }
            scalars.add(new ScalarReport(SCALARS.get(o), r.mean()[o], Band.quantile(col, 0.05), Band.quantile(col, 0.5),
                    Band.quantile(col, 0.95), inputSd, surrogateSd, inputSd >= surrogateSd ? "inputs" : "surrogate", first, total));
        }
        ProfileBand band = new ProfileBand(w, Band.of(profile[0]), Band.of(profile[1]), profileSd[0], profileSd[1]);
        return new Report(inputs, samples, r.evaluations() + a.length, (System.nanoTime() - t0) / 1e9, scalars, band);
    }

    /** Where the second pass puts each sample's ensemble spread and profiles. */
    private record Sink(double[][] spread, double[][][] profile, double[][] profileSumSq, double[] w) {
    }

    private static ElectrolyteRun run(CampaignSpec spec, List<String> names, double[] x) {
        Map<String, Double> p = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            p.put(names.get(i), x[i]);
        }
        return spec.electrolyteRunAt(p);
    }

    /** The six scalars (ensemble mean) of each point; with a sink, also spreads and profiles. */
    private static double[][] scalars(SurrogateEnsemble e, CampaignSpec spec, List<String> names, double[][] x, Sink sink) {
        ProfileGrid grid = e.grid();
        int size = grid.size();
        double[][] out = new double[x.length][SCALARS.size()];
        for (int start = 0; start < x.length; start += CHUNK) {
            int n = Math.min(CHUNK, x.length - start);
            List<Map<String, Double>> points = new ArrayList<>(n);
            ElectrolyteRun[] runs = new ElectrolyteRun[n];
            for (int j = 0; j < n; j++) {
                runs[j] = run(spec, names, x[start + j]);
                Map<String, Double> p = new LinkedHashMap<>();
                for (int i = 0; i < names.size(); i++) {
                    p.put(names.get(i), x[start + j][i]);
                }
                points.add(p);
            }
            float[][][] g = e.predictGrid(points);
            int members = g.length;
            double[] y = new double[2 * size];
            for (int j = 0; j < n; j++) {
                var sys = runs[j].system();
                double c = sys.concentrationM(), unit = sys.lengthUnitNm();
                double[] half = {(sys.hNm() / 2 - sys.dPlusNm() / 2) / unit, (sys.hNm() / 2 - sys.dMinusNm() / 2) / unit};
                double[] diam = {sys.dPlusNm(), sys.dMinusNm()};
                double[][] perMember = new double[members][SCALARS.size()];
                double[][][] prof = sink == null ? null : new double[members][2][sink.w().length];
                for (int m = 0; m < members; m++) {
                    for (int q = 0; q < y.length; q++) {
                        y[q] = g[m][j][q];
                    }
                    for (int s = 0; s < 2; s++) {
                        double peak = Double.NEGATIVE_INFINITY;
                        for (int q = 0; q < size && grid.x(q) <= half[s]; q++) {
                            if (grid.x(q) >= 0) {
                                peak = Math.max(peak, y[s * size + q]);
                            }
                        }
                        perMember[m][s] = grid.valueAt(y, s * size, 0) * c;
                        perMember[m][2 + s] = peak * c;
                        perMember[m][4 + s] = grid.valueAt(y, s * size, half[s]) * c;
                        if (prof != null) {
                            for (int p = 0; p < sink.w().length; p++) {
                                prof[m][s][p] = grid.valueAt(y, s * size, (sink.w()[p] - diam[s] / 2) / unit) * c;
                            }
                        }
                    }
                }
                double[] mean = new double[SCALARS.size()], sd = new double[SCALARS.size()];
                for (int o = 0; o < mean.length; o++) {
                    double s1 = 0, s2 = 0;
                    for (int m = 0; m < members; m++) {
                        s1 += perMember[m][o];
                        s2 += perMember[m][o] * perMember[m][o];
                    }
                    mean[o] = s1 / members;
                    sd[o] = Math.sqrt(Math.max(0, (s2 - members * mean[o] * mean[o]) / (members - 1)));
                }
                out[start + j] = mean;
                if (sink != null) {
                    sink.spread()[start + j] = sd;
                    for (int s = 0; s < 2; s++) {
                        double[] pm = new double[sink.w().length];
                        for (int p = 0; p < pm.length; p++) {
                            double s1 = 0, s2 = 0;
                            for (int m = 0; m < members; m++) {
                                s1 += prof[m][s][p];
                                s2 += prof[m][s][p] * prof[m][s][p];
                            }
                            pm[p] = s1 / members;
                            sink.profileSumSq()[s][p] += Math.max(0, (s2 - members * pm[p] * pm[p]) / (members - 1));
                        }
                        sink.profile()[s][start + j] = pm;
                    }
                }
            }
        }
        return out;
    }
}
