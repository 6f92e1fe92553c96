package org.mdscape.engine.sim.cpu;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.IntConsumer;

/**
 * A fixed team of threads that runs part t of a task for t = 0..size-1 and waits for all parts.
 * Part 0 runs on the calling thread. Which part does which work is fixed by t alone, so results do
 * not depend on scheduling.
 */
final class WorkerTeam implements AutoCloseable {
    private final int size;
    private final ExecutorService helpers;

    WorkerTeam(int size) {
        this.size = size;
        this.helpers = size > 1
                ? Executors.newFixedThreadPool(size - 1, r -> {
                    Thread t = new Thread(r, "mdscape-cpu-worker");
                    t.setDaemon(true);
                    return t;
                })
                : null;
    }

    int size() {
        return size;
    }

    void run(IntConsumer part) {
        if (size == 1) {
            part.accept(0);
            return;
        }
        @SuppressWarnings("unchecked")
        CompletableFuture<Void>[] futures = new CompletableFuture[size - 1];
        for (int t = 1; t < size; t++) {
            int index = t;
            futures[t - 1] = CompletableFuture.runAsync(() -> part.accept(index), helpers);
        }
        part.accept(0);
        for (CompletableFuture<Void> f : futures) {
            try {
                f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for force workers", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("a force worker failed", e.getCause());
            }
        }
    }

    @Override
    public void close() {
        if (helpers != null) {
            helpers.shutdownNow();
        }
    }
}
