package org.mdscape.app.figures;

import java.awt.BasicStroke;
import java.awt.geom.Ellipse2D;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.mdscape.app.viewmodel.DensityProfileData;

/**
 * Density profiles ρ+(z) and ρ−(z) of a finished job, each bin with its ±1σ error bar (block-average standard
 * error). The extra contact bins are left out: they overlap the regular ones.
 */
public record ProfileFigure(long job, DensityProfileData data) implements ChartFigure {
    public static final String PLUS = "ρ+ (cations)";
    public static final String MINUS = "ρ− (anions)";
    public static final String Y_LABEL = "ρ (mol/L), error bars ±1σ";

    @Override
    public String name() {
        return "job-" + job + "-profile";
    }

    @Override
    public String title() {
        return job < 0 ? "Density profiles (select a job)" : "Job " + job + ": density profiles";
    }

    @Override
    public JFreeChart chart() {
        YIntervalSeries plus = new YIntervalSeries(PLUS), minus = new YIntervalSeries(MINUS);
        for (int i = 0; i < data.size(); i++) {
            if (data.contact()[i]) {
                continue;
            }
            double z = data.zNm()[i];
            plus.add(z, data.rhoPlus()[i], data.rhoPlus()[i] - data.rhoPlusErr()[i], data.rhoPlus()[i] + data.rhoPlusErr()[i]);
            minus.add(z, data.rhoMinus()[i], data.rhoMinus()[i] - data.rhoMinusErr()[i], data.rhoMinus()[i] + data.rhoMinusErr()[i]);
        }
        YIntervalSeriesCollection set = new YIntervalSeriesCollection();
        set.addSeries(plus);
        set.addSeries(minus);
        XYErrorRenderer r = new XYErrorRenderer();
        r.setDrawXError(false);
        r.setDefaultLinesVisible(true);
        r.setDefaultShapesVisible(true);
        r.setCapLength(3);
        for (int i = 0; i < 2; i++) {
            r.setSeriesPaint(i, ChartStyle.SERIES[i]);
            r.setSeriesStroke(i, new BasicStroke(1.3f));
            r.setSeriesShape(i, new Ellipse2D.Double(-2, -2, 4, 4));
        }
        r.setErrorStroke(new BasicStroke(0.8f));
        NumberAxis y = new NumberAxis(Y_LABEL);
        y.setAutoRangeIncludesZero(true);
        XYPlot plot = new XYPlot(set, new NumberAxis("z (nm)"), y, r);
        JFreeChart chart = ChartStyle.apply(new JFreeChart(title(), ChartStyle.font(java.awt.Font.BOLD, 14), plot, true));
        ((NumberAxis) plot.getRangeAxis()).setAutoRangeIncludesZero(true);
        return chart;
    }
}
