package org.mdscape.app.viewmodel;

import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Runs a computation off the UI thread and delivers its answer on the UI thread, dropping answers that a newer
 * request has overtaken: dragging a slider asks for many recomputations, and only the last one matters.
 */
final class LatestOnly {
    private final Executor background;
    private final Executor ui;
    private final AtomicLong generation = new AtomicLong();

    LatestOnly(Executor background, Executor ui) {
        this.background = background;
        this.ui = ui;
    }

    <T> void submit(Supplier<T> work, Consumer<T> deliver) {
        long mine = generation.incrementAndGet();
        background.execute(() -> {
            if (generation.get() != mine) {
                return; // overtaken before it started
            }
            T answer = work.get();
            ui.execute(() -> {
                if (generation.get() == mine) {
                    deliver.accept(answer);
                }
            });
        });
    }
}
