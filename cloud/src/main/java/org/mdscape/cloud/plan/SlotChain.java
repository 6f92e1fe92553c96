package org.mdscape.cloud.plan;

import java.util.Arrays;
import org.mdscape.cloud.preemption.PreemptionModel;

/**
 * The completion-time distribution of one VM slot that runs {@code jobs} jobs in turn, replacing its VM
 * whenever it is preempted (and, with age matching, before a job whenever a fresh VM is better).
 *
 * <p>It is a Markov chain on (piece i of the slot's work, the piece d pieces back at which the current VM
 * started, whether the current job has already been preempted), stepped forward on a time grid. The VM's
 * age is exact in every state (it is the work done since that VM started, plus its boot and restore time),
 * so hazards and age-matching decisions carry no discretisation error; only clock times are binned:
 * a finished piece moves its probability L/dt bins ahead (split between the two neighbouring bins, which
 * keeps means exact), and a preemption inside a piece is spread over up to 32 sub-intervals of it.
 * VMs older than {@code ageCap} are lumped together at that age: for models with a support end it is that
 * end (no VM gets older), otherwise 96 h or more, where the hazard of any fitted family has long settled.
 * {@link BagSimulator} replays the same policy event by event and is what this is tested against.
 */
final class SlotChain {
    private static final int MAX_FAILURE_BINS = 32;
    private static final int TARGET_STEPS = 2500;
    private static final double NEGLIGIBLE = 1e-12;

    private SlotChain() {
    }

