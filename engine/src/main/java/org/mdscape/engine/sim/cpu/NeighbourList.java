package org.mdscape.engine.sim.cpu;

import java.util.Arrays;
import org.mdscape.engine.sim.Box;
import org.mdscape.engine.sim.NeighbourListPolicy;
import org.mdscape.engine.sim.State;

/**
 * Half Verlet list in compressed rows, one block of rows per thread: for each slot i, the slots j &gt; i
 * within r_c + skin, sorted ascending (so that sums over the list do not depend on build history).
 * Built from a cell list when the box holds at least 3 cells per side, else by visiting all pairs.
 */
final class NeighbourList {
    private final int n;
    private final Box box;
    private final double listCutoff;
    private final double skin;
    private final NeighbourListPolicy policy;
    /** Thread t owns slots [first[t], first[t+1]). */
    final int[] first;
    /** rowStart[t][i - first[t]] .. rowStart[t][i - first[t] + 1] index pairs[t]. */
    final int[][] rowStart;
    int[][] pairs;

    private final double[] builtX, builtY, builtZ;
    private long builtLayout = -1;
    private long builtStep = Long.MIN_VALUE;
    private long builds;

    NeighbourList(int n, Box box, double cutoff, NeighbourListPolicy policy, int threads) {
        this.n = n;
        this.box = box;
        // The list must hold every pair within the cutoff between rebuilds and stay single-image.
        this.skin = Math.max(0, Math.min(policy.skin(), box.shortestEdge() / 2 - cutoff));
        this.listCutoff = cutoff + skin;
        this.policy = policy;
        this.first = new int[threads + 1];
        for (int t = 0; t <= threads; t++) {
            first[t] = (int) ((long) n * t / threads);
        }
        this.rowStart = new int[threads][];
        this.pairs = new int[threads][];
        for (int t = 0; t < threads; t++) {
            rowStart[t] = new int[first[t + 1] - first[t] + 1];
            pairs[t] = new int[Math.max(16, (first[t + 1] - first[t]) * 64)];
        }
        builtX = new double[n];
        builtY = new double[n];
        builtZ = new double[n];
    }

    long builds() {
        return builds;
    }

    boolean isStale(State s) {
        if (s.layoutVersion() != builtLayout) {
            return true;
        }
        if (s.step % policy.everySteps() != 0 || s.step == builtStep) {
            return false;
        }
        if (!policy.check()) {
            return true;
        }
        double half = skin / 2;
        double limit2 = half * half;
        double lx = box.lx(), ly = box.ly(), lz = box.lz();
        for (int i = 0; i < n; i++) {
            double dx = s.x[i] - builtX[i];
            double dy = s.y[i] - builtY[i];
            double dz = s.z[i] - builtZ[i];
            dx -= lx * Math.rint(dx / lx);
            dy -= ly * Math.rint(dy / ly);
            dz -= lz * Math.rint(dz / lz);
            if (dx * dx + dy * dy + dz * dz > limit2) {
                return true;
            }
        }
        return false;
    }

    void build(State s, WorkerTeam team) {
        double lx = box.lx(), ly = box.ly(), lz = box.lz();
        int mx = (int) (lx / listCutoff), my = (int) (ly / listCutoff), mz = (int) (lz / listCutoff);
        boolean useCells = mx >= 3 && my >= 3 && mz >= 3;
        int[] cellOf = new int[n];
        int[] cellStart = null;
        int[] cellSlots = null;
        if (useCells) {
            cellStart = new int[mx * my * mz + 1];
            for (int i = 0; i < n; i++) {
                int cx = Math.min(mx - 1, (int) (s.x[i] / lx * mx));
                int cy = Math.min(my - 1, (int) (s.y[i] / ly * my));
                int cz = Math.min(mz - 1, (int) (s.z[i] / lz * mz));
                cellOf[i] = (cz * my + cy) * mx + cx;
                cellStart[cellOf[i] + 1]++;
            }
            for (int c = 1; c < cellStart.length; c++) {
                cellStart[c] += cellStart[c - 1];
            }
            cellSlots = new int[n];
            int[] fill = Arrays.copyOf(cellStart, cellStart.length - 1);
            for (int i = 0; i < n; i++) {
                cellSlots[fill[cellOf[i]]++] = i;
            }
        }
        double rl2 = listCutoff * listCutoff;
        final int[] cs = cellStart, slots = cellSlots;
        team.run(t -> {
            int[] row = rowStart[t];
            int[] list = pairs[t];
            int p = 0;
            for (int i = first[t]; i < first[t + 1]; i++) {
                row[i - first[t]] = p;
                double xi = s.x[i], yi = s.y[i], zi = s.z[i];
                int rowBegin = p;
                if (cs == null) {
                    for (int j = i + 1; j < n; j++) {
                        if (within(s, xi, yi, zi, j, lx, ly, lz, rl2)) {
                            if (p == list.length) {
                                list = pairs[t] = Arrays.copyOf(list, list.length * 2);
                            }
                            list[p++] = j;
                        }
                    }
                } else {
                    int c = cellOf[i];
                    int cx = c % mx, cy = (c / mx) % my, cz = c / (mx * my);
                    for (int dz = -1; dz <= 1; dz++) {
                        int nz = (cz + dz + mz) % mz;
                        for (int dy = -1; dy <= 1; dy++) {
                            int ny = (cy + dy + my) % my;
                            for (int dx = -1; dx <= 1; dx++) {
                                int nc = (nz * my + ny) * mx + (cx + dx + mx) % mx;
                                for (int q = cs[nc]; q < cs[nc + 1]; q++) {
                                    int j = slots[q];
                                    if (j > i && within(s, xi, yi, zi, j, lx, ly, lz, rl2)) {
                                        if (p == list.length) {
                                            list = pairs[t] = Arrays.copyOf(list, list.length * 2);
                                        }
                                        list[p++] = j;
                                    }
                                }
                            }
                        }
                    }
                    Arrays.sort(list, rowBegin, p);
                }
            }
            row[first[t + 1] - first[t]] = p;
        });
        System.arraycopy(s.x, 0, builtX, 0, n);
        System.arraycopy(s.y, 0, builtY, 0, n);
        System.arraycopy(s.z, 0, builtZ, 0, n);
        builtLayout = s.layoutVersion();
        builtStep = s.step;
        builds++;
    }

    private static boolean within(State s, double xi, double yi, double zi, int j,
                                  double lx, double ly, double lz, double rl2) {
        double dx = xi - s.x[j];
        double dy = yi - s.y[j];
        double dz = zi - s.z[j];
        dx -= lx * Math.rint(dx / lx);
        dy -= ly * Math.rint(dy / ly);
        dz -= lz * Math.rint(dz / lz);
        return dx * dx + dy * dy + dz * dz < rl2;
    }
}
