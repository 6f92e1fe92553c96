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

/**
 * Lennard-Jones forces over the half neighbour list; each thread owns two fixed blocks of rows (see
 * {@link NeighbourList}) and its own force buffer - thread 0 writes straight into the result - and
 * the buffers are summed in thread order.
 *
 * <p>The sum for each force component is canonical: a thread's rows in slot order, each row's
 * partners in ascending slot order, and only pairs within the cutoff contribute. The two shortcuts of
 * the force loop leave every one of those sums bit-for-bit as the plain loop (minimum image by
 * {@code Math.rint}, {@code if (r2 < rc2)}) would give it; see {@link #forceRows}.
 *
 * <p>Energy and virial are a separate pass over the list, run only when asked for. The force loop is
 * therefore one small piece of code, the same at every step, which C2 compiles early and never has to
 * recompile when a step does want the energy; and forces cannot depend on whether it was asked for.
 */
final class LennardJonesKernel implements ForceEvaluator {
    private static final Cleaner CLEANER = Cleaner.create();
    /**
     * Rows (or slots) per call of the loops run once per step. Such a loop in a method called only
     * once per step would run on on-stack-replacement code, compiled, thrown away and recompiled as
     * its profile changes - compilations that take the CPU from the force threads in the first steps
     * (see the note in NeighbourList). Called per chunk, a method is compiled once, normally; the
     * heavy work is in forceRow, called per row and so compiled early in the first evaluation.
     */
    private static final int CHUNK = 256;

    private final MolecularSystem system;
    private final LennardJonesForce lj;
    private final WorkerTeam team;
    private final NeighbourList list;
    private final double lx, ly, lz, ilx, ily, ilz;
    private final double rc2, lj1, lj2, lj3, lj4, shift;
    /** Force buffers of threads 1.. (thread 0 writes straight into the result). */
    private final double[][] bx, by, bz;
    /** Per thread: energy and the six virial components. */
    private final double[][] partialSums;
    /** Per thread: how far its particles have moved along x, y, z since the list was built. */
    private final double[][] moved;

