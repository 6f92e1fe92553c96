package org.mdscape.engine.sim.reference;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.mdscape.engine.model.ConfinedElectrolyte;
import org.mdscape.engine.model.WallModel;
import org.mdscape.engine.sim.ElectrolyteSetup;
import org.mdscape.engine.sim.EwaldParameters;
import org.mdscape.engine.sim.ForceResult;
import org.mdscape.engine.sim.MolecularSystem;
import org.mdscape.engine.sim.SeededRandom;
import org.mdscape.engine.sim.SlabEwaldForce;
import org.mdscape.engine.sim.State;

/**
 * Why the Reference platform's Ewald sum is accurate to 1e-8: (1) the Ewald sum's value does not depend
 * on the splitting, so changing alpha, the real-space cutoff and kmax must not move the forces beyond
 * 1e-8 of l_B; (2) with the empty space in z made large, the slab-corrected 3D sum approaches the true
 * 2D-periodic Coulomb sum, which we compute independently by direct summation over periodic images in
 * x and y (with the analytic tail of the image dipoles).
 */
class EwaldAccuracyTest {

    private static double rmsOverBjerrum(ForceResult a, ForceResult b, double lb) {
        double sum = 0;
        for (int i = 0; i < a.fx.length; i++) {
            sum += sq(a.fx[i] - b.fx[i]) + sq(a.fy[i] - b.fy[i]) + sq(a.fz[i] - b.fz[i]);
        }
        return Math.sqrt(sum / a.fx.length) / lb;
    }

    @Test
    void forcesDoNotDependOnTheSplittingParameter() {
        ConfinedElectrolyte spec = new ConfinedElectrolyte(3.0, 2, -1, 0.5, 0.714, 0.714, WallModel.STANDARD,
                0.7007, 40, 0, 1e-4);
        MolecularSystem system = ElectrolyteSetup.system(spec);
        SlabEwaldForce ewald = (SlabEwaldForce) system.forces().get(2);
        State s = ElectrolyteSetup.initialState(system, new SeededRandom(8));
        EwaldParameters standard = ReferenceEwald.parameters(system, ewald);
        ForceResult a = new ForceResult(s.size());
        ReferenceEwald.add(system, ewald, s, a, standard);

        double lx = system.box().lx();
        double q2 = 0;
        for (int i = 0; i < system.particleCount(); i++) {
            q2 += sq(system.charge(i));
        }
        // A very different splitting: shorter real-space cutoff, much more reciprocal space, 1e-11 target.
        EwaldParameters other = EwaldParameters.forAccuracy(ewald.bjerrum(), q2, s.size(), lx, system.box().ly(),
                ewald.periodZ(system.box().lz()), 1e-11, 0.35 * lx);
        assertTrue(Math.abs(other.alpha() - standard.alpha()) > 0.1 * standard.alpha(), "splittings must differ");
        ForceResult b = new ForceResult(s.size());
        ReferenceEwald.add(system, ewald, s, b, other);

        double rms = rmsOverBjerrum(a, b, ewald.bjerrum());
        System.out.printf("Reference Ewald: %s vs %s: forces differ by %.2e of l_B RMS%n", standard, other, rms);
        assertTrue(rms < 1e-8, "forces moved by " + rms + " of l_B between splittings");
        assertTrue(Math.abs(a.potentialEnergy - b.potentialEnergy) < 1e-7 * Math.abs(a.potentialEnergy),
                a.potentialEnergy + " vs " + b.potentialEnergy);
    }

