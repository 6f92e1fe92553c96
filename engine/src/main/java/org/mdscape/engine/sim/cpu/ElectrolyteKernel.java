package org.mdscape.engine.sim.cpu;

import java.lang.ref.Cleaner;
import java.util.Arrays;
import org.mdscape.engine.sim.Box;
import org.mdscape.engine.sim.EwaldParameters;
import org.mdscape.engine.sim.ForceEvaluator;
import org.mdscape.engine.sim.ForceResult;
import org.mdscape.engine.sim.MolecularSystem;
import org.mdscape.engine.sim.NeighbourListPolicy;
import org.mdscape.engine.sim.SlabEwaldForce;
import org.mdscape.engine.sim.State;
import org.mdscape.engine.sim.WallForce;
import org.mdscape.engine.sim.WcaForce;

/**
 * Forces of ions in a slab: WCA between ions and real-space Ewald share one half neighbour list; walls
 * are a loop over ions; reciprocal-space Ewald runs over wave vectors from per-ion tables of
 * exp(i k_d r_d) built by recurrence; the Yeh-Berkowitz correction closes it. Thread t owns slot rows
 * first[t].., every t-th (kx, ky) column of wave vectors and its own force buffer; buffers are summed in
 * thread order, so results are deterministic and independent of neighbour-list history.
 */
final class ElectrolyteKernel implements ForceEvaluator {
    private static final Cleaner CLEANER = Cleaner.create();

    private final MolecularSystem system;
    private final WcaForce wca;
    private final WallForce wall;
    private final SlabEwaldForce ewald;
    private final EwaldParameters params;
    private final WorkerTeam team;
    private final SlabPairList list;
    private final RealSpaceCoulombTable table;
    private final int n;
    private final double[][] bx, by, bz;
    private final double[][] partialEnergy;

    // Per-slot properties, refreshed when the slot layout changes.
    private long layout = -1;
    private final double[] slotCharge;
    private final int[] slotSpecies;
    private final double[] slotDiameter;
    // Species-pair WCA tables.
    private final double[][] sigma2;
    private final double[][] wcaCut2;

    // Reciprocal space: wave-vector columns (kx, ky) and, per column, the kz values within the cutoff.
    private final int[] columnKx, columnKy;
    private final int[][] columnKz;
    private final double[][] columnFactor; // exp(-k^2/4 alpha^2) / k^2 per kz of the column
    // cos and sin of k_d r_d per wave-vector index and slot, separate arrays so loops over slots vectorise.
    private final double[][] cosX, sinX, cosY, sinY, cosZ, sinZ;
    /** Per thread: exp(i (kx x + ky y)) and exp(i k.r) per slot, real and imaginary parts. */
    private final double[][][] scratch;

