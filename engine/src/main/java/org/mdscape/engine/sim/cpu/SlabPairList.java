package org.mdscape.engine.sim.cpu;

import java.util.Arrays;
import org.mdscape.engine.sim.Box;
import org.mdscape.engine.sim.State;

/**
 * Half Verlet list for a slab (periodic in x and y only): for each slot i the slots j &gt; i within the
 * list cutoff, sorted ascending so that sums over the list never depend on when it was built. Built
 * from columns of cells in x and y (the slab is thin, so z is not divided). One block of rows per thread.
 */
final class SlabPairList {
    private final int n;
    private final Box box;
    private final double listCutoff;
    private final double skin;
    final int[] first;
    final int[][] rowStart;
    final int[][] pairs;
    private final double[] builtX, builtY, builtZ;
    private long builtLayout = -1;
    private long builds;

    SlabPairList(int n, Box box, double cutoff, double skin, int threads) {
        this.n = n;
        this.box = box;
        this.skin = Math.max(0, Math.min(skin, Math.min(box.lx(), box.ly()) / 2 - cutoff));
        this.listCutoff = cutoff + this.skin;
        first = new int[threads + 1];
        for (int t = 0; t <= threads; t++) {
            first[t] = (int) ((long) n * t / threads);
        }
        rowStart = new int[threads][];
        pairs = new int[threads][];
        for (int t = 0; t < threads; t++) {
            rowStart[t] = new int[first[t + 1] - first[t] + 1];
            pairs[t] = new int[Math.max(16, (first[t + 1] - first[t]) * 32)];
        }
        builtX = new double[n];
        builtY = new double[n];
        builtZ = new double[n];
    }

    long builds() {
        return builds;
    }

    /** True when the layout changed or a particle moved more than half the skin since the last build. */
    boolean isStale(State s) {
        if (s.layoutVersion() != builtLayout) {
            return true;
        }
        double limit2 = skin * skin / 4;
        double lx = box.lx(), ly = box.ly();
        for (int i = 0; i < n; i++) {
            double dx = s.x[i] - builtX[i];
            double dy = s.y[i] - builtY[i];
            double dz = s.z[i] - builtZ[i];
            dx -= lx * Math.rint(dx / lx);
            dy -= ly * Math.rint(dy / ly);
            if (dx * dx + dy * dy + dz * dz > limit2) {
                return true;
            }
        }
        return false;
    }

    void build(State s, WorkerTeam team) {
        double lx = box.lx(), ly = box.ly();
        int mx = (int) (lx / listCutoff), my = (int) (ly / listCutoff);
        boolean useCells = mx >= 3 && my >= 3;
        int[] cellOf = new int[n];
        int[] cellStart = null, cellSlots = null;
        if (useCells) {
            cellStart = new int[mx * my + 1];
            for (int i = 0; i < n; i++) {
                int cx = Math.min(mx - 1, (int) (s.x[i] / lx * mx));
                int cy = Math.min(my - 1, (int) (s.y[i] / ly * my));
                cellOf[i] = cy * mx + cx;
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
                int rowBegin = p;
                if (cs == null) {
                    for (int j = i + 1; j < n; j++) {
                        if (within(s, i, j, lx, ly, rl2)) {
                            if (p == list.length) {
                                list = pairs[t] = Arrays.copyOf(list, list.length * 2);
                            }
                            list[p++] = j;
                        }
                    }
                } else {
                    int c = cellOf[i];
                    int cx = c % mx, cy = c / mx;
                    for (int dy = -1; dy <= 1; dy++) {
                        int ny = (cy + dy + my) % my;
                        for (int dx = -1; dx <= 1; dx++) {
                            int nc = ny * mx + (cx + dx + mx) % mx;
                            for (int q = cs[nc]; q < cs[nc + 1]; q++) {
                                int j = slots[q];
                                if (j > i && within(s, i, j, lx, ly, rl2)) {
                                    if (p == list.length) {
                                        list = pairs[t] = Arrays.copyOf(list, list.length * 2);
                                    }
                                    list[p++] = j;
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
        builds++;
    }

    private static boolean within(State s, int i, int j, double lx, double ly, double rl2) {
        double dx = s.x[i] - s.x[j];
        double dy = s.y[i] - s.y[j];
        double dz = s.z[i] - s.z[j];
        dx -= lx * Math.rint(dx / lx);
        dy -= ly * Math.rint(dy / ly);
        return dx * dx + dy * dy + dz * dz < rl2;
    }
}