    static SlotOutcome run(PreemptionModel model, JobSegments job, int jobs, AgeMatching matching, double bootHours) {
        int m = job.count();
        int pieces = jobs * m;
        double[] wall = new double[pieces];
        double[] resume = new double[pieces];
        double[] prefix = new double[pieces + 1];
        for (int i = 0; i < pieces; i++) {
            wall[i] = job.wallHours()[i % m];
            resume[i] = job.resumeHours()[i % m];
            prefix[i + 1] = prefix[i] + wall[i];
        }
        double shortest = job.shortest();
        double ageCap = Double.isFinite(model.supportEnd()) ? model.supportEnd()
                : Math.max(96.0, 4 * job.totalWallHours() + bootHours);
        int depth = (int) Math.min(pieces, Math.ceil(ageCap / shortest) + 1);
        int aged = depth + 1;
        int perPiece = (depth + 2) * 2;

        double roughHours = jobs * job.totalWallHours() * 1.5 + bootHours + 1.0;
        double dt = Math.min(shortest, roughHours / TARGET_STEPS);
        long maxSteps = (long) Math.min(20_000_000L, Math.max(200.0 * TARGET_STEPS, 60.0 * roughHours / dt));
        double longestJump = 0;
        for (int i = 0; i < m; i++) {
            longestJump = Math.max(longestJump, job.wallHours()[i] + job.resumeHours()[i] + bootHours);
        }
        int window = (int) Math.ceil(longestJump / dt) + 3;

        double[][] ring = new double[pieces * perPiece][];
        double[][] kernel = new double[pieces * (depth + 2)][];
        byte[] replace = new byte[pieces * (depth + 2)]; // 0 unknown, 1 keep, 2 replace
        double[] liveByPiece = new double[pieces];
        GrowingArray[] done = new GrowingArray[jobs];
        for (int j = 0; j < jobs; j++) {
            done[j] = new GrowingArray();
        }
        double[] failed = new double[jobs];
        double[] preempted = new double[jobs];

        var chain = new Object() {
            double live;
            int lo;
            int hi;

            void push(int i, int d, int f, double mass, double atBin) {
                int s = (i * (depth + 2) + d) * 2 + f;
                if (ring[s] == null) {
                    ring[s] = new double[window];
                }
                long b = (long) Math.floor(atBin);
                double w = atBin - b;
                ring[s][(int) (b % window)] += mass * (1 - w);
                ring[s][(int) ((b + 1) % window)] += mass * w;
                live += mass;
                liveByPiece[i] += mass;
                hi = Math.max(hi, i);
            }
        };
        chain.push(0, 0, 0, 1.0, bootHours / dt);

        long t = 0;
        for (; t < maxSteps && chain.live > NEGLIGIBLE; t++) {
            int slot = (int) (t % window);
            while (chain.lo < pieces - 1 && liveByPiece[chain.lo] <= NEGLIGIBLE * 1e-3 && chain.lo < chain.hi) {
                chain.lo++;
            }
            for (int i = chain.lo; i <= chain.hi; i++) {
                if (liveByPiece[i] <= 0) {
                    continue;
                }
                for (int d = aged; d >= 0; d--) {
                    for (int f = 0; f <= 1; f++) {
                        int s = (i * (depth + 2) + d) * 2 + f;
                        double[] r = ring[s];
                        if (r == null || r[slot] == 0) {
                            continue;
                        }
                        double mass = r[slot];
                        r[slot] = 0;
                        chain.live -= mass;
                        liveByPiece[i] -= mass;
                        double age = d == aged ? ageCap
                                : bootHours + resume[i - d] + prefix[i] - prefix[i - d];
                        int jobIndex = i / m;
                        boolean jobStart = i % m == 0;
                        int key = i * (depth + 2) + d;
                        if (jobStart && d > 0 && matching != null && matching.enabled()) {
                            if (replace[key] == 0) {
                                replace[key] = (byte) (matching.replace(age) ? 2 : 1);
                            }
                            if (replace[key] == 2) {
                                chain.push(i, 0, 0, mass, t + bootHours / dt);
                                continue;
                            }
                        }
                        double[] k = kernel[key];
                        if (k == null) {
                            k = failureKernel(model, age, wall[i], dt);
                            kernel[key] = k;
                        }
                        double q = k[0];
                        if (q > 0) {
                            double at = t + wall[i] / dt;
                            if (i + 1 == pieces || (i + 1) % m == 0) {
                                done[jobIndex].add(at, mass * q);
                            }
                            if (i + 1 < pieces) {
                                int nd = d == aged ? aged : d + 1;
                                if (nd != aged && (nd > depth
                                        || bootHours + resume[i + 1 - nd] + prefix[i + 1] - prefix[i + 1 - nd] >= ageCap)) {
                                    nd = aged;
                                }
                                chain.push(i + 1, nd, (i + 1) % m == 0 ? 0 : f, mass * q, at);
                            }
                        }
                        double p = 1 - q;
                        if (p > 0) {
                            preempted[jobIndex] += mass * p;
                            if (f == 0) {
                                failed[jobIndex] += mass * p;
                            }
                            int bins = k.length - 1;
                            double restart = bootHours + resume[i];
                            for (int b = 0; b < bins; b++) {
                                if (k[b + 1] > 0) {
                                    double x = (b + 0.5) * wall[i] / bins;
                                    chain.push(i, 0, 1, mass * k[b + 1], Math.max(t + 1, t + (x + restart) / dt));
                                }
                            }
                        }
                    }
                }
            }
        }
        double[][] pmf = new double[jobs][];
        for (int j = 0; j < jobs; j++) {
            pmf[j] = done[j].toArray();
        }
        return new SlotOutcome(dt, pmf, failed, preempted, chain.live <= 1e-6);
    }

    /** {q, then P(preempted in each sub-interval of the piece)}, for a VM of this age. */
    private static double[] failureKernel(PreemptionModel model, double age, double wall, double dt) {
        double sa = model.survival(age);
        if (!(sa > 0)) {
            return new double[] {0.0, 1.0}; // a VM already past its support end fails at once
        }
        int bins = (int) Math.max(1, Math.min(MAX_FAILURE_BINS, Math.ceil(wall / dt)));
        double[] k = new double[bins + 1];
        double previous = 1.0;
        for (int b = 1; b <= bins; b++) {
            double s = model.survival(age + b * wall / bins) / sa;
            k[b] = Math.max(0, previous - s);
            previous = s;
        }
        k[0] = Math.max(0, previous);
        return k;
    }

    /** A probability-mass array that grows as later times are reached; mass at fractional bins is split. */
    private static final class GrowingArray {
        private double[] values = new double[1024];
        private int length;

        void add(double atBin, double mass) {
            int b = (int) Math.floor(atBin);
            double w = atBin - b;
            ensure(b + 2);
            values[b] += mass * (1 - w);
            values[b + 1] += mass * w;
            length = Math.max(length, b + 2);
        }

        private void ensure(int size) {
            if (size > values.length) {
                values = Arrays.copyOf(values, Math.max(size, 2 * values.length));
            }
        }

        double[] toArray() {
            return Arrays.copyOf(values, length);
        }
    }
}
