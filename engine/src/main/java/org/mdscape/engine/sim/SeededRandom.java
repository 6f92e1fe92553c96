package org.mdscape.engine.sim;

/**
 * xoshiro256** (Blackman and Vigna), seeded through SplitMix64. Chosen over java.util's generators
 * because its whole state is four longs that a checkpoint can store and restore exactly.
 */
public final class SeededRandom {
    private long s0, s1, s2, s3;
    private double spareGaussian;
    private boolean hasSpare;

    public SeededRandom(long seed) {
        long z = seed;
        long[] s = new long[4];
        for (int i = 0; i < 4; i++) {
            z += 0x9E3779B97F4A7C15L;
            long t = z;
            t = (t ^ (t >>> 30)) * 0xBF58476D1CE4E5B9L;
            t = (t ^ (t >>> 27)) * 0x94D049BB133111EBL;
            s[i] = t ^ (t >>> 31);
        }
        s0 = s[0];
        s1 = s[1];
        s2 = s[2];
        s3 = s[3];
    }

    public long nextLong() {
        long result = Long.rotateLeft(s1 * 5, 7) * 9;
        long t = s1 << 17;
        s2 ^= s0;
        s3 ^= s1;
        s1 ^= s2;
        s0 ^= s3;
        s2 ^= t;
        s3 = Long.rotateLeft(s3, 45);
        return result;
    }

    /** Uniform in [0, 1) with 53 random bits. */
    public double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    /** Uniform integer in [0, bound). */
    public int nextInt(int bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive");
        }
        return (int) (((nextLong() >>> 32) * bound) >>> 32);
    }

    /** Standard normal variate (polar Box-Muller; uses Math.log/sqrt only, which are deterministic in Java). */
    public double nextGaussian() {
        if (hasSpare) {
            hasSpare = false;
            return spareGaussian;
        }
        double u, v, s;
        do {
            u = 2 * nextDouble() - 1;
            v = 2 * nextDouble() - 1;
            s = u * u + v * v;
        } while (s >= 1 || s == 0);
        double f = StrictMath.sqrt(-2 * StrictMath.log(s) / s);
        spareGaussian = v * f;
        hasSpare = true;
        return u * f;
    }

    /** The full generator state, for checkpoints. */
    public long[] saveState() {
        return new long[] {s0, s1, s2, s3, hasSpare ? 1 : 0, Double.doubleToRawLongBits(spareGaussian)};
    }

    public void restoreState(long[] state) {
        if (state.length != 6) {
            throw new IllegalArgumentException("random state must have 6 words");
        }
        s0 = state[0];
        s1 = state[1];
        s2 = state[2];
        s3 = state[3];
        hasSpare = state[4] != 0;
        spareGaussian = Double.longBitsToDouble(state[5]);
    }
}
