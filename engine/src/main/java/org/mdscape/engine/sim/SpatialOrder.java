package org.mdscape.engine.sim;

/**
 * Orders particles by the cell of a coarse grid they sit in, so that neighbours in space are
 * neighbours in memory (the pair loop then stays in cache). Counting sort: stable, deterministic.
 */
public final class SpatialOrder {
    private SpatialOrder() {
    }

    /** Returns {@code order} such that slot k should receive the particle now in slot order[k]. */
    public static int[] byCell(State s, Box box, double cellSize) {
        int mx = Math.max(1, (int) (box.lx() / cellSize));
        int my = Math.max(1, (int) (box.ly() / cellSize));
        int mz = Math.max(1, (int) (box.lz() / cellSize));
        int n = s.size();
        int[] cell = new int[n];
        int[] count = new int[mx * my * mz + 1];
        for (int i = 0; i < n; i++) {
            int cx = Math.min(mx - 1, (int) (s.x[i] / box.lx() * mx));
            int cy = Math.min(my - 1, (int) (s.y[i] / box.ly() * my));
            double zFromBottom = box.periodicZ() ? s.z[i] : s.z[i] + box.lz() / 2;
            int cz = Math.max(0, Math.min(mz - 1, (int) (zFromBottom / box.lz() * mz)));
            cell[i] = (cz * my + cy) * mx + cx;
            count[cell[i] + 1]++;
        }
        for (int c = 1; c < count.length; c++) {
            count[c] += count[c - 1];
        }
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[count[cell[i]]++] = i;
        }
        return order;
    }
}
