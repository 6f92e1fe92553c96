package org.mdscape.app.gui;

import java.util.prefs.Preferences;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/** Remembers the window's size and position between sessions, and never restores it off every screen. */
final class WindowPlacement {
    private WindowPlacement() {
    }

    static void restore(Stage stage, Preferences prefs) {
        double w = prefs.getDouble("window.width", 1280), h = prefs.getDouble("window.height", 860);
        double x = prefs.getDouble("window.x", Double.NaN), y = prefs.getDouble("window.y", Double.NaN);
        Rectangle2D visible = Screen.getPrimary().getVisualBounds();
        stage.setWidth(Math.min(Math.max(w, 800), visible.getWidth()));
        stage.setHeight(Math.min(Math.max(h, 600), visible.getHeight()));
        if (!Double.isNaN(x) && !Screen.getScreensForRectangle(x, y, 100, 100).isEmpty()) {
            stage.setX(x);
            stage.setY(y);
        }
        stage.setMaximized(prefs.getBoolean("window.maximized", false));
    }

    static void remember(Stage stage, Preferences prefs) {
        prefs.putBoolean("window.maximized", stage.isMaximized());
        if (!stage.isMaximized()) {
            prefs.putDouble("window.width", stage.getWidth());
            prefs.putDouble("window.height", stage.getHeight());
            prefs.putDouble("window.x", stage.getX());
            prefs.putDouble("window.y", stage.getY());
        }
    }
}
