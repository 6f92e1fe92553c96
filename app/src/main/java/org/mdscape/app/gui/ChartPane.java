package org.mdscape.app.gui;

import javafx.scene.layout.StackPane;
import javafx.util.Duration;
import org.jfree.chart.fx.ChartViewer;
import org.mdscape.app.figures.ChartFigure;

/** A live chart: shows the latest figure it is given, redrawn at most about four times a second. */
final class ChartPane extends StackPane {
    private final ChartViewer viewer = new ChartViewer();
    private final Throttle throttle = new Throttle(Duration.millis(250), this::apply);
    private ChartFigure latest;
    private ChartFigure shown;

    ChartPane(ChartFigure initial) {
        getStyleClass().add("chart-pane");
        getChildren().add(viewer);
        viewer.setMinSize(200, 150);
        latest = initial;
        apply();
    }

    void show(ChartFigure f) {
        latest = f;
        throttle.request();
    }

    private void apply() {
        if (latest != shown) {
            shown = latest;
            viewer.setChart(latest.chart());
        }
    }

    ChartFigure figure() {
        return shown;
    }
}
