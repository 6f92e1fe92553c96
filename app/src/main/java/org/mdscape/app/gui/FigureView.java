package org.mdscape.app.gui;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Region;
import javafx.stage.Screen;
import javafx.util.Duration;
import org.mdscape.app.export.Figure;

/**
 * Shows a figure (a chart, the scatter matrix) as a picture drawn off the FX thread. JFreeChart redraws and
 * thousands of scatter points cost tens of milliseconds, which the FX thread must never spend: figures are drawn
 * with Java2D on a background thread, and the FX thread only swaps the finished image in. Requests are throttled
 * (a few redraws a second) and only the latest figure is drawn. The same drawing code writes the exports.
 */
final class FigureView extends Region {
    /** One drawing thread for all figure views: figures are drawn one at a time, the window stays responsive. */
    private static final ExecutorService PAINTER = Executors.newSingleThreadExecutor(r -> {
        // Drawing may wait a few milliseconds; the window's own threads may not.
        Thread t = new Thread(() -> {
            org.mdscape.app.viewmodel.BackgroundPriority.lowerCurrentThread();
            r.run();
        }, "mdscape-figure-painter");
        t.setDaemon(true);
        return t;
    });

    private final ImageView image = new ImageView();
    private final ObjectProperty<Figure> figure = new SimpleObjectProperty<>();
    private final Throttle throttle;
    private final AtomicLong generation = new AtomicLong();
    private volatile long drawn;
    private Figure shown;

    FigureView(Figure initial, Duration minInterval) {
        getStyleClass().add("figure-view");
        getChildren().add(image);
        image.setPreserveRatio(false);
        throttle = new Throttle(minInterval, this::paint);
        figure.addListener(o -> throttle.request());
        widthProperty().addListener(o -> throttle.request());
        heightProperty().addListener(o -> throttle.request());
        setMinSize(200, 150);
        setPrefSize(480, 360);
        figure.set(initial);
    }

    ObjectProperty<Figure> figureProperty() {
        return figure;
    }

    /** How many figures have reached the screen (tests wait on it). */
    long drawn() {
        return drawn;
    }

    /** Whether the picture on screen is of the current figure (call on the FX thread). */
    boolean current() {
        return figure.get() == null || shown == figure.get();
    }

    @Override
    protected void layoutChildren() {
        image.relocate(0, 0);
        image.setFitWidth(getWidth());
        image.setFitHeight(getHeight());
    }

    private void paint() {
        Figure f = figure.get();
        double w = getWidth(), h = getHeight();
        if (f == null || w < 10 || h < 10) {
            return;
        }
        double scale = getScene() != null && getScene().getWindow() != null ? getScene().getWindow().getOutputScaleX()
                : Screen.getPrimary().getOutputScaleX();
        long mine = generation.incrementAndGet();
        PAINTER.execute(() -> {
            if (generation.get() != mine) {
                return; // a newer figure or size is on its way
            }
            int pw = (int) Math.ceil(w * scale), ph = (int) Math.ceil(h * scale);
            BufferedImage img = new BufferedImage(pw, ph, BufferedImage.TYPE_INT_ARGB_PRE);
            Graphics2D g = img.createGraphics();
            try {
                // A figure that cannot be drawn says so in the picture rather than leaving the old one up.
                g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
                g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
                g.scale(scale, scale);
                try {
                    f.draw(g, new Rectangle2D.Double(0, 0, w, h));
                } catch (RuntimeException e) {
                    g.setColor(java.awt.Color.RED.darker());
                    g.drawString("Cannot draw " + f.title() + ": " + e, 10, 20);
                }
            } finally {
                g.dispose();
            }
            int[] pixels = ((java.awt.image.DataBufferInt) img.getRaster().getDataBuffer()).getData();
            Platform.runLater(() -> {
                if (generation.get() == mine) {
                    // Same size as before: write into the image on screen, so the renderer updates its texture
                    // instead of making a new one (costly with software OpenGL).
                    WritableImage target = image.getImage() instanceof WritableImage w0 && (int) w0.getWidth() == pw
                            && (int) w0.getHeight() == ph ? w0 : new WritableImage(pw, ph);
                    target.getPixelWriter().setPixels(0, 0, pw, ph, PixelFormat.getIntArgbPreInstance(), pixels, 0, pw);
                    if (image.getImage() != target) {
                        image.setImage(target);
                    }
                    shown = f;
                    drawn++;
                }
            });
        });
    }
}
