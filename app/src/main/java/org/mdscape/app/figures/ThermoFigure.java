package org.mdscape.app.figures;

import java.awt.BasicStroke;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.mdscape.app.viewmodel.ThermoSeries;

/** A job's thermodynamics against time: temperature above, potential and total energy below. */
public record ThermoFigure(long job, ThermoSeries data) implements ChartFigure {
    @Override
    public String name() {
        return "job-" + job + "-thermo";
    }

    @Override
    public String title() {
        return job < 0 ? "Thermodynamics (select a job)" : "Job " + job + ": thermodynamics";
    }

    @Override
    public JFreeChart chart() {
        XYSeries t = new XYSeries("T"), u = new XYSeries("potential energy U"), e = new XYSeries("total energy E");
        for (int i = 0; i < data.size(); i++) {
            t.add(data.time()[i], data.temperature()[i], false);
            u.add(data.time()[i], data.potentialEnergy()[i], false);
            e.add(data.time()[i], data.totalEnergy()[i], false);
        }
        NumberAxis time = new NumberAxis("time (τ)");
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(time);
        plot.setGap(8);
        XYPlot top = new XYPlot(new XYSeriesCollection(t), null, new NumberAxis("T (ε/k_B)"), lines(0));
        XYSeriesCollection energies = new XYSeriesCollection();
        energies.addSeries(u);
        energies.addSeries(e);
        XYPlot bottom = new XYPlot(energies, null, new NumberAxis("energy (k_BT)"), lines(1));
        plot.add(top, 1);
        plot.add(bottom, 1);
        return ChartStyle.apply(new JFreeChart(title(), ChartStyle.font(java.awt.Font.BOLD, 14), plot, true));
    }

    private static XYLineAndShapeRenderer lines(int first) {
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
        for (int i = 0; i < 2; i++) {
            r.setSeriesPaint(i, ChartStyle.SERIES[first + i]);
            r.setSeriesStroke(i, new BasicStroke(1.5f));
        }
        return r;
    }
}
