package org.mdscape.engine.sim.cpu;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import org.mdscape.engine.sim.Box;
import org.mdscape.engine.sim.NeighbourListPolicy;
import org.mdscape.engine.sim.State;

/**
 * Half Verlet list in compressed rows: for each slot i, the slots j &gt; i within r_c + skin, sorted
 * ascending (so that sums over the list do not depend on build history). Built from a cell list when
 * the box holds at least 3 cells per side, else by visiting all pairs.
 *
 * <p>Rows are stored in 2T blocks of consecutive slots for T threads; thread t owns blocks t and
 * 2T-1-t (see {@link #blockOf}). With particles sorted by space, slot order runs along z, and a half
 * list gives the pairs that cross a boundary between slot ranges - and those across the periodic face
 * z = 0 - to the lower range. Contiguous halves would leave thread 0 with two such planes of extra
 * pairs and the last thread with none; pairing block t with block 2T-1-t evens that out, and being a
 * function of n and T alone it changes nothing about determinism.
 *
 * <p>The cell build needs no sort: it visits the partners j in ascending slot order and appends j to
 * the rows of its neighbours i &lt; j, so every row comes out ascending (see {@link RowBuilder}).
 */
final class NeighbourList {
    /** Slots per call of the per-build loops (see the note on structure above build()). */
    private static final int CHUNK = 256;
    private final int n;
    private final Box box;
    private final double listCutoff;
    private final double skin;
    private final NeighbourListPolicy policy;
    /** Block b holds the rows of slots [blockStart[b], blockStart[b+1]). */
    final int[] blockStart;
    /** rowStart[b][i - blockStart[b]] .. rowStart[b][i - blockStart[b] + 1] index pairs[b]. */
    final int[][] rowStart;
    final int[][] pairs;

    private final double[] builtX, builtY, builtZ;
    /** Per axis: whether every position at the last build lay in [0, L). */
    private final boolean[] builtInBox = new boolean[3];
    private long builtLayout = -1;
    private long builtStep = Long.MIN_VALUE;
    private long builds;

    /** Cells per side (0 when the box is too small for cells and all pairs are visited). */
    private final int mx, my, mz;
    /** Cell of each slot, per axis. */
    private final int[] cellX, cellY, cellZ;
    /** Slots of cell c are cellSlots[cellStart[c] .. cellStart[c + 1]), ascending; with their positions. */
    private final int[] cellStart, cellSlots;
    private final double[] cellPosX, cellPosY, cellPosZ;
    /**
     * Per axis, for cell index c and offset d in {-1, 0, 1} at [3c + d + 1]: the neighbouring cell's
     * index, wrapped, and the shift that brings a position into the periodic image next to cell c.
     * Tables instead of branches keep the build loop free of rarely taken paths (which C2 would
     * compile as traps and deoptimise on, at the next build).
     */
    private final int[] nextX, nextY, nextZ;
    private final double[] shiftX, shiftY, shiftZ;
    /** Cell edges and their inverses, and the squared distance beyond which a whole cell is out of reach. */
    private final double cellWidthX, cellWidthY, cellWidthZ, skipGap2;
    private final double cellsPerLengthX, cellsPerLengthY, cellsPerLengthZ;
    /** The next block to build, taken by whichever thread is free. */
    private final AtomicInteger nextBlock = new AtomicInteger();
    /** Per block: its rows during a cell build. */
    private final RowBuilder[] builders;

