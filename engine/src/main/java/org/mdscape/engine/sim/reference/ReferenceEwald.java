package org.mdscape.engine.sim.reference;

import org.mdscape.engine.sim.Erfc;
import org.mdscape.engine.sim.EwaldParameters;
import org.mdscape.engine.sim.ForceResult;
import org.mdscape.engine.sim.MolecularSystem;
import org.mdscape.engine.sim.SlabEwaldForce;
import org.mdscape.engine.sim.State;

/**
 * Plain Ewald sum for a slab with the Yeh-Berkowitz correction, to relative force accuracy 1e-8
 * whatever the force asks for: this is the truth the fast platforms are measured against.
 *
 * <p>The system is the slab replicated with period {@code slabFactor * h} in z. Real space: every
 * pair and every periodic image (x, y and z) within the cutoff, erfc to 1e-14. Reciprocal space: every
 * wave vector in the box |k_d| &lt;= kmax_d, cos and sin computed directly. Self term and dipole
 * correction added. Why 1e-8 is reached is tested: results do not move when alpha, the cutoff and
 * kmax change (EwaldAccuracyTest).
 */
final class ReferenceEwald {
    static final double ACCURACY = 1e-8;

    private ReferenceEwald() {
    }

    static EwaldParameters parameters(MolecularSystem system, SlabEwaldForce ewald) {
        double lx = system.box().lx(), ly = system.box().ly();
        double q2 = 0;
        for (int i = 0; i < system.particleCount(); i++) {
            q2 += (double) system.charge(i) * system.charge(i);
        }
        return EwaldParameters.forAccuracy(ewald.bjerrum(), q2, system.particleCount(), lx, ly,
                ewald.periodZ(system.box().lz()), ACCURACY, Math.min(lx, ly) / 2);
    }

    static void add(MolecularSystem system, SlabEwaldForce ewald, State s, ForceResult out) {
        add(system, ewald, s, out, parameters(system, ewald));
    }

    /** With explicit parameters, so that tests can show the sum has converged. */
    static void add(MolecularSystem system, SlabEwaldForce ewald, State s, ForceResult out, EwaldParameters p) {
        int n = s.size();
        double lb = ewald.bjerrum();
        double lx = system.box().lx(), ly = system.box().ly(), lz = p.periodZ();
        double[] q = new double[n];
        for (int i = 0; i < n; i++) {
            q[i] = system.charge(s.ids[i]);
        }
        double alpha = p.alpha(), rc = p.realCutoff();
        int mx = (int) Math.ceil(rc / lx) + 1, my = (int) Math.ceil(rc / ly) + 1, mz = (int) Math.ceil(rc / lz) + 1;
        double energy = 0;

        // Real space: pairs i < j over all images, and each particle with its own images (half weight).
        for (int i = 0; i < n; i++) {
            for (int j = i; j < n; j++) {
                double qq = lb * q[i] * q[j];
                if (qq == 0) {
                    continue;
                }
                for (int ix = -mx; ix <= mx; ix++) {
                    for (int iy = -my; iy <= my; iy++) {
                        for (int iz = -mz; iz <= mz; iz++) {
                            if (i == j && ix == 0 && iy == 0 && iz == 0) {
                                continue;
                            }
                            double dx = s.x[i] - s.x[j] + ix * lx;
                            double dy = s.y[i] - s.y[j] + iy * ly;
                            double dz = s.z[i] - s.z[j] + iz * lz;
                            double r2 = dx * dx + dy * dy + dz * dz;
                            if (r2 >= rc * rc) {
                                continue;
                            }
                            double r = Math.sqrt(r2);
                            double erfc = Erfc.accurate(alpha * r);
                            double weight = i == j ? 0.5 : 1.0;
                            energy += weight * qq * erfc / r;
                            if (i != j) {
                                double fOverR = qq * (erfc / r2 + 2 * alpha / Math.sqrt(Math.PI)
                                        * Math.exp(-alpha * alpha * r2) / r) / r;
                                out.fx[i] += fOverR * dx;
                                out.fy[i] += fOverR * dy;
                                out.fz[i] += fOverR * dz;
                                out.fx[j] -= fOverR * dx;
                                out.fy[j] -= fOverR * dy;
                                out.fz[j] -= fOverR * dz;
                            }
                        }
                    }
                }
            }
        }

        // Reciprocal space over one half of k-space (k and -k contribute equally).
        double volume = lx * ly * lz;
        int[] kmax = p.kmax();
        for (int kx = 0; kx <= kmax[0]; kx++) {
            for (int ky = -kmax[1]; ky <= kmax[1]; ky++) {
                for (int kz = -kmax[2]; kz <= kmax[2]; kz++) {
                    if (!EwaldParameters.inHalfSpace(kx, ky, kz)) {
                        continue;
                    }
                    double gx = 2 * Math.PI * kx / lx, gy = 2 * Math.PI * ky / ly, gz = 2 * Math.PI * kz / lz;
                    double k2 = gx * gx + gy * gy + gz * gz;
                    double a = Math.exp(-k2 / (4 * alpha * alpha)) / k2;
                    double c = 0, sn = 0;
                    for (int j = 0; j < n; j++) {
                        double phase = gx * s.x[j] + gy * s.y[j] + gz * s.z[j];
                        c += q[j] * Math.cos(phase);
                        sn += q[j] * Math.sin(phase);
                    }
                    energy += lb * 4 * Math.PI / volume * a * (c * c + sn * sn);
                    double pref = lb * 8 * Math.PI / volume * a;
                    for (int i = 0; i < n; i++) {
                        double phase = gx * s.x[i] + gy * s.y[i] + gz * s.z[i];
                        double f = pref * q[i] * (c * Math.sin(phase) - sn * Math.cos(phase));
                        out.fx[i] += f * gx;
                        out.fy[i] += f * gy;
                        out.fz[i] += f * gz;
                    }
                }
            }
        }

        // Self energy and the Yeh-Berkowitz dipole correction.
        double dipole = 0;
        for (int i = 0; i < n; i++) {
            energy -= lb * alpha / Math.sqrt(Math.PI) * q[i] * q[i];
            dipole += q[i] * s.z[i];
        }
        energy += 2 * Math.PI * lb / volume * dipole * dipole;
        for (int i = 0; i < n; i++) {
            out.fz[i] -= 4 * Math.PI * lb / volume * q[i] * dipole;
        }
        out.potentialEnergy += energy;
    }
}