    ElectrolyteKernel(MolecularSystem system, WcaForce wca, WallForce wall, SlabEwaldForce ewald, int threads,
                      NeighbourListPolicy policy) {
        this.system = system;
        this.wca = wca;
        this.wall = wall;
        this.ewald = ewald;
        this.n = system.particleCount();
        Box box = system.box();
        if (box.periodicZ()) {
            throw new IllegalArgumentException("the electrolyte kernel needs a slab box (walls in z)");
        }
        int types = system.species().size();
        sigma2 = new double[types][types];
        wcaCut2 = new double[types][types];
        double maxWca = 0;
        for (int a = 0; a < types; a++) {
            for (int b = 0; b < types; b++) {
                double sigma = (system.species().get(a).diameter() + system.species().get(b).diameter()) / 2;
                sigma2[a][b] = sigma * sigma;
                double cut = wca == null ? 0 : WcaForce.CUTOFF_FACTOR * sigma;
                wcaCut2[a][b] = cut * cut;
                maxWca = Math.max(maxWca, cut);
            }
        }
        this.params = ewald == null ? null : chooseParameters(system, ewald);
        double pairCutoff = Math.max(maxWca, params == null ? 0 : params.realCutoff());
        this.table = params == null ? null : new RealSpaceCoulombTable(params.alpha(), params.realCutoff(), ewald.accuracy());
        this.team = new WorkerTeam(threads);
        this.list = new SlabPairList(n, box, pairCutoff, policy.skin(), threads);
        bx = new double[threads][];
        by = new double[threads][];
        bz = new double[threads][];
        for (int t = 1; t < threads; t++) {
            bx[t] = new double[n];
            by[t] = new double[n];
            bz[t] = new double[n];
        }
        partialEnergy = new double[threads][1];
        slotCharge = new double[n];
        slotSpecies = new int[n];
        slotDiameter = new double[n];

        if (params != null) {
            double lx = box.lx(), ly = box.ly(), lz = params.periodZ();
            double alpha = params.alpha();
            int[] kmax = params.kmax();
            java.util.List<int[]> columns = new java.util.ArrayList<>();
            java.util.List<int[]> kzs = new java.util.ArrayList<>();
            java.util.List<double[]> factors = new java.util.ArrayList<>();
            for (int kx = 0; kx <= kmax[0]; kx++) {
                for (int ky = -kmax[1]; ky <= kmax[1]; ky++) {
                    int[] kz = new int[2 * kmax[2] + 1];
                    double[] f = new double[kz.length];
                    int m = 0;
                    for (int z = -kmax[2]; z <= kmax[2]; z++) {
                        if (!EwaldParameters.inHalfSpace(kx, ky, z)) {
                            continue;
                        }
                        double gx = 2 * Math.PI * kx / lx, gy = 2 * Math.PI * ky / ly, gz = 2 * Math.PI * z / lz;
                        double k2 = gx * gx + gy * gy + gz * gz;
                        if (k2 > params.k2max()) {
                            continue;
                        }
                        kz[m] = z;
                        f[m] = Math.exp(-k2 / (4 * alpha * alpha)) / k2;
                        m++;
                    }
                    if (m > 0) {
                        columns.add(new int[] {kx, ky});
                        kzs.add(Arrays.copyOf(kz, m));
                        factors.add(Arrays.copyOf(f, m));
                    }
                }
            }
            columnKx = columns.stream().mapToInt(c -> c[0]).toArray();
            columnKy = columns.stream().mapToInt(c -> c[1]).toArray();
            columnKz = kzs.toArray(int[][]::new);
            columnFactor = factors.toArray(double[][]::new);
            cosX = new double[kmax[0] + 1][n];
            sinX = new double[kmax[0] + 1][n];
            cosY = new double[2 * kmax[1] + 1][n];
            sinY = new double[2 * kmax[1] + 1][n];
            cosZ = new double[2 * kmax[2] + 1][n];
            sinZ = new double[2 * kmax[2] + 1][n];
            scratch = new double[threads][4][n];
        } else {
            columnKx = columnKy = new int[0];
            columnKz = new int[0][];
            columnFactor = new double[0][];
            cosX = sinX = cosY = sinY = cosZ = sinZ = new double[0][];
            scratch = new double[threads][4][0];
        }
        WorkerTeam toClose = team;
        CLEANER.register(this, toClose::close);
    }

    EwaldParameters parameters() {
        return params;
    }

    @Override
    public String description() {
        if (params == null) {
            return "no electrostatics";
        }
        int vectors = 0;
        for (int[] kz : columnKz) {
            vectors += kz.length;
        }
        return params + ", " + vectors + " wave vectors (half space), accuracy " + ewald.accuracy();
    }