    NeighbourList(int n, Box box, double cutoff, NeighbourListPolicy policy, int threads) {
        this.n = n;
        this.box = box;
        // The list must hold every pair within the cutoff between rebuilds and stay single-image.
        this.skin = Math.max(0, Math.min(policy.skin(), box.shortestEdge() / 2 - cutoff));
        this.listCutoff = cutoff + skin;
        this.policy = policy;
        int blocks = 2 * threads;
        this.blockStart = new int[blocks + 1];
        for (int b = 0; b <= blocks; b++) {
            blockStart[b] = (int) ((long) n * b / blocks);
        }
        this.rowStart = new int[blocks][];
        this.pairs = new int[blocks][];
        for (int b = 0; b < blocks; b++) {
            rowStart[b] = new int[blockStart[b + 1] - blockStart[b] + 1];
            pairs[b] = new int[0];
        }
        builtX = new double[n];
        builtY = new double[n];
        builtZ = new double[n];

        int cx = (int) (box.lx() / listCutoff), cy = (int) (box.ly() / listCutoff), cz = (int) (box.lz() / listCutoff);
        boolean useCells = cx >= 3 && cy >= 3 && cz >= 3;
        mx = useCells ? cx : 0;
        my = useCells ? cy : 0;
        mz = useCells ? cz : 0;
        cellX = new int[useCells ? n : 0];
        cellY = new int[useCells ? n : 0];
        cellZ = new int[useCells ? n : 0];
        cellStart = new int[useCells ? mx * my * mz + 1 : 0];
        cellSlots = new int[useCells ? n : 0];
        cellPosX = new double[useCells ? n : 0];
        cellPosY = new double[useCells ? n : 0];
        cellPosZ = new double[useCells ? n : 0];
        nextX = new int[3 * mx];
        nextY = new int[3 * my];
        nextZ = new int[3 * mz];
        shiftX = new double[3 * mx];
        shiftY = new double[3 * my];
        shiftZ = new double[3 * mz];
        cellWidthX = useCells ? box.lx() / mx : 0;
        cellWidthY = useCells ? box.ly() / my : 0;
        cellWidthZ = useCells ? box.lz() / mz : 0;
        cellsPerLengthX = mx / box.lx();
        cellsPerLengthY = my / box.ly();
        cellsPerLengthZ = mz / box.lz();
        // Generous margin: cell membership and the gaps are rounded; only pairs within the cutoff
        // (a skin below this) must never be missed.
        skipGap2 = (listCutoff * (1 + 1e-6)) * (listCutoff * (1 + 1e-6));
        neighbourTable(mx, box.lx(), nextX, shiftX);
        neighbourTable(my, box.ly(), nextY, shiftY);
        neighbourTable(mz, box.lz(), nextZ, shiftZ);
        builders = new RowBuilder[useCells ? blocks : 0];
        for (int b = 0; b < builders.length; b++) {
            builders[b] = new RowBuilder(b);
        }
    }

    private static void neighbourTable(int m, double l, int[] next, double[] shift) {
        for (int c = 0; c < m; c++) {
            for (int d = -1; d <= 1; d++) {
                int k = c + d;
                next[3 * c + d + 1] = Math.floorMod(k, m);
                shift[3 * c + d + 1] = k < 0 ? l : k >= m ? -l : 0;
            }
        }
    }

    /** The k-th (0 or 1) block of thread t, in slot order: t, then 2T-1-t. */
    int blockOf(int t, int k) {
        return k == 0 ? t : rowStart.length - 1 - t;
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
        double[] x = s.x, y = s.y, z = s.z;
        // Positions stay in [0, L), so along an axis the minimum-image distance is min(|d|, L - |d|).
        double moved2 = 0;
        for (int i = 0; i < n; i++) {
            double dx = Math.abs(x[i] - builtX[i]);
            double dy = Math.abs(y[i] - builtY[i]);
            double dz = Math.abs(z[i] - builtZ[i]);
            dx = Math.min(dx, lx - dx);
            dy = Math.min(dy, ly - dy);
            dz = Math.min(dz, lz - dz);
            moved2 = Math.max(moved2, dx * dx + dy * dy + dz * dz);
        }
        return moved2 > limit2;
    }

