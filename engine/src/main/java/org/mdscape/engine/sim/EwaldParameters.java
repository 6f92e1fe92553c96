package org.mdscape.engine.sim;

import java.util.Locale;

/**
 * Splitting parameter and cutoffs of an Ewald sum for a requested accuracy, chosen with the error
 * estimates LAMMPS's ewald uses (Kolafa and Perram 1992): real-space RMS force error
 * 2 Q exp(-(alpha r_c)^2) / sqrt(N r_c V), reciprocal RMS error per direction
 * 2 Q alpha / L sqrt(1/(pi k N)) exp(-(pi k / (alpha L))^2), with Q = l_B sum q_i^2 and errors measured
 * against the force between two unit charges at unit distance, l_B.
 *
 * @param alpha       splitting parameter (1 / length)
 * @param realCutoff  real-space cutoff
 * @param kmax        largest wave-vector index in x, y, z
 * @param k2max       squared cutoff of |k| (spherical in k-space, as LAMMPS's gsqmx)
 * @param periodZ     period of the replicated system in z
 */
public record EwaldParameters(double alpha, double realCutoff, int[] kmax, double k2max, double periodZ) {

    /** Parameters reaching {@code accuracy} with the given real-space cutoff. */
    public static EwaldParameters forAccuracy(double bjerrum, double sumChargeSquared, int n, double lx, double ly,
                                              double periodZ, double accuracy, double realCutoff) {
        double q2 = bjerrum * sumChargeSquared;
        // Real-space and reciprocal errors add in quadrature; LAMMPS sets each to the target, so its
        // total exceeds it by up to sqrt(2). We give each half, so the total stays below the target.
        double target = accuracy * bjerrum / 2;
        double volume = lx * ly * periodZ;
        double g = target * Math.sqrt(n * realCutoff * volume) / (2 * q2);
        double alpha = g >= 1 ? (1.35 - 0.15 * Math.log(target)) / realCutoff : Math.sqrt(-Math.log(g)) / realCutoff;
        int[] kmax = {kmaxFor(alpha, lx, n, q2, target), kmaxFor(alpha, ly, n, q2, target),
                kmaxFor(alpha, periodZ, n, q2, target)};
        double gx = 2 * Math.PI / lx * kmax[0], gy = 2 * Math.PI / ly * kmax[1], gz = 2 * Math.PI / periodZ * kmax[2];
        double k2max = Math.max(gx * gx, Math.max(gy * gy, gz * gz)) * 1.00001;
        return new EwaldParameters(alpha, realCutoff, kmax, k2max, periodZ);
    }

    private static int kmaxFor(double alpha, double length, int n, double q2, double target) {
        int k = 1;
        while (reciprocalError(k, length, alpha, n, q2) > target && k < 10_000) {
            k++;
        }
        return k;
    }

    static double reciprocalError(int k, double length, double alpha, int n, double q2) {
        return 2 * q2 * alpha / length * Math.sqrt(1 / (Math.PI * k * n))
                * Math.exp(-Math.PI * Math.PI * k * k / (alpha * alpha * length * length));
    }

    /** Number of wave vectors in one half of k-space within the spherical cutoff. */
    public int halfSpaceVectors(double lx, double ly) {
        int count = 0;
        double ux = 2 * Math.PI / lx, uy = 2 * Math.PI / ly, uz = 2 * Math.PI / periodZ;
        for (int kx = 0; kx <= kmax[0]; kx++) {
            for (int ky = -kmax[1]; ky <= kmax[1]; ky++) {
                for (int kz = -kmax[2]; kz <= kmax[2]; kz++) {
                    if (inHalfSpace(kx, ky, kz)) {
                        double k2 = sq(ux * kx) + sq(uy * ky) + sq(uz * kz);
                        if (k2 <= k2max) {
                            count++;
                        }
                    }
                }
            }
        }
        return count;
    }

    /** One of each pair (k, -k), k != 0: kx > 0, or kx = 0 and ky > 0, or kx = ky = 0 and kz > 0. */
    public static boolean inHalfSpace(int kx, int ky, int kz) {
        return kx > 0 || (kx == 0 && (ky > 0 || (ky == 0 && kz > 0)));
    }

    private static double sq(double v) {
        return v * v;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "Ewald(alpha=%.4f, rc=%.3f, kmax=%d,%d,%d, Lz=%.3f)", alpha, realCutoff,
                kmax[0], kmax[1], kmax[2], periodZ);
    }
}
