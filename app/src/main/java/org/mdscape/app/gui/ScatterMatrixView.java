package org.mdscape.app.gui;

import java.awt.geom.Rectangle2D;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.canvas.Canvas;
import javafx.scene.layout.Pane;
import org.jfree.fx.FXGraphics2D;
import org.mdscape.app.figures.ScatterMatrixFigure;
import org.mdscape.app.viewmodel.PointSet;

/** The sweep's scatter matrix on a canvas that follows the pane's size, drawn by the same code as its exports. */
final class ScatterMatrixView extends Pane {
    private final Canvas canvas = new Canvas();
    private final FXGraphics2D g = new FXGraphics2D(canvas.getGraphicsContext2D());
    private final ObjectProperty<PointSet> points = new SimpleObjectProperty<>(PointSet.EMPTY);
    private int draws;

    ScatterMatrixView() {
        getStyleClass().add("scatter-matrix");
        getChildren().add(canvas);
        canvas.widthProperty().bind(widthProperty());
        canvas.heightProperty().bind(heightProperty());
        canvas.widthProperty().addListener(o -> redraw());
        canvas.heightProperty().addListener(o -> redraw());
        points.addListener(o -> redraw());
        setMinSize(240, 240);
    }

    ObjectProperty<PointSet> pointsProperty() {
        return points;
    }

    /** How many times it has drawn (tests see that a change reached the screen). */
    int draws() {
        return draws;
    }

    private void redraw() {
        double w = canvas.getWidth(), h = canvas.getHeight();
        if (w <= 0 || h <= 0) {
            return;
        }
        canvas.getGraphicsContext2D().clearRect(0, 0, w, h);
        new ScatterMatrixFigure(points.get()).draw(g, new Rectangle2D.Double(0, 0, w, h));
        draws++;
    }
}