    /** Direct 2D lattice sum of Coulomb forces: images in x and y only, shells out to radius m cells. */
    private static double[][] directSlabForces(double[] x, double[] y, double[] z, double[] q, double l, double lb, int m) {
        int n = x.length;
        double[][] f = new double[n][3];
        double dipoleX = 0, dipoleY = 0, dipoleZ = 0; // cell dipole, for the analytic tail beyond m
        for (int j = 0; j < n; j++) {
            dipoleX += q[j] * x[j];
            dipoleY += q[j] * y[j];
            dipoleZ += q[j] * z[j];
        }
        for (int i = 0; i < n; i++) {
            for (int ix = -m; ix <= m; ix++) {
                for (int iy = -m; iy <= m; iy++) {
                    if (ix * ix + iy * iy > m * m) {
                        continue; // circular shells: the dipole tail below assumes a disc
                    }
                    for (int j = 0; j < n; j++) {
                        if (i == j && ix == 0 && iy == 0) {
                            continue;
                        }
                        double dx = x[i] - x[j] - ix * l, dy = y[i] - y[j] - iy * l, dz = z[i] - z[j];
                        double r2 = dx * dx + dy * dy + dz * dz;
                        double c = lb * q[i] * q[j] / (r2 * Math.sqrt(r2));
                        f[i][0] += c * dx;
                        f[i][1] += c * dy;
                        f[i][2] += c * dz;
                    }
                }
            }
            // Beyond radius R = m l the neutral cells act as dipoles p spread over the plane with density 1/l^2;
            // their field on a charge in the plane is (pi / (l^2 R)) (p_x, p_y, -2 p_z).
            double radius = m * l;
            double k = Math.PI / (l * l * radius) * lb * q[i];
            f[i][0] += k * dipoleX;
            f[i][1] += k * dipoleY;
            f[i][2] -= 2 * k * dipoleZ;
        }
        return f;
    }

    @Test
    void slabCorrectedEwaldApproachesTheDirectTwoDimensionalSum() {
        // Eight ions in a small square slab; the comparison is exact only as the z period grows.
        double l = 6.0, h = 3.0, lb = 1.0;
        SeededRandom r = new SeededRandom(17);
        int n = 8;
        double[] x = new double[n], y = new double[n], z = new double[n], q = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = r.nextDouble() * l;
            y[i] = r.nextDouble() * l;
            z[i] = (r.nextDouble() - 0.5) * (h - 1);
            q[i] = i % 2 == 0 ? 1 : -1;
        }
        double[][] direct = directSlabForces(x, y, z, q, l, lb, 400);
        double previous = Double.MAX_VALUE;
        for (double factor : new double[] {3, 6, 12}) {
            ForceResult ewald = ewaldForces(x, y, z, q, l, h, lb, factor);
            double sum = 0;
            for (int i = 0; i < n; i++) {
                sum += sq(ewald.fx[i] - direct[i][0]) + sq(ewald.fy[i] - direct[i][1]) + sq(ewald.fz[i] - direct[i][2]);
            }
            double rms = Math.sqrt(sum / n) / lb;
            System.out.printf("slab Ewald with z period %.0f h vs direct 2D image sum: RMS force difference %.2e of l_B%n",
                    factor, rms);
            assertTrue(rms < previous, "error must shrink as the gap grows: " + rms + " after " + previous);
            previous = rms;
        }
        // With a wide gap the 3D sum is the 2D one; what remains is the direct sum's own truncation (~1e-8).
        assertTrue(previous < 1e-7, "slab-corrected Ewald (z period 12 h) vs direct 2D sum: " + previous);
    }

    private static ForceResult ewaldForces(double[] x, double[] y, double[] z, double[] q, double l, double h,
                                           double lb, double slabFactor) {
        int n = x.length;
        var species = java.util.List.of(new org.mdscape.engine.sim.Species("plus", "P", 1, 1, 1.0),
                new org.mdscape.engine.sim.Species("minus", "N", 1, -1, 1.0));
        int[] of = new int[n];
        for (int i = 0; i < n; i++) {
            of[i] = q[i] > 0 ? 0 : 1;
        }
        SlabEwaldForce ewald = new SlabEwaldForce(lb, 1e-8, slabFactor);
        MolecularSystem system = new MolecularSystem(species, of, org.mdscape.engine.sim.Box.slab(l, h),
                java.util.List.of(ewald));
        State s = new State(n);
        System.arraycopy(x, 0, s.x, 0, n);
        System.arraycopy(y, 0, s.y, 0, n);
        System.arraycopy(z, 0, s.z, 0, n);
        ForceResult out = new ForceResult(n);
        ReferenceEwald.add(system, ewald, s, out);
        return out;
    }

    private static double sq(double v) {
        return v * v;
    }
}
