package org.mdscape.app.figures;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.JFreeChart;
import org.mdscape.app.export.Figure;

/**
 * A figure drawn by JFreeChart. Each call to {@link #chart()} builds a new chart from immutable data, so the
 * screen and an export running on another thread never share a chart (JFreeChart is not thread-safe).
 */
public interface ChartFigure extends Figure {
    JFreeChart chart();

    @Override
    default void draw(Graphics2D g, Rectangle2D area) {
        chart().draw(g, area);
    }
}
