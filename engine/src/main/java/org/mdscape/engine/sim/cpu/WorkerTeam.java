package org.mdscape.engine.sim.cpu;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntConsumer;

/**
 * A fixed team of threads that runs part t of a task for t = 0..size-1 and waits for all parts.
 * Part 0 runs on the calling thread. Which part does which work is fixed by t alone, so results do
 * not depend on scheduling. Parts may meet at {@link #sync()} (a barrier) within one task.
 *
 * <p>A force evaluation takes a few milliseconds and the team is handed one or two tasks per step, so
 * hand-over latency matters: a waiting thread first spins, then yields, and only then parks (see
 * SPIN_NANOS). Parking is needed: the team must not burn a core while the simulation does something
 * else, or where threads outnumber cores.
 */
final class WorkerTeam implements AutoCloseable {
    /**
     * A waiting thread spins for SPIN_NANOS, then yields (so that a JIT compiler thread or another
     * process can use the core, while the wait stays short if none does) until YIELD_NANOS, then
     * parks. The waits between the phases of a step and between steps are mostly shorter than that;
     * parking matters when the simulation does something else for a while, or threads outnumber cores.
     * (Measured on in.lj with 2 threads on 2 cores: pure spinning for 50, 200 or 1000 us performed
     * alike when the machine was idle, and the shortest best when it was busy; adding the yield phase
     * gained about 3%.)
     */
    private static final long SPIN_NANOS = TimeUnit.MICROSECONDS.toNanos(50);
    private static final long YIELD_NANOS = TimeUnit.MICROSECONDS.toNanos(500);

    private final int size;
    private final Thread[] helpers;
    /** The current task; written before {@link #generation} is bumped, read after it is seen. */
    private IntConsumer task;
    private volatile long generation;
    private volatile boolean closed;
    /** Helpers still running the current task. */
    private final AtomicInteger running = new AtomicInteger();
    private volatile Thread caller;
    private volatile Throwable failure;
    /** Barrier: parts that have arrived in the current round, and the round number. */
    private final AtomicInteger arrived = new AtomicInteger();
    private volatile int round;

    WorkerTeam(int size) {
        this.size = size;
        this.helpers = new Thread[size - 1];
        for (int t = 1; t < size; t++) {
            int part = t;
            Thread h = new Thread(() -> serve(part), "mdscape-cpu-worker-" + t);
            h.setDaemon(true);
            helpers[t - 1] = h;
            h.start();
        }
    }

    int size() {
        return size;
    }

    void run(IntConsumer part) {
        if (size == 1) {
            part.accept(0);
            return;
        }
        if (closed) {
            throw new IllegalStateException("worker team is closed");
        }
        task = part;
        failure = null;
        arrived.set(0);
        caller = Thread.currentThread();
        running.set(size - 1);
        generation = generation + 1; // publishes task (volatile write after the plain one)
        for (Thread h : helpers) {
            LockSupport.unpark(h);
        }
        try {
            part.accept(0);
        } catch (Throwable e) {
            fail(e);
        }
        awaitHelpers();
        task = null;
        Throwable e = failure;
        if (e != null) {
            throw new IllegalStateException("a force worker failed", e);
        }
    }

    /**
     * Waits until every part of the current task has called this (a barrier). Every part must call it
     * the same number of times. Writes made before it by one part are visible after it to all.
     */
    void sync() {
        if (size == 1) {
            return;
        }
        int r = round;
        if (arrived.incrementAndGet() == size) {
            arrived.set(0);
            round = r + 1;
            return;
        }
        long start = System.nanoTime();
        while (round == r) {
            if (failure != null) {
                throw new IllegalStateException("another part failed");
            }
            // Long waits are rare (a part was descheduled): poll rather than track who is parked.
            pause(start, false);
        }
    }

    /** Waits (see SPIN_NANOS) until every helper has finished the current task. */
    private void awaitHelpers() {
        long start = System.nanoTime();
        while (running.get() != 0) {
            pause(start, true);
        }
    }

    /**
     * One round of waiting that began at {@code start}: spin, then yield, then park - until unparked
     * if {@code unparked} (the thread is woken by whoever ends the wait), else for a short while.
     */
    private void pause(long start, boolean unparked) {
        long waited = System.nanoTime() - start;
        if (waited < SPIN_NANOS) {
            Thread.onSpinWait();
        } else if (waited < YIELD_NANOS) {
            Thread.yield();
        } else if (unparked) {
            LockSupport.park(this);
        } else {
            LockSupport.parkNanos(this, 20_000);
        }
    }

    private void serve(int part) {
        long seen = 0;
        while ((seen = awaitTask(seen)) >= 0) {
            try {
                task.accept(part);
            } catch (Throwable e) {
                fail(e);
            }
            if (running.decrementAndGet() == 0) {
                LockSupport.unpark(caller);
            }
        }
    }

    /**
     * Waits (see SPIN_NANOS) until a task newer than generation {@code seen} is posted; returns its
     * generation, or -1 once the team is closed. (The waiting loops live in small methods of their
     * own: a hot loop gets compiled with everything its method inlines, here the whole task.)
     */
    private long awaitTask(long seen) {
        long start = System.nanoTime();
        long g;
        while ((g = generation) == seen) {
            if (closed) {
                return -1;
            }
            pause(start, true);
        }
        return g;
    }

    private void fail(Throwable e) {
        if (failure == null) {
            failure = e;
        }
    }

    @Override
    public void close() {
        closed = true;
        for (Thread h : helpers) {
            LockSupport.unpark(h);
        }
    }
}
