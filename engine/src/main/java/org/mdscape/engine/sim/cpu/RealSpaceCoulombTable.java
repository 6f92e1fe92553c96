package org.mdscape.engine.sim.cpu;

import org.mdscape.engine.sim.Erfc;

/**
 * The real-space Ewald pair functions tabulated on a uniform grid in s = r^2, read back by linear
 * interpolation (as LAMMPS's coulomb tables do), so that the pair loop needs neither exp nor erfc:
 * <ul>
 *   <li>g(s) = erfc(alpha r) + (2 alpha r / sqrt(pi)) exp(-alpha^2 r^2): force = q_i q_j l_B g / (r^2 r)</li>
 *   <li>e(s) = erfc(alpha r): energy = q_i q_j l_B e / r</li>
 * </ul>
 * Both are bounded and smooth in s (unlike the bare Coulomb terms), so linear interpolation is accurate;
 * the grid is fine enough that its error stays two orders below the requested force accuracy.
 */
final class RealSpaceCoulombTable {
    final double inverseSpacing;
    /** g at the grid points and its forward differences, interleaved: [2k] = g_k, [2k+1] = g_{k+1} - g_k. */
    final double[] force;
    /** The same for e(s). */
    final double[] energy;

    RealSpaceCoulombTable(double alpha, double cutoff, double accuracy) {
        double s2 = cutoff * cutoff;
        // Linear interpolation error ~ spacing^2 / 8 * |g''|; |g''| in s stays below ~0.03 where ions can be.
        double spacing = Math.sqrt(2.67 * accuracy);
        int points = (int) Math.min(1 << 18, Math.max(1024, Math.ceil(s2 / spacing)));
        double ds = s2 / points;
        inverseSpacing = 1 / ds;
        double[] g = new double[points + 2];
        double[] e = new double[points + 2];
        for (int k = 0; k < g.length; k++) {
            double r = Math.sqrt(k * ds);
            double erfc = Erfc.accurate(alpha * r);
            e[k] = erfc;
            g[k] = erfc + 2 * alpha * r / Math.sqrt(Math.PI) * Math.exp(-alpha * alpha * r * r);
        }
        force = new double[2 * (points + 1)];
        energy = new double[2 * (points + 1)];
        for (int k = 0; k <= points; k++) {
            force[2 * k] = g[k];
            force[2 * k + 1] = g[k + 1] - g[k];
            energy[2 * k] = e[k];
            energy[2 * k + 1] = e[k + 1] - e[k];
        }
    }
}
