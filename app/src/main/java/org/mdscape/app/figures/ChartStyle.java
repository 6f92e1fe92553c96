package org.mdscape.app.figures;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.mdscape.app.export.PaperFonts;

/**
 * The look of every chart: white, light grey grid, the paper typeface (so that PDFs embed it), colours that stay
 * distinct in greyscale and for colour-blind readers (Okabe–Ito).
 */
final class ChartStyle {
    static final Color BLUE = new Color(0, 114, 178);
    static final Color VERMILLION = new Color(213, 94, 0);
    static final Color GREEN = new Color(0, 158, 115);
    static final Color PURPLE = new Color(204, 121, 167);
    static final Color ORANGE = new Color(230, 159, 0);
    static final Color GREY = new Color(120, 120, 120);
    static final Paint[] SERIES = {BLUE, VERMILLION, GREEN, PURPLE, ORANGE, GREY};
    static final Color GRID = new Color(225, 225, 225);

    static {
        // Rotated labels (every y axis) as real text, not glyph outlines: SVG and PDF readers can then search and
        // copy them, and PDFs use the embedded font.
        org.jfree.chart.text.TextUtils.setUseDrawRotatedStringWorkaround(false);
    }

    private ChartStyle() {
    }

    static Font font(int style, float size) {
        return PaperFonts.installed().font(style, size);
    }

    static JFreeChart apply(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        TextTitle title = chart.getTitle();
        if (title != null) {
            title.setFont(font(Font.BOLD, 14));
        }
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setItemFont(font(Font.PLAIN, 12));
            legend.setFrame(new org.jfree.chart.block.BlockBorder(Color.WHITE));
        }
        if (chart.getPlot() instanceof XYPlot plot) {
            plot(plot);
            if (plot instanceof org.jfree.chart.plot.CombinedDomainXYPlot combined) {
                for (XYPlot sub : combined.getSubplots()) {
                    plot(sub);
                }
            }
        }
        return chart;
    }

    static void plot(XYPlot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(GRID);
        plot.setRangeGridlinePaint(GRID);
        plot.setDomainGridlineStroke(new BasicStroke(0.8f));
        plot.setRangeGridlineStroke(new BasicStroke(0.8f));
        plot.setOutlinePaint(GREY);
        for (int i = 0; i < plot.getDomainAxisCount(); i++) {
            axis(plot.getDomainAxis(i));
        }
        for (int i = 0; i < plot.getRangeAxisCount(); i++) {
            axis(plot.getRangeAxis(i));
        }
    }

    static void axis(ValueAxis a) {
        if (a == null) {
            return;
        }
        a.setLabelFont(font(Font.PLAIN, 13));
        a.setTickLabelFont(font(Font.PLAIN, 11));
        a.setLabelPaint(Color.BLACK);
        a.setTickLabelPaint(Color.DARK_GRAY);
        if (a instanceof NumberAxis n) {
            n.setAutoRangeIncludesZero(false);
        }
    }
}
