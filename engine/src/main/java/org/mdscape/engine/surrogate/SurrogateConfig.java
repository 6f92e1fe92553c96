package org.mdscape.engine.surrogate;

import java.util.ArrayList;
import java.util.List;

/**
 * How a surrogate ensemble is built and trained. Defaults follow the paper's network (two hidden layers of
 * 512 and 256 ReLU units) in a deep ensemble of five members, each started from its own random weights and
 * shown the data in its own order, so that their spread says where the data do not pin the answer down.
 *
 * @param members          ensemble members (≥ 2: one member has no spread)
 * @param hidden           units per hidden layer
 * @param epochs           passes over the training set per member (more when needed to make at least 2,000
 *                         gradient steps, so that small training sets are not under-trained)
 * @param batchSize        points per gradient step
 * @param learningRate     Adam's initial learning rate, decayed by a cosine schedule to 1% of it
 * @param errorWeighted    the paper's "soft-label" option: weight each bin by the inverse square of its MD error
 *                         bar (floored at 2% of the bulk density), so noisy bins pull less
 * @param gridStep         spacing of the shared profile grid, as a fraction of the profile bin width
 * @param seed             seed of weight initialisation and data order (member m uses seed + m)
 * @param threads          PyTorch intra-op threads (fixed per process at the first use)
 */
public record SurrogateConfig(int members, List<Integer> hidden, int epochs, int batchSize, double learningRate,
                              boolean errorWeighted, double gridStep, long seed, int threads) {

    public static final SurrogateConfig DEFAULT = new SurrogateConfig(5, List.of(512, 256), 300, 32, 1e-3, false, 0.5,
            1, 1);

    public SurrogateConfig {
        hidden = List.copyOf(hidden);
        List<String> problems = new ArrayList<>();
        if (members < 2 || members > 50) {
            problems.add("members = " + members + ": must be in [2, 50] (an ensemble needs two to have a spread)");
        }
        if (hidden.isEmpty() || hidden.size() > 6 || hidden.stream().anyMatch(u -> u < 1 || u > 4096)) {
            problems.add("hidden = " + hidden + ": 1 to 6 layers of 1 to 4096 units");
        }
        if (epochs < 1 || epochs > 100_000) {
            problems.add("epochs = " + epochs + ": must be in [1, 100000]");
        }
        if (batchSize < 1 || batchSize > 100_000) {
            problems.add("batchSize = " + batchSize + ": must be in [1, 100000]");
        }
        if (!(learningRate > 0 && learningRate <= 1)) {
            problems.add("learningRate = " + learningRate + ": must be in (0, 1]");
        }
        if (!(gridStep >= 0.1 && gridStep <= 1)) {
            problems.add("gridStep = " + gridStep + ": must be in [0.1, 1] bin widths");
        }
        if (threads < 1 || threads > 256) {
            problems.add("threads = " + threads + ": must be in [1, 256]");
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; also ", problems));
        }
    }

    public SurrogateConfig withMembers(int m) {
        return new SurrogateConfig(m, hidden, epochs, batchSize, learningRate, errorWeighted, gridStep, seed, threads);
    }

    public SurrogateConfig withEpochs(int e) {
        return new SurrogateConfig(members, hidden, e, batchSize, learningRate, errorWeighted, gridStep, seed, threads);
    }

    public SurrogateConfig withSeed(long s) {
        return new SurrogateConfig(members, hidden, epochs, batchSize, learningRate, errorWeighted, gridStep, s, threads);
    }

    public SurrogateConfig withHidden(List<Integer> h) {
        return new SurrogateConfig(members, h, epochs, batchSize, learningRate, errorWeighted, gridStep, seed, threads);
    }

    public SurrogateConfig withErrorWeighted(boolean w) {
        return new SurrogateConfig(members, hidden, epochs, batchSize, learningRate, w, gridStep, seed, threads);
    }
}