    /**
     * Picks the real-space cutoff that minimises an estimate of the work per step (pairs in the list
     * against ions times wave vectors) at the requested accuracy. The cutoff stays below the replica
     * gap in z, so that no periodic image in z is within it and the pair loop needs no z images.
     */
    static EwaldParameters chooseParameters(MolecularSystem system, SlabEwaldForce ewald) {
        Box box = system.box();
        int n = system.particleCount();
        double q2 = 0;
        for (int i = 0; i < n; i++) {
            q2 += (double) system.charge(i) * system.charge(i);
        }
        double h = box.lz();
        double periodZ = ewald.periodZ(h);
        double maxCutoff = Math.min(Math.min(box.lx(), box.ly()) / 2, periodZ - h);
        double density = n / (box.lx() * box.ly() * h);
        EwaldParameters best = null;
        double bestCost = Double.MAX_VALUE;
        for (double rc = Math.min(2.0, maxCutoff); rc <= maxCutoff + 1e-9; rc += 0.1) {
            EwaldParameters p = EwaldParameters.forAccuracy(ewald.bjerrum(), q2, n, box.lx(), box.ly(), periodZ,
                    ewald.accuracy(), rc);
            double within = Math.min(4.0 / 3 * Math.PI * rc * rc * rc, Math.PI * rc * rc * h);
            double pairCost = 0.5 * density * within;
            double kCost = 0.35 * p.halfSpaceVectors(box.lx(), box.ly());
            double cost = pairCost + kCost;
            if (cost < bestCost) {
                bestCost = cost;
                best = p;
            }
        }
        return best;
    }

    private void refreshSlots(State s) {
        if (layout == s.layoutVersion()) {
            return;
        }
        for (int k = 0; k < n; k++) {
            int sp = system.speciesOf(s.ids[k]);
            slotSpecies[k] = sp;
            slotCharge[k] = system.species().get(sp).charge();
            slotDiameter[k] = system.species().get(sp).diameter();
        }
        layout = s.layoutVersion();
    }

    @Override
    public void compute(State s, ForceResult out, boolean withEnergy) {
        refreshSlots(s);
        if (list.isStale(s)) {
            list.build(s, team);
        }
        if (params != null) {
            fillTables(s);
        }
        team.run(t -> {
            double[] fx = t == 0 ? out.fx : bx[t];
            double[] fy = t == 0 ? out.fy : by[t];
            double[] fz = t == 0 ? out.fz : bz[t];
            Arrays.fill(fx, 0);
            Arrays.fill(fy, 0);
            Arrays.fill(fz, 0);
            double energy = pairLoop(s, t, fx, fy, fz, withEnergy);
            energy += walls(s, t, fz);
            if (params != null) {
                energy += reciprocal(t, fx, fy, fz);
            }
            partialEnergy[t][0] = energy;
        });
        if (team.size() > 1) {
            team.run(t -> {
                int lo = list.first[t], hi = list.first[t + 1];
                for (int b = 1; b < team.size(); b++) {
                    double[] x = bx[b], y = by[b], z = bz[b];
                    for (int i = lo; i < hi; i++) {
                        out.fx[i] += x[i];
                        out.fy[i] += y[i];
                        out.fz[i] += z[i];
                    }
                }
            });
        }
        double energy = 0;
        for (double[] e : partialEnergy) {
            energy += e[0];
        }
        if (params != null) {
            energy += slabCorrection(s, out);
        }
        out.potentialEnergy = withEnergy ? energy : 0;
        Arrays.fill(out.virial, Double.NaN); // slab pressure not computed yet
    }