    LennardJonesKernel(MolecularSystem system, LennardJonesForce lj, int threads, NeighbourListPolicy policy) {
        this.system = system;
        this.lj = lj;
        int n = system.particleCount();
        this.team = new WorkerTeam(threads);
        this.list = new NeighbourList(n, system.box(), lj.cutoff(), policy, threads);
        Box box = system.box();
        lx = box.lx();
        ly = box.ly();
        lz = box.lz();
        ilx = 1 / lx;
        ily = 1 / ly;
        ilz = 1 / lz;
        rc2 = lj.cutoff() * lj.cutoff();
        double s6 = Math.pow(lj.sigma(), 6);
        lj1 = 48 * lj.epsilon() * s6 * s6;
        lj2 = 24 * lj.epsilon() * s6;
        lj3 = 4 * lj.epsilon() * s6 * s6;
        lj4 = 4 * lj.epsilon() * s6;
        shift = lj.energyShift();
        bx = new double[threads][];
        by = new double[threads][];
        bz = new double[threads][];
        for (int t = 1; t < threads; t++) {
            bx[t] = new double[n];
            by[t] = new double[n];
            bz[t] = new double[n];
        }
        partialSums = new double[threads][7];
        moved = new double[threads][3];
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
        // One task per step; its parts meet at barriers between the phases.
        team.run(t -> {
            int[] blockStart = list.blockStart;
            int b0 = list.blockOf(t, 0), b1 = list.blockOf(t, 1);
            Arrays.fill(moved[t], 0);
            for (int k = 0; k < 2; k++) {
                int b = k == 0 ? b0 : b1;
                for (int c = blockStart[b]; c < blockStart[b + 1]; c += CHUNK) {
                    list.moved(s, c, Math.min(blockStart[b + 1], c + CHUNK), moved[t]);
                }
            }
            double[] fx, fy, fz;
            if (t == 0) {
                fx = out.fx;
                fy = out.fy;
                fz = out.fz;
            } else {
                fx = bx[t];
                fy = by[t];
                fz = bz[t];
            }
            // Thread t only writes slots >= blockStart[t] (its rows, the lowest in block t, and their j > i).
            int from = t == 0 ? 0 : blockStart[t];
            Arrays.fill(fx, from, n, 0);
            Arrays.fill(fy, from, n, 0);
            Arrays.fill(fz, from, n, 0);
            team.sync();
            double mx = 0, my = 0, mz = 0;
            for (double[] m : moved) {
                mx = Math.max(mx, m[0]);
                my = Math.max(my, m[1]);
                mz = Math.max(mz, m[2]);
            }
            double ax = list.reach(mx, lx), ay = list.reach(my, ly), az = list.reach(mz, lz);
            forceRows(s, b0, fx, fy, fz, ax, ay, az);
            forceRows(s, b1, fx, fy, fz, ax, ay, az);
            if (withEnergy) {
                energyRows(s, b0, b1, partialSums[t]);
            }
            if (team.size() > 1) {
                team.sync();
                // Reduce the slots of this thread's blocks across all buffers, always in thread order.
                for (int k = 0; k < 2; k++) {
                    int b = k == 0 ? b0 : b1;
                    for (int c = blockStart[b]; c < blockStart[b + 1]; c += CHUNK) {
                        reduce(out, c, Math.min(blockStart[b + 1], c + CHUNK));
                    }
                }
            }
        });
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

    /** Adds the buffers of threads 1.. to the result for slots from..to-1, in thread order. */
    private void reduce(ForceResult out, int from, int to) {
        for (int b = 1; b < team.size(); b++) {
            double[] x = bx[b], y = by[b], z = bz[b];
            for (int i = Math.max(from, list.blockStart[b]); i < to; i++) {
                out.fx[i] += x[i];
                out.fy[i] += y[i];
                out.fz[i] += z[i];
            }
        }
    }

    /**
     * Forces of the rows of block b, added into fx, fy, fz. Two shortcuts, both exact:
     * <ul>
     * <li>The minimum-image correction d -= L rint(d / L) is skipped along an axis where particle i
     * sits farther than the current reach from both faces of the box: then every partner's stored
     * (wrapped) coordinate is already its nearest image, |d| &lt; L/2, rint gives zero and the
     * correction would subtract exactly zero.</li>
     * <li>Pairs beyond the cutoff are not skipped by a branch (it mispredicts on about a third of
     * the pairs) but computed and multiplied by 0: they then add a signed zero, and x + (+-0) == x for
     * every accumulator here, as none can be -0 (each starts at +0, and a sum only gives -0 when both
     * terms are -0).</li>
     * </ul>
     */
    private void forceRows(State s, int b, double[] fx, double[] fy, double[] fz, double ax, double ay, double az) {
        for (int c = list.blockStart[b]; c < list.blockStart[b + 1]; c += CHUNK) {
            forceRows(s, b, c, Math.min(list.blockStart[b + 1], c + CHUNK), fx, fy, fz, ax, ay, az);
        }
    }

    /** Rows from..to-1 of block b. */
    private void forceRows(State s, int b, int from, int to, double[] fx, double[] fy, double[] fz,
                           double ax, double ay, double az) {
        final int first = list.blockStart[b];
        final int[] row = list.rowStart[b];
        final int[] pairs = list.pairs[b];
        final double[] x = s.x, y = s.y, z = s.z;
        for (int i = from; i < to; i++) {
            final double xi = x[i], yi = y[i], zi = z[i];
            final boolean imageX = !(xi > ax && xi < lx - ax);
            final boolean imageY = !(yi > ay && yi < ly - ay);
            final boolean imageZ = !(zi > az && zi < lz - az);
            forceRow(x, y, z, fx, fy, fz, i, pairs, row[i - first], row[i - first + 1], imageX, imageY, imageZ);
        }
    }

    /** Row i: partners pairs[from..to), minimum image along the flagged axes only. */
    private void forceRow(double[] x, double[] y, double[] z, double[] fx, double[] fy, double[] fz, int i,
                          int[] pairs, int from, int to, boolean imageX, boolean imageY, boolean imageZ) {
        final double lx = this.lx, ly = this.ly, lz = this.lz, ilx = this.ilx, ily = this.ily, ilz = this.ilz;
        final double rc2 = this.rc2, lj1 = this.lj1, lj2 = this.lj2;
        final double xi = x[i], yi = y[i], zi = z[i];
        double fxi = 0, fyi = 0, fzi = 0;
        for (int k = from; k < to; k++) {
            final int j = pairs[k];
            double dx = xi - x[j];
            double dy = yi - y[j];
            double dz = zi - z[j];
            if (imageX) {
                dx -= lx * Math.rint(dx * ilx);
            }
            if (imageY) {
                dy -= ly * Math.rint(dy * ily);
            }
            if (imageZ) {
                dz -= lz * Math.rint(dz * ilz);
            }
            final double r2 = dx * dx + dy * dy + dz * dz;
            final double r2i = 1.0 / r2;
            final double r6i = r2i * r2i * r2i;
            // 1.0 when r2 < rc2, else 0.0: the sign bit of r2 - rc2, without a branch.
            final double inside = (double) (Double.doubleToRawLongBits(r2 - rc2) >>> 63);
            final double fpair = r6i * (lj1 * r6i - lj2) * r2i * inside;
            final double fxij = dx * fpair, fyij = dy * fpair, fzij = dz * fpair;
            fxi += fxij;
            fyi += fyij;
            fzi += fzij;
            fx[j] -= fxij;
            fy[j] -= fyij;
            fz[j] -= fzij;
        }
        fx[i] += fxi;
        fy[i] += fyi;
        fz[i] += fzi;
    }

    /**
     * Energy and virial of the rows of blocks b0 then b1 into sums (energy, then xx, yy, zz, xy, xz,
     * yz), summed in the same canonical order as the forces. Rarely asked for, so kept plain - the
     * minimum image on every axis, beyond-cutoff pairs skipped by a branch - which also keeps its
     * compilation cheap. Per row, like the forces, so that it is compiled early.
     */
    private void energyRows(State s, int b0, int b1, double[] sums) {
        // A fresh array per call: the threads' running sums must not share a cache line.
        double[] running = new double[7];
        for (int b : new int[] {b0, b1}) {
            final int first = list.blockStart[b], last = list.blockStart[b + 1];
            final int[] row = list.rowStart[b];
            final int[] pairs = list.pairs[b];
            for (int c = first; c < last; c += CHUNK) {
                energyRows(s, first, c, Math.min(last, c + CHUNK), row, pairs, running);
            }
        }
        System.arraycopy(running, 0, sums, 0, 7);
    }

    private void energyRows(State s, int first, int from, int to, int[] row, int[] pairs, double[] running) {
        for (int i = from; i < to; i++) {
            energyRow(s.x, s.y, s.z, i, pairs, row[i - first], row[i - first + 1], running);
        }
    }

    private void energyRow(double[] x, double[] y, double[] z, int i, int[] pairs, int from, int to, double[] sums) {
        final double xi = x[i], yi = y[i], zi = z[i];
        double energy = sums[0], wxx = sums[1], wyy = sums[2], wzz = sums[3], wxy = sums[4], wxz = sums[5],
                wyz = sums[6];
        for (int k = from; k < to; k++) {
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
                energy += r6i * (lj3 * r6i - lj4) - shift;
                wxx += dx * fxij;
                wyy += dy * fyij;
                wzz += dz * fzij;
                wxy += dx * fyij;
                wxz += dx * fzij;
                wyz += dy * fzij;
            }
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
