package org.mdscape.engine.sim.cpu;

import java.lang.ref.Cleaner;
import java.util.Arrays;
import org.mdscape.engine.sim.Box;
import org.mdscape.engine.sim.ForceEvaluator;
import org.mdscape.engine.sim.ForceResult;
import org.mdscape.engine.sim.LennardJonesForce;
import org.mdscape.engine.sim.MolecularSystem;
import org.mdscape.engine.sim.NeighbourListPolicy;
import org.mdscape.engine.sim.State;

/** Lennard-Jones forces over the half neighbour list, one block of slots per thread. */
final class LennardJonesKernel implements ForceEvaluator {
    private static final Cleaner CLEANER = Cleaner.create();

    private final MolecularSystem system;
    private final LennardJonesForce lj;
    private final WorkerTeam team;
    private final NeighbourList list;
    /** Force buffers of threads 1.. (thread 0 writes straight into the result). */
    private final double[][] bx, by, bz;
    /** Per thread: energy and the six virial components. */
    private final double[][] partialSums;

    LennardJonesKernel(MolecularSystem system, LennardJonesForce lj, int threads, NeighbourListPolicy policy) {
        this.system = system;
        this.lj = lj;
        int n = system.particleCount();
        this.team = new WorkerTeam(threads);
        this.list = new NeighbourList(n, system.box(), lj.cutoff(), policy, threads);
        bx = new double[threads][];
        by = new double[threads][];
        bz = new double[threads][];
        for (int t = 1; t < threads; t++) {
            bx[t] = new double[n];
            by[t] = new double[n];
            bz[t] = new double[n];
        }
        partialSums = new double[threads][7];
        WorkerTeam toClose = team;
        CLEANER.register(this, toClose::close);
    }

    long neighbourListBuilds() {
        return list.builds();
    }

    @Override
    public void compute(State s, ForceResult out, boolean withEnergy) {
        if (list.isStale(s)) {
            list.build(s, team);
        }
        int n = s.size();
        team.run(t -> {
            double[] fx, fy, fz;
            int from = list.first[t];
            if (t == 0) {
                fx = out.fx;
                fy = out.fy;
                fz = out.fz;
            } else {
                fx = bx[t];
                fy = by[t];
                fz = bz[t];
            }
            // Thread t only writes slots >= first[t] (its own rows and their j > i).
            Arrays.fill(fx, from, n, 0);
            Arrays.fill(fy, from, n, 0);
            Arrays.fill(fz, from, n, 0);
            if (t == 0) {
                Arrays.fill(fx, 0, from, 0);
                Arrays.fill(fy, 0, from, 0);
                Arrays.fill(fz, 0, from, 0);
            }
            pairLoop(s, t, fx, fy, fz, withEnergy, partialSums[t]);
        });
        if (team.size() > 1) {
            team.run(t -> {
                // Reduce this thread's slot range across all buffers, always in thread order.
                int lo = list.first[t], hi = list.first[t + 1];
                for (int b = 1; b < team.size(); b++) {
                    int from = Math.max(lo, list.first[b]);
                    double[] x = bx[b], y = by[b], z = bz[b];
                    for (int i = from; i < hi; i++) {
                        out.fx[i] += x[i];
                        out.fy[i] += y[i];
                        out.fz[i] += z[i];
                    }
                }
            });
        }
        out.potentialEnergy = 0;
        Arrays.fill(out.virial, 0);
        if (withEnergy) {
            for (double[] sums : partialSums) {
                out.potentialEnergy += sums[0];
                for (int k = 0; k < 6; k++) {
                    out.virial[k] += sums[k + 1];
                }
            }
            Box box = system.box();
            out.potentialEnergy += lj.tailEnergy(n, box.volume());
            double tail = lj.tailVirial(n, box.volume()) / 3;
            out.virial[0] += tail;
            out.virial[1] += tail;
            out.virial[2] += tail;
        }
    }

    private void pairLoop(State s, int t, double[] fx, double[] fy, double[] fz, boolean withEnergy, double[] sums) {
        final double[] x = s.x, y = s.y, z = s.z;
        final Box box = system.box();
        final double lx = box.lx(), ly = box.ly(), lz = box.lz();
        final double ilx = 1 / lx, ily = 1 / ly, ilz = 1 / lz;
        final double rc2 = lj.cutoff() * lj.cutoff();
        final double s6 = Math.pow(lj.sigma(), 6);
        final double lj1 = 48 * lj.epsilon() * s6 * s6;
        final double lj2 = 24 * lj.epsilon() * s6;
        final double lj3 = 4 * lj.epsilon() * s6 * s6;
        final double lj4 = 4 * lj.epsilon() * s6;
        final double shift = lj.energyShift();
        final int[] row = list.rowStart[t];
        final int[] pairs = list.pairs[t];
        final int first = list.first[t], last = list.first[t + 1];
        double energy = 0, wxx = 0, wyy = 0, wzz = 0, wxy = 0, wxz = 0, wyz = 0;
        for (int i = first; i < last; i++) {
            final double xi = x[i], yi = y[i], zi = z[i];
            double fxi = 0, fyi = 0, fzi = 0;
            final int end = row[i - first + 1];
            for (int k = row[i - first]; k < end; k++) {
                final int j = pairs[k];
                double dx = xi - x[j];
                double dy = yi - y[j];
                double dz = zi - z[j];
                dx -= lx * Math.rint(dx * ilx);
                dy -= ly * Math.rint(dy * ily);
                dz -= lz * Math.rint(dz * ilz);
                final double r2 = dx * dx + dy * dy + dz * dz;
                if (r2 < rc2) {
                    final double r2i = 1.0 / r2;
                    final double r6i = r2i * r2i * r2i;
                    final double fpair = r6i * (lj1 * r6i - lj2) * r2i;
                    final double fxij = dx * fpair, fyij = dy * fpair, fzij = dz * fpair;
                    fxi += fxij;
                    fyi += fyij;
                    fzi += fzij;
                    fx[j] -= fxij;
                    fy[j] -= fyij;
                    fz[j] -= fzij;
                    if (withEnergy) {
                        energy += r6i * (lj3 * r6i - lj4) - shift;
                        wxx += dx * fxij;
                        wyy += dy * fyij;
                        wzz += dz * fzij;
                        wxy += dx * fyij;
                        wxz += dx * fzij;
                        wyz += dy * fzij;
                    }
                }
            }
            fx[i] += fxi;
            fy[i] += fyi;
            fz[i] += fzi;
        }
        sums[0] = energy;
        sums[1] = wxx;
        sums[2] = wyy;
        sums[3] = wzz;
        sums[4] = wxy;
        sums[5] = wxz;
        sums[6] = wyz;
    }
}
