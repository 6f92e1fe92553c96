package org.mdscape.app.figures;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import org.mdscape.app.export.Figure;
import org.mdscape.app.viewmodel.Numbers;
import org.mdscape.app.viewmodel.PointSet;

/**
 * The sweep's points as a scatter matrix: one panel per pair of parameters (column on x, row on y), each
 * parameter's name and range on the diagonal. Drawn with plain Java2D: with many points, JFreeChart's k² plots
 * would be too slow to redraw while a slider is dragged.
 */
public record ScatterMatrixFigure(PointSet points) implements Figure {
    static final double MARGIN = 46;
    static final double GAP = 6;

    @Override
    public String name() {
        return "sweep-scatter-matrix";
    }

    @Override
    public String title() {
        return "Sweep points (scatter matrix)";
    }

    @Override
    public void draw(Graphics2D g0, Rectangle2D area) {
        Graphics2D g = (Graphics2D) g0.create();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fill(area);
            int k = points.dimensions();
            Font label = ChartStyle.font(Font.PLAIN, 12), tick = ChartStyle.font(Font.PLAIN, 10);
            if (k == 0) {
                g.setColor(Color.GRAY);
                g.setFont(label);
                g.drawString("No points: the sweep has problems (see the messages).", (float) (area.getX() + 10),
                        (float) (area.getY() + 24));
                return;
            }
            double side = Math.min(area.getWidth() - MARGIN, area.getHeight() - MARGIN);
            double cell = (side - GAP * (k - 1)) / k;
            double x0 = area.getX() + MARGIN, y0 = area.getY() + 4;
            double[][] ext = new double[k][];
            for (int d = 0; d < k; d++) {
                ext[d] = pad(points.extent(d));
            }
            double r = Math.max(1.5, Math.min(4, cell / 30));
            for (int row = 0; row < k; row++) {
                for (int col = 0; col < k; col++) {
                    double cx = x0 + col * (cell + GAP), cy = y0 + row * (cell + GAP);
                    Rectangle2D box = new Rectangle2D.Double(cx, cy, cell, cell);
                    g.setColor(new Color(250, 250, 250));
                    g.fill(box);
                    g.setColor(ChartStyle.GRID);
                    g.setStroke(new BasicStroke(1f));
                    g.draw(box);
                    if (row == col) {
                        diagonal(g, box, row, label);
                    } else {
                        g.setColor(new Color(0, 114, 178, 170));
                        for (double[] p : points.values()) {
                            double px = cx + (p[col] - ext[col][0]) / (ext[col][1] - ext[col][0]) * cell;
                            double py = cy + cell - (p[row] - ext[row][0]) / (ext[row][1] - ext[row][0]) * cell;
                            g.fill(new Ellipse2D.Double(px - r, py - r, 2 * r, 2 * r));
                        }
                    }
                    g.setFont(tick);
                    g.setColor(Color.DARK_GRAY);
                    if (row == k - 1) {
                        ticksX(g, cx, cy + cell, cell, points.extent(col));
                    }
                    if (col == 0) {
                        ticksY(g, cx, cy, cell, points.extent(row));
                    }
                }
            }
            g.setFont(label);
            g.setColor(Color.DARK_GRAY);
            g.drawString(String.format(java.util.Locale.ROOT, "%,d points", points.size()), (float) x0,
                    (float) (y0 + side + 36));
        } finally {
            g.dispose();
        }
    }

    private void diagonal(Graphics2D g, Rectangle2D box, int d, Font font) {
        double[] e = points.extent(d);
        g.setColor(Color.BLACK);
        g.setFont(font.deriveFont(Font.BOLD));
        FontMetrics fm = g.getFontMetrics();
        String name = points.label(d);
        g.drawString(name, (float) (box.getCenterX() - fm.stringWidth(name) / 2.0), (float) (box.getCenterY()));
        g.setFont(font);
        fm = g.getFontMetrics();
        String range = Numbers.plain(e[0]) + " to " + Numbers.plain(e[1]);
        g.setColor(Color.DARK_GRAY);
        g.drawString(range, (float) (box.getCenterX() - fm.stringWidth(range) / 2.0), (float) (box.getCenterY() + fm.getHeight()));
    }

    private static void ticksX(Graphics2D g, double x, double y, double cell, double[] e) {
        FontMetrics fm = g.getFontMetrics();
        double[] p = pad(e);
        for (double v : new double[] {e[0], e[1]}) {
            double px = x + (v - p[0]) / (p[1] - p[0]) * cell;
            g.draw(new Line2D.Double(px, y, px, y + 3));
            String s = Numbers.plain(v);
            g.drawString(s, (float) (px - fm.stringWidth(s) / 2.0), (float) (y + 4 + fm.getAscent()));
            if (e[0] == e[1]) {
                break;
            }
        }
    }

    private static void ticksY(Graphics2D g, double x, double y, double cell, double[] e) {
        FontMetrics fm = g.getFontMetrics();
        double[] p = pad(e);
        for (double v : new double[] {e[0], e[1]}) {
            double py = y + cell - (v - p[0]) / (p[1] - p[0]) * cell;
            g.draw(new Line2D.Double(x - 3, py, x, py));
            String s = Numbers.plain(v);
            AffineTransform old = g.getTransform();
            g.rotate(-Math.PI / 2, x - 6, py);
            g.drawString(s, (float) (x - 6 - fm.stringWidth(s) / 2.0), (float) (py));
            g.setTransform(old);
            if (e[0] == e[1]) {
                break;
            }
        }
    }

    /** The extent with 8% room on each side (a single value gets a unit-wide window), so points sit inside the box. */
    static double[] pad(double[] e) {
        double span = e[1] - e[0];
        if (!(span > 0)) {
            double w = Math.max(1e-9, Math.abs(e[0]) * 0.1 + (e[0] == 0 ? 1 : 0));
            return new double[] {e[0] - w, e[1] + w};
        }
        return new double[] {e[0] - 0.08 * span, e[1] + 0.08 * span};
    }
}