    private double pairLoop(State s, int t, double[] fx, double[] fy, double[] fz, boolean withEnergy) {
        final double[] x = s.x, y = s.y, z = s.z;
        final double lx = system.box().lx(), ly = system.box().ly();
        final double ilx = 1 / lx, ily = 1 / ly;
        final boolean coulomb = params != null;
        final double rc2 = coulomb ? params.realCutoff() * params.realCutoff() : 0;
        final double lb = coulomb ? ewald.bjerrum() : 0;
        final double inverseSpacing = coulomb ? table.inverseSpacing : 0;
        final double[] forceTable = coulomb ? table.force : null;
        final double[] energyTable = coulomb ? table.energy : null;
        final double eps = wca == null ? 0 : wca.epsilon();
        final double[] q = slotCharge;
        final int[] sp = slotSpecies;
        final int[] row = list.rowStart[t];
        final int[] pairs = list.pairs[t];
        final int first = list.first[t], last = list.first[t + 1];
        double energy = 0;
        for (int i = first; i < last; i++) {
            final double xi = x[i], yi = y[i], zi = z[i];
            final double qi = lb * q[i];
            final double[] cutI = wcaCut2[sp[i]];
            final double[] sigI = sigma2[sp[i]];
            double fxi = 0, fyi = 0, fzi = 0;
            final int end = row[i - first + 1];
            for (int k = row[i - first]; k < end; k++) {
                final int j = pairs[k];
                double dx = xi - x[j];
                double dy = yi - y[j];
                final double dz = zi - z[j];
                dx -= lx * Math.rint(dx * ilx);
                dy -= ly * Math.rint(dy * ily);
                final double r2 = dx * dx + dy * dy + dz * dz;
                double fpair = 0;
                if (r2 < rc2) {
                    // Tabulated erfc terms (see RealSpaceCoulombTable): no exp or erfc per pair.
                    final double grid = r2 * inverseSpacing;
                    final int at = 2 * (int) grid;
                    final double frac = grid - (at >> 1);
                    final double rInv = 1 / Math.sqrt(r2);
                    final double qq = qi * q[j];
                    fpair = qq * (forceTable[at] + frac * forceTable[at + 1]) * (rInv * rInv * rInv);
                    if (withEnergy) {
                        energy += qq * (energyTable[at] + frac * energyTable[at + 1]) * rInv;
                    }
                }
                final int tj = sp[j];
                if (r2 < cutI[tj]) {
                    final double sr2 = sigI[tj] / r2;
                    final double sr6 = sr2 * sr2 * sr2;
                    fpair += 24 * eps * sr6 * (2 * sr6 - 1) / r2;
                    if (withEnergy) {
                        energy += 4 * eps * sr6 * (sr6 - 1) + eps;
                    }
                }
                if (fpair != 0) {
                    fxi += dx * fpair;
                    fyi += dy * fpair;
                    fzi += dz * fpair;
                    fx[j] -= dx * fpair;
                    fy[j] -= dy * fpair;
                    fz[j] -= dz * fpair;
                }
            }
            fx[i] += fxi;
            fy[i] += fyi;
            fz[i] += fzi;
        }
        return energy;
    }

    private double walls(State s, int t, double[] fz) {
        if (wall == null) {
            return 0;
        }
        double h = system.box().lz();
        double[] f = new double[1];
        double energy = 0;
        for (int i = list.first[t]; i < list.first[t + 1]; i++) {
            energy += wall.energyAndForce(s.z[i], h, slotDiameter[i], f);
            fz[i] += f[0];
        }
        if (params != null) {
            for (int i = list.first[t]; i < list.first[t + 1]; i++) {
                // Ewald self energy, a constant per ion.
                energy -= ewald.bjerrum() * params.alpha() / Math.sqrt(Math.PI) * slotCharge[i] * slotCharge[i];
            }
        }
        return energy;
    }

    /** exp(i k r) per slot for every index along each axis, by recurrence from the first harmonic. */
    private void fillTables(State s) {
        double lx = system.box().lx(), ly = system.box().ly(), lz = params.periodZ();
        team.run(t -> {
            int lo = list.first[t], hi = list.first[t + 1];
            fillAxis(s.x, lo, hi, 2 * Math.PI / lx, cosX, sinX, 0);
            fillAxis(s.y, lo, hi, 2 * Math.PI / ly, cosY, sinY, params.kmax()[1]);
            fillAxis(s.z, lo, hi, 2 * Math.PI / lz, cosZ, sinZ, params.kmax()[2]);
        });
    }

    /** Rows offset+k hold exp(+i k g r); rows offset-k the conjugate (negative indices). */
    private static void fillAxis(double[] r, int lo, int hi, double g, double[][] cos, double[][] sin, int offset) {
        int kmax = cos.length - 1 - offset;
        for (int i = lo; i < hi; i++) {
            double c1 = Math.cos(g * r[i]), s1 = Math.sin(g * r[i]);
            cos[offset][i] = 1;
            sin[offset][i] = 0;
            double c = 1, sn = 0;
            for (int k = 1; k <= kmax; k++) {
                double nc = c * c1 - sn * s1;
                sn = sn * c1 + c * s1;
                c = nc;
                cos[offset + k][i] = c;
                sin[offset + k][i] = sn;
                if (offset > 0) {
                    cos[offset - k][i] = c;
                    sin[offset - k][i] = -sn;
                }
            }
        }
    }

