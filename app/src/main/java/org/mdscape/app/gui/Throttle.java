package org.mdscape.app.gui;

import javafx.animation.PauseTransition;
import javafx.util.Duration;

/**
 * Coalesces redraw requests on the FX thread: the first request schedules one redraw after a short pause, later
 * ones until then ride along. JFreeChart redraws are costly, so live charts are redrawn a few times a second at most.
 */
final class Throttle {
    private final PauseTransition pause;
    private boolean pending;

    Throttle(Duration delay, Runnable action) {
        pause = new PauseTransition(delay);
        pause.setOnFinished(e -> {
            pending = false;
            action.run();
        });
    }

    void request() {
        if (!pending) {
            pending = true;
            pause.playFromStart();
        }
    }
}
