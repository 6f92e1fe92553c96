package org.mdscape.engine.sim;

/**
 * Orthorhombic periodic box from 0 to (lx, ly, lz). Positions are kept wrapped into [0, L).
 */
public record Box(double lx, double ly, double lz) {
    public Box {
        if (!(lx > 0 && ly > 0 && lz > 0)) {
            throw new IllegalArgumentException("box edges must be positive: " + lx + " " + ly + " " + lz);
        }
    }

    public static Box cubic(double l) {
        return new Box(l, l, l);
    }

    public double volume() {
        return lx * ly * lz;
    }

    public double shortestEdge() {
        return Math.min(lx, Math.min(ly, lz));
    }
}