    /**
     * Raises {@code moved} (x, y, z) to the largest distance along each axis, by the minimum image,
     * that a particle in slots from..to-1 has moved since the list was built; or to infinity along an
     * axis where some position now or at the build lies outside [0, L) (positions are kept wrapped,
     * but a caller may hand in others), which turns the bound of {@link #reach} off.
     */
    void moved(State s, int from, int to, double[] moved) {
        double lx = box.lx(), ly = box.ly(), lz = box.lz();
        double[] x = s.x, y = s.y, z = s.z;
        double mx = moved[0], my = moved[1], mz = moved[2];
        boolean inX = builtInBox[0], inY = builtInBox[1], inZ = builtInBox[2];
        for (int i = from; i < to; i++) {
            double xi = x[i], yi = y[i], zi = z[i];
            inX &= xi >= 0 & xi < lx;
            inY &= yi >= 0 & yi < ly;
            inZ &= zi >= 0 & zi < lz;
            double dx = Math.abs(xi - builtX[i]);
            double dy = Math.abs(yi - builtY[i]);
            double dz = Math.abs(zi - builtZ[i]);
            mx = Math.max(mx, Math.min(dx, lx - dx));
            my = Math.max(my, Math.min(dy, ly - dy));
            mz = Math.max(mz, Math.min(dz, lz - dz));
        }
        moved[0] = inX ? mx : Double.POSITIVE_INFINITY;
        moved[1] = inY ? my : Double.POSITIVE_INFINITY;
        moved[2] = inZ ? mz : Double.POSITIVE_INFINITY;
    }

    /**
     * A bound on how far apart along an axis of length {@code l}, by the minimum image, the two
     * particles of any listed pair are now, given that no particle has moved more than {@code moved}
     * along it: r_c + skin at the build plus twice that. (Distance along an axis on the periodic
     * circle is a metric, so the triangle inequality gives the bound; the margin covers rounding.)
     */
    double reach(double moved, double l) {
        return listCutoff + 2 * moved + 1e-9 * l;
    }

    /*
     * A note on structure, here and in the kernel. A method that runs once per build (or step) but
     * loops over every particle starts in the interpreter each time and relies on on-stack-replacement
     * code for its loop - compiled, thrown away when the loop takes a path its profile had not seen
     * (its exit, for one), and compiled again, on a CPU the other threads need. So the loops over all
     * slots call a method per CHUNK of slots, and the heavy work per partner (appendEdges) is a method
     * of its own: called thousands of times in the very first build, these are compiled once, early.
     */

    void build(State s, WorkerTeam team) {
        // Blocks are built independently, so threads take them as they come free (the largest, the
        // lowest blocks with the most partners to visit, first): a thread held up - by the JIT
        // compiler, or another process - then delays the build by less.
        int blocks = rowStart.length;
        nextBlock.set(0);
        if (mx > 0) {
            binIntoCells(s);
            team.run(t -> {
                for (int b; (b = nextBlock.getAndIncrement()) < blocks; ) {
                    builders[b].build(s);
                }
            });
        } else {
            team.run(t -> {
                for (int b; (b = nextBlock.getAndIncrement()) < blocks; ) {
                    buildAllPairs(s, b);
                }
            });
            builtInBox[0] = inBox(s.x, box.lx());
            builtInBox[1] = inBox(s.y, box.ly());
            builtInBox[2] = inBox(s.z, box.lz());
        }
        System.arraycopy(s.x, 0, builtX, 0, n);
        System.arraycopy(s.y, 0, builtY, 0, n);
        System.arraycopy(s.z, 0, builtZ, 0, n);
        builtLayout = s.layoutVersion();
        builtStep = s.step;
        builds++;
    }

    private static boolean inBox(double[] a, double l) {
        boolean in = true;
        for (double v : a) {
            in &= v >= 0 & v < l;
        }
        return in;
    }

