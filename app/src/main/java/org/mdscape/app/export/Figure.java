package org.mdscape.app.export;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;

/**
 * Something drawable that a scientist may put in a paper: a chart or the sweep's scatter matrix. The screen and
 * every export format draw the same figure through Java2D, so what is seen is what is exported.
 */
public interface Figure {
    /** A short name used as the default file name ("runs-thermo"). */
    String name();

    /** A title for lists ("Thermodynamics of job 3"). */
    String title();

    /** Draws the figure into {@code area} (in the graphics' user units). */
    void draw(Graphics2D g, Rectangle2D area);
}
