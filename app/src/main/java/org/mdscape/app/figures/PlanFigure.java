package org.mdscape.app.figures;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.mdscape.app.viewmodel.PlanRow;
import org.mdscape.app.viewmodel.PlanViewModel;

/** Cost against makespan for every place the sweep could run, the Pareto front joined by a line, the chosen one ringed. */
public record PlanFigure(List<PlanRow> rows) implements ChartFigure {
    public static final String FRONT = "Pareto front";
    public static final String CHOSEN = "chosen";

    public PlanFigure {
        rows = List.copyOf(rows);
    }

    @Override
    public String name() {
        return "plan-cost-makespan";
    }

    @Override
    public String title() {
        return "Cost against makespan";
    }

    @Override
    public JFreeChart chart() {
        Map<String, XYSeries> byKind = new LinkedHashMap<>();
        for (String k : List.of("this computer", "spot", "preemptible", "on-demand")) {
            byKind.put(k, new XYSeries(k, false, true));
        }
        XYSeries chosen = new XYSeries(CHOSEN, false, true);
        for (PlanRow r : rows) {
            if (!Double.isFinite(r.makespanHours()) || !Double.isFinite(r.costUsd())) {
                continue;
            }
            String kind = r.local() ? "this computer" : r.provisioning();
            byKind.computeIfAbsent(kind, k -> new XYSeries(k, false, true)).add(r.makespanHours(), r.costUsd());
            if (r.chosen()) {
                chosen.add(r.makespanHours(), r.costUsd());
            }
        }
        XYSeries front = new XYSeries(FRONT, false, true);
        for (PlanRow r : PlanViewModel.paretoFront(rows)) {
            front.add(r.makespanHours(), r.costUsd());
        }
        XYSeriesCollection points = new XYSeriesCollection();
        byKind.values().stream().filter(s -> s.getItemCount() > 0).forEach(points::addSeries);
        XYSeriesCollection lines = new XYSeriesCollection();
        lines.addSeries(front);
        lines.addSeries(chosen);

        XYLineAndShapeRenderer dots = new XYLineAndShapeRenderer(false, true);
        for (int i = 0; i < points.getSeriesCount(); i++) {
            dots.setSeriesPaint(i, ChartStyle.SERIES[i % ChartStyle.SERIES.length]);
            dots.setSeriesShape(i, new Ellipse2D.Double(-4, -4, 8, 8));
        }
        XYLineAndShapeRenderer frontRenderer = new XYLineAndShapeRenderer(true, false);
        frontRenderer.setSeriesPaint(0, Color.DARK_GRAY);
        frontRenderer.setSeriesStroke(0, new BasicStroke(1.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1f,
                new float[] {5f, 4f}, 0f));
        frontRenderer.setSeriesLinesVisible(1, false);
        frontRenderer.setSeriesShapesVisible(1, true);
        frontRenderer.setSeriesShapesFilled(1, false);
        frontRenderer.setSeriesShape(1, new Rectangle2D.Double(-7, -7, 14, 14));
        frontRenderer.setSeriesPaint(1, Color.BLACK);
        frontRenderer.setSeriesStroke(1, new BasicStroke(2f));

        NumberAxis cost = new NumberAxis("expected cost (USD)");
        cost.setAutoRangeIncludesZero(true);
        // Dollars as decimals (0.0015, not 1.5E-3), however small the sweep.
        cost.setNumberFormatOverride(new java.text.DecimalFormat("#,##0.######", java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ROOT)));
        XYPlot plot = new XYPlot(points, new NumberAxis("expected makespan (h)"), cost, dots);
        plot.setDataset(1, lines);
        plot.setRenderer(1, frontRenderer);
        JFreeChart chart = ChartStyle.apply(new JFreeChart(title(), ChartStyle.font(java.awt.Font.BOLD, 14), plot, true));
        ((NumberAxis) plot.getRangeAxis()).setAutoRangeIncludesZero(true);
        ((NumberAxis) plot.getDomainAxis()).setAutoRangeIncludesZero(true);
        return chart;
    }
}
