package org.mdscape.engine.surrogate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;
import org.mdscape.engine.campaign.ProfileResult;

/**
 * Active learning against random selection on a recorded sweep: the simulations are already done, and a
 * campaign is imitated by revealing them one batch at a time. Both strategies start from the same random
 * points for a given seed; after each batch an ensemble is trained and judged on a fixed held-out set (the
 * campaign's own hold-out rule); the figure is how many simulations each needed to reach the target.
 */
public final class LearningBenchmark {
    private LearningBenchmark() {
    }

    /** One strategy's run for one seed: simulations needed (-1: not reached) and the learning curve. */
    public record Outcome(String strategy, long seed, int simulationsToTarget, List<double[]> curve) {
    }

    public record Report(double target, int pool, int testPoints, int start, int batch, List<Outcome> active,
                         List<Outcome> random, double medianActive, double medianRandom, double secondsPerVersion) {
    }

    /** Held-out accuracy of an ensemble trained on all of {@code train}, judged on {@code test}. */
    public static double accuracy(List<ProfileResult> train, List<ProfileResult> test, DesignSpace space,
                                  SurrogateConfig config) {
        try (SurrogateEnsemble e = SurrogateEnsemble.train(train, space, config, m -> { })) {
            return SurrogateMetrics.of(test, e.predictResults(test)).accuracy();
        }
    }

    public static Report run(List<ProfileResult> recorded, DesignSpace space, SurrogateConfig config, double target,
                             int start, int batch, int seeds, Consumer<String> log) {
        List<ProfileResult> pool = new ArrayList<>(), test = new ArrayList<>();
        for (ProfileResult r : recorded) {
            (CampaignSurrogate.heldOut(r.jobId()) ? test : pool).add(r);
        }
        List<Outcome> active = new ArrayList<>(), random = new ArrayList<>();
        long t0 = System.nanoTime();
        int[] versions = {0};
        for (int s = 1; s <= seeds; s++) {
            Random r = new Random(s);
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < pool.size(); i++) {
                order.add(i);
            }
            java.util.Collections.shuffle(order, r);
            List<Integer> initial = order.subList(0, Math.min(start, pool.size()));
            for (String strategy : List.of("active", "random")) {
                Outcome o = reveal(strategy, s, pool, test, new ArrayList<>(initial), space, config.withSeed(s), target, batch,
                        versions, log);
                (strategy.equals("active") ? active : random).add(o);
            }
        }
        double perVersion = (System.nanoTime() - t0) / 1e9 / Math.max(1, versions[0]);
        return new Report(target, pool.size(), test.size(), start, batch, active, random, median(active), median(random),
                perVersion);
    }

    private static Outcome reveal(String strategy, long seed, List<ProfileResult> pool, List<ProfileResult> test,
                                  List<Integer> chosen, DesignSpace space, SurrogateConfig config, double target, int batch,
                                  int[] versions, Consumer<String> log) {
        Random r = new Random(seed * 31 + strategy.hashCode());
        List<double[]> curve = new ArrayList<>();
        Set<Integer> taken = new HashSet<>(chosen);
        while (true) {
            List<ProfileResult> train = chosen.stream().map(pool::get).toList();
            try (SurrogateEnsemble e = SurrogateEnsemble.train(train, space, config, m -> { })) {
                versions[0]++;
                double acc = SurrogateMetrics.of(test, e.predictResults(test)).accuracy();
                curve.add(new double[] {train.size(), acc});
                log.accept(String.format(java.util.Locale.ROOT, "%s seed %d: %d simulations, held-out accuracy %.3f", strategy,
                        seed, train.size(), acc));
                if (acc >= target) {
                    return new Outcome(strategy, seed, train.size(), curve);
                }
                List<Integer> rest = new ArrayList<>();
                for (int i = 0; i < pool.size(); i++) {
                    if (!taken.contains(i)) {
                        rest.add(i);
                    }
                }
                if (rest.isEmpty()) {
                    return new Outcome(strategy, seed, -1, curve);
                }
                List<Integer> next;
                if (strategy.equals("random")) {
                    java.util.Collections.shuffle(rest, r);
                    next = rest.subList(0, Math.min(batch, rest.size()));
                } else {
                    List<Map<String, Double>> points = rest.stream().map(i -> pool.get(i).params()).toList();
                    List<Double> half = rest.stream().map(i -> BinLayout.of(pool.get(i)).halfChannel(0)).toList();
                    double[] score = ActiveLearning.spread(e, points, half);
                    double[][] x = points.stream().map(space::scale).toArray(double[][]::new);
                    next = ActiveLearning.select(x, score, batch).stream().map(rest::get).toList();
                }
                for (int i : next) {
                    chosen.add(i);
                    taken.add(i);
                }
            }
        }
    }

    /** Median of the simulations needed, counting "not reached" as the whole pool plus one batch. */
    private static double median(List<Outcome> o) {
        double[] v = o.stream().mapToDouble(x -> x.simulationsToTarget() < 0 ? Double.POSITIVE_INFINITY
                : x.simulationsToTarget()).sorted().toArray();
        if (v.length == 0) {
            return Double.NaN;
        }
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }
}
