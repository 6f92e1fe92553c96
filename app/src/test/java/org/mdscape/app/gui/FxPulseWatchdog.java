package org.mdscape.app.gui;

import javafx.animation.AnimationTimer;

/**
 * Measures how long the FX thread goes between two pulses. An animation timer asks for a pulse every frame
 * (about 60 a second), so a gap well above 17 ms means the FX thread was busy or blocked.
 */
final class FxPulseWatchdog extends AnimationTimer {
    private long last = -1;
    private volatile long worstNanos;
    private volatile long pulses;
    private long since = -1;
    final java.util.List<String> stalls = java.util.Collections.synchronizedList(new java.util.ArrayList<>());

    @Override
    public void handle(long now) {
        if (since < 0) {
            since = now;
        }
        if (last > 0) {
            worstNanos = Math.max(worstNanos, now - last);
            if (now - last > 34_000_000) {
                stalls.add(String.format(java.util.Locale.ROOT, "%.0f ms at %.2f s (ended %s)", (now - last) / 1e6,
                        (last - since) / 1e9, java.time.LocalTime.now()));
            }
        }
        last = now;
        pulses++;
    }

    /** Forgets what was measured (call on the FX thread). */
    void reset() {
        last = -1;
        since = -1;
        stalls.clear();
        worstNanos = 0;
        pulses = 0;
    }

    double worstMillis() {
        return worstNanos / 1e6;
    }

    long pulses() {
        return pulses;
    }
}