    /**
     * Counting sort of the slots by cell (stable, so each cell's slots stay ascending); also notes
     * whether all positions lie in the box.
     */
    private void binIntoCells(State s) {
        Arrays.fill(cellStart, 0);
        int outside = 0;
        for (int i = 0; i < n; i += CHUNK) {
            outside |= locate(s, i, Math.min(n, i + CHUNK));
        }
        builtInBox[0] = (outside & 1) == 0;
        builtInBox[1] = (outside & 2) == 0;
        builtInBox[2] = (outside & 4) == 0;
        for (int c = 1; c < cellStart.length; c++) {
            cellStart[c] += cellStart[c - 1];
        }
        int[] fill = Arrays.copyOf(cellStart, cellStart.length - 1);
        for (int i = 0; i < n; i += CHUNK) {
            place(s, i, Math.min(n, i + CHUNK), fill);
        }
    }

    /** Cells of slots from..to-1, counted in cellStart; returns bits 1, 2, 4 if some x, y, z lies outside [0, L). */
    private int locate(State s, int from, int to) {
        double lx = box.lx(), ly = box.ly(), lz = box.lz();
        int outside = 0;
        for (int i = from; i < to; i++) {
            double x = s.x[i], y = s.y[i], z = s.z[i];
            int cx = Math.min(mx - 1, (int) (x * cellsPerLengthX));
            int cy = Math.min(my - 1, (int) (y * cellsPerLengthY));
            int cz = Math.min(mz - 1, (int) (z * cellsPerLengthZ));
            cellX[i] = cx;
            cellY[i] = cy;
            cellZ[i] = cz;
            cellStart[(cz * my + cy) * mx + cx + 1]++;
            outside |= (x >= 0 && x < lx ? 0 : 1) | (y >= 0 && y < ly ? 0 : 2) | (z >= 0 && z < lz ? 0 : 4);
        }
        return outside;
    }

    private void place(State s, int from, int to, int[] fill) {
        for (int i = from; i < to; i++) {
            int q = fill[(cellZ[i] * my + cellY[i]) * mx + cellX[i]]++;
            cellSlots[q] = i;
            cellPosX[q] = s.x[i];
            cellPosY[q] = s.y[i];
            cellPosZ[q] = s.z[i];
        }
    }

    /**
     * Builds block b's rows (slots lo..hi-1) from the cells. The partners j &gt; lo are visited in
     * ascending order, and each pair found is noted as an edge: the row r = i - lo of the neighbour
     * i &lt; j, the edges of one partner being consecutive. A counting sort of the edges by row then
     * writes each row's partners in the order visited - ascending - so no row needs a sort.
     */
    private final class RowBuilder {
        private final int b, lo, hi;
        /**
         * Per cell c: the slots of c in [lo, min(j, hi)) - the candidate neighbours of the partner j
         * now visited - are cellSlots[below[c] .. upTo[c]): a cell's slots are ascending, and upTo
         * only grows as j advances.
         */
        private final int[] below, upTo;
        /** Cell entries of the candidates within the list cutoff of the current partner. */
        private int[] found = new int[256];
        /** Rows of the edges, and where the edges of partner lo + k end: edgeEnd[k]. */
        private int[] edgeRow = new int[0];
        private final int[] edgeEnd;
        /** Per row: the next free place in pairs[b] during the counting sort. */
        private final int[] next;
        /** Per cell: whether it or a neighbouring cell holds one of this block's slots. */
        private final boolean[] nearRows;

        RowBuilder(int b) {
            this.b = b;
            this.lo = blockStart[b];
            this.hi = blockStart[b + 1];
            below = new int[cellStart.length - 1];
            upTo = new int[below.length];
            edgeEnd = new int[n - lo];
            nearRows = new boolean[below.length];
            next = new int[hi - lo];
        }

