package org.mdscape.engine.sim;

import java.util.Arrays;

/**
 * Output of a force evaluation: per-particle forces in {@link State} order, and - when asked for -
 * the potential energy and the virial tensor W_ab = sum over pairs of r_a f_b
 * (order xx, yy, zz, xy, xz, yz), both including tail corrections.
 */
public final class ForceResult {
    public final double[] fx;
    public final double[] fy;
    public final double[] fz;
    public double potentialEnergy;
    public final double[] virial = new double[6];

    public ForceResult(int n) {
        fx = new double[n];
        fy = new double[n];
        fz = new double[n];
    }

    public void clear() {
        Arrays.fill(fx, 0);
        Arrays.fill(fy, 0);
        Arrays.fill(fz, 0);
        potentialEnergy = 0;
        Arrays.fill(virial, 0);
    }

    public double virialTrace() {
        return virial[0] + virial[1] + virial[2];
    }
}
