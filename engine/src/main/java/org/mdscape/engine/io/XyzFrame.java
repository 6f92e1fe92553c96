package org.mdscape.engine.io;

import org.mdscape.engine.sim.Box;

/** One frame of an extended-XYZ file: species and positions in file order, the box, and the time if given. */
public record XyzFrame(String[] species, double[][] positions, Box box, double time) {
    public int size() {
        return species.length;
    }
}