        void build(State s) {
            // below[c]: where the slots >= lo of cell c start (its slots are ascending).
            for (int c = 0; c < below.length; c++) {
                below[c] = firstAtLeast(lo, cellStart[c], cellStart[c + 1]);
            }
            System.arraycopy(below, 0, upTo, 0, below.length);
            // Cells next to a cell holding one of this block's slots: partners elsewhere have no
            // neighbour among its rows and are skipped at once.
            Arrays.fill(nearRows, false);
            for (int c = 0; c < below.length; c++) {
                if (below[c] < cellStart[c + 1] && cellSlots[below[c]] < hi) {
                    markNeighbours(c);
                }
            }
            Arrays.fill(next, 0);
            int edges = 0;
            for (int j = lo; j < n; j += CHUNK) {
                edges = visitPartners(s, j, Math.min(n, j + CHUNK), edges);
            }
            sortEdges();
        }

        private void markNeighbours(int c) {
            int cx = c % mx, cy = (c / mx) % my, cz = c / (mx * my);
            for (int dz = 0; dz < 3; dz++) {
                for (int dy = 0; dy < 3; dy++) {
                    for (int dx = 0; dx < 3; dx++) {
                        nearRows[(nextZ[3 * cz + dz] * my + nextY[3 * cy + dy]) * mx + nextX[3 * cx + dx]] = true;
                    }
                }
            }
        }

        /** Visits partners from..to-1; returns the new edge count. */
        private int visitPartners(State s, int from, int to, int edges) {
            for (int j = from; j < to; j++) {
                int c = (cellZ[j] * my + cellY[j]) * mx + cellX[j];
                if (nearRows[c]) {
                    edges = visitPartner(s.x[j], s.y[j], s.z[j], j, edges);
                } else {
                    edgeEnd[j - lo] = edges;
                }
                if (j < hi) {
                    // j itself is a candidate neighbour of the partners after it.
                    upTo[c]++;
                }
            }
            return edges;
        }

        /** The first index in cellSlots[from..to) holding a slot &gt;= slot (binary search). */
        private int firstAtLeast(int slot, int from, int to) {
            while (from < to) {
                int mid = (from + to) >>> 1;
                if (cellSlots[mid] < slot) {
                    from = mid + 1;
                } else {
                    to = mid;
                }
            }
            return from;
        }

        /** Notes the edges of partner j and counts them per row; returns the new edge count. */
        private int visitPartner(double xj, double yj, double zj, int j, int edges) {
            int end = appendEdges(xj, yj, zj, j, edges);
            final int[] rows = edgeRow, next = this.next;
            for (int e = edges; e < end; e++) {
                next[rows[e]]++;
            }
            edgeEnd[j - lo] = end;
            return end;
        }