    private double reciprocal(int t, double[] fx, double[] fy, double[] fz) {
        final double lx = system.box().lx(), ly = system.box().ly(), lz = params.periodZ();
        final double volume = lx * ly * lz;
        final double lb = ewald.bjerrum();
        final int offY = params.kmax()[1], offZ = params.kmax()[2];
        final double[] q = slotCharge;
        final double[] xyRe = scratch[t][0], xyIm = scratch[t][1], re = scratch[t][2], im = scratch[t][3];
        double energy = 0;
        for (int col = t; col < columnKx.length; col += team.size()) {
            final double[] ax = cosX[columnKx[col]], bx = sinX[columnKx[col]];
            final double[] cy = cosY[columnKy[col] + offY], dy = sinY[columnKy[col] + offY];
            final double gx = 2 * Math.PI * columnKx[col] / lx, gy = 2 * Math.PI * columnKy[col] / ly;
            // Weighted by the charges once per column: every product below then carries q_i already.
            for (int i = 0; i < n; i++) {
                xyRe[i] = q[i] * (ax[i] * cy[i] - bx[i] * dy[i]);
                xyIm[i] = q[i] * (ax[i] * dy[i] + bx[i] * cy[i]);
            }
            final int[] kzs = columnKz[col];
            for (int m = 0; m < kzs.length; m++) {
                final double[] cz = cosZ[kzs[m] + offZ], dz = sinZ[kzs[m] + offZ];
                for (int i = 0; i < n; i++) {
                    re[i] = xyRe[i] * cz[i] - xyIm[i] * dz[i];
                    im[i] = xyRe[i] * dz[i] + xyIm[i] * cz[i];
                }
                // Structure factor; four running sums in a fixed order for instruction-level parallelism.
                double c0 = 0, c1 = 0, c2 = 0, c3 = 0, s0 = 0, s1 = 0, s2 = 0, s3 = 0;
                int i = 0;
                for (; i + 3 < n; i += 4) {
                    c0 += re[i];
                    s0 += im[i];
                    c1 += re[i + 1];
                    s1 += im[i + 1];
                    c2 += re[i + 2];
                    s2 += im[i + 2];
                    c3 += re[i + 3];
                    s3 += im[i + 3];
                }
                for (; i < n; i++) {
                    c0 += re[i];
                    s0 += im[i];
                }
                final double sc = (c0 + c1) + (c2 + c3), ss = (s0 + s1) + (s2 + s3);
                final double factor = columnFactor[col][m];
                energy += lb * 4 * Math.PI / volume * factor * (sc * sc + ss * ss);
                final double pref = lb * 8 * Math.PI / volume * factor;
                final double gz = 2 * Math.PI * kzs[m] / lz;
                final double px = pref * gx, py = pref * gy, pz = pref * gz;
                for (int j = 0; j < n; j++) {
                    final double f = sc * im[j] - ss * re[j];
                    fx[j] += f * px;
                    fy[j] += f * py;
                    fz[j] += f * pz;
                }
            }
        }
        return energy;
    }

    /** Yeh-Berkowitz: removes the interaction between the slab's dipole and its replicas in z. */
    private double slabCorrection(State s, ForceResult out) {
        double volume = system.box().lx() * system.box().ly() * params.periodZ();
        double lb = ewald.bjerrum();
        double dipole = 0;
        for (int i = 0; i < n; i++) {
            dipole += slotCharge[i] * s.z[i];
        }
        for (int i = 0; i < n; i++) {
            out.fz[i] -= 4 * Math.PI * lb / volume * slotCharge[i] * dipole;
        }
        return 2 * Math.PI * lb / volume * dipole * dipole;
    }
}
