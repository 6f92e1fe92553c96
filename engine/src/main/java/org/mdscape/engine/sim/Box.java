package org.mdscape.engine.sim;

/**
 * Orthorhombic box. x and y are always periodic, from 0 to L, and positions are kept wrapped into
 * [0, L). z is either periodic the same way (bulk fluids) or bounded by walls (slab geometry), in which
 * case z runs from -lz/2 to lz/2 with the mid-plane at 0 and is never wrapped.
 */
public record Box(double lx, double ly, double lz, boolean periodicZ) {
    public Box {
        if (!(lx > 0 && ly > 0 && lz > 0) || !Double.isFinite(lx * ly * lz)) {
            throw new IllegalArgumentException("box edges must be positive: " + lx + " " + ly + " " + lz);
        }
    }

    /** A box periodic in all three directions. */
    public Box(double lx, double ly, double lz) {
        this(lx, ly, lz, true);
    }

    public static Box cubic(double l) {
        return new Box(l, l, l, true);
    }

    /** A slab: periodic square of side l in x and y, walls at z = -h/2 and +h/2. */
    public static Box slab(double l, double h) {
        return new Box(l, l, h, false);
    }

    public double volume() {
        return lx * ly * lz;
    }

    /** Shortest periodic edge (what bounds a pair cutoff under the minimum-image convention). */
    public double shortestEdge() {
        return periodicZ ? Math.min(lx, Math.min(ly, lz)) : Math.min(lx, ly);
    }
}