        /**
         * Notes an edge for every candidate neighbour of partner j within the list cutoff; returns
         * the new edge count.
         */
        private int appendEdges(double xj, double yj, double zj, int j, int edges) {
            final int cx = cellX[j], cy = cellY[j], cz = cellZ[j];
            final int[] upTo = this.upTo, below = this.below;
            final double[] px = cellPosX, py = cellPosY, pz = cellPosZ;
            final double rl2 = listCutoff * listCutoff;
            // Squared gap along each axis between j and the cell below, its own, and the cell above:
            // a neighbouring cell whose nearest point is beyond the list cutoff (about a quarter of
            // them: corners and edges on j's far side) is skipped whole.
            final double gx = xj - cx * cellWidthX, gy = yj - cy * cellWidthY, gz = zj - cz * cellWidthZ;
            final double gx0 = gx * gx, gx2 = (cellWidthX - gx) * (cellWidthX - gx);
            final double gy0 = gy * gy, gy2 = (cellWidthY - gy) * (cellWidthY - gy);
            final double gz0 = gz * gz, gz2 = (cellWidthZ - gz) * (cellWidthZ - gz);
            final double skipBeyond = skipGap2;
            int[] found = this.found;
            int m = 0;
            for (int dz = 0; dz < 3; dz++) {
                final double gapZ = dz == 0 ? gz0 : dz == 2 ? gz2 : 0;
                final int planeZ = nextZ[3 * cz + dz] * my;
                final double sz = zj + shiftZ[3 * cz + dz];
                for (int dy = 0; dy < 3; dy++) {
                    final double gapYZ = gapZ + (dy == 0 ? gy0 : dy == 2 ? gy2 : 0);
                    if (gapYZ >= skipBeyond) {
                        continue;
                    }
                    final int lineY = (planeZ + nextY[3 * cy + dy]) * mx;
                    final double sy = yj + shiftY[3 * cy + dy];
                    for (int dx = 0; dx < 3; dx++) {
                        if (gapYZ + (dx == 0 ? gx0 : dx == 2 ? gx2 : 0) >= skipBeyond) {
                            continue;
                        }
                        final int c = lineY + nextX[3 * cx + dx];
                        final double sx = xj + shiftX[3 * cx + dx];
                        final int end = upTo[c];
                        if (m + end - below[c] > found.length) {
                            found = this.found = Arrays.copyOf(found, 2 * (m + end - below[c]));
                        }
                        for (int q = below[c]; q < end; q++) {
                            final double ex = sx - px[q], ey = sy - py[q], ez = sz - pz[q];
                            final double d2 = ex * ex + ey * ey + ez * ez;
                            // Branch-free: store every candidate, advance only past those within reach.
                            found[m] = q;
                            m += (int) (Double.doubleToRawLongBits(d2 - rl2) >>> 63);
                        }
                    }
                }
            }
            if (edges + m > edgeRow.length) {
                edgeRow = Arrays.copyOf(edgeRow, Math.max(2 * edgeRow.length, edges + m + 1024));
            }
            final int[] rows = edgeRow, slots = cellSlots;
            for (int a = 0; a < m; a++) {
                rows[edges + a] = slots[found[a]] - lo;
            }
            return edges + m;
        }

        /** Counting sort of the edges (already counted per row in next) into the rows of block b. */
        private void sortEdges() {
            final int rows = hi - lo;
            final int[] row = rowStart[b], next = this.next;
            int total = 0;
            for (int r = 0; r < rows; r++) {
                row[r] = total;
                total += next[r];
                next[r] = row[r];
            }
            row[rows] = total;
            if (total > pairs[b].length) {
                pairs[b] = new int[total + total / 8];
            }
            int e = 0;
            for (int j = lo; j < n; j += CHUNK) {
                e = placeEdges(j, Math.min(n, j + CHUNK), e);
            }
        }

        /** Writes partners from..to-1 into the rows of their edges, from edge e on; returns the next edge. */
        private int placeEdges(int from, int to, int e) {
            final int[] packed = pairs[b], rows = edgeRow, next = this.next;
            for (int j = from; j < to; j++) {
                for (final int end = edgeEnd[j - lo]; e < end; e++) {
                    packed[next[rows[e]]++] = j;
                }
            }
            return e;
        }
    }

    /** Small boxes: every pair, by the minimum image. */
    private void buildAllPairs(State s, int b) {
        double lx = box.lx(), ly = box.ly(), lz = box.lz();
        double rl2 = listCutoff * listCutoff;
        int[] row = rowStart[b];
        int[] list = pairs[b];
        int p = 0;
        for (int i = blockStart[b]; i < blockStart[b + 1]; i++) {
            row[i - blockStart[b]] = p;
            double xi = s.x[i], yi = s.y[i], zi = s.z[i];
            for (int j = i + 1; j < n; j++) {
                double dx = xi - s.x[j];
                double dy = yi - s.y[j];
                double dz = zi - s.z[j];
                dx -= lx * Math.rint(dx / lx);
                dy -= ly * Math.rint(dy / ly);
                dz -= lz * Math.rint(dz / lz);
                if (dx * dx + dy * dy + dz * dz < rl2) {
                    if (p == list.length) {
                        list = pairs[b] = Arrays.copyOf(list, Math.max(16, 2 * list.length));
                    }
                    list[p++] = j;
                }
            }
        }
        row[blockStart[b + 1] - blockStart[b]] = p;
    }
}
