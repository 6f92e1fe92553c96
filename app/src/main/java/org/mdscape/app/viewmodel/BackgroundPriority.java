package org.mdscape.app.viewmodel;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.util.Locale;
import java.util.Optional;

/**
 * Lowers the operating-system priority of the calling thread, so that simulations started from the workbench
 * yield the CPU to the window (its FX and rendering threads) on small machines. Java's own thread priorities are
 * ignored on Linux; Linux gives each thread its own nice value, which {@code setpriority(PRIO_PROCESS, 0, n)}
 * sets for the calling thread only, and threads it starts afterwards inherit. Elsewhere (where that call would
 * lower the whole process, window included) this does nothing.
 */
public final class BackgroundPriority {
    /** The nice value of simulation threads: well below the window, still ahead of batch work at 19. */
    static final int NICE = 10;
    private static final Optional<MethodHandle> SETPRIORITY = lookup();

    private BackgroundPriority() {
    }

    private static Optional<MethodHandle> lookup() {
        if (!System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux")) {
            return Optional.empty();
        }
        try {
            Linker linker = Linker.nativeLinker();
            return linker.defaultLookup().find("setpriority").map(address -> linker.downcallHandle(address,
                    FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_INT)));
        } catch (RuntimeException | LinkageError e) {
            return Optional.empty(); // native access not granted or no such call: jobs simply run at normal priority
        }
    }

    /** Lowers the calling thread (and the threads it starts from now on); true if the system accepted. */
    public static boolean lowerCurrentThread() {
        if (SETPRIORITY.isEmpty()) {
            return false;
        }
        try {
            return (int) SETPRIORITY.get().invokeExact(0 /* PRIO_PROCESS */, 0 /* the calling thread */, NICE) == 0;
        } catch (Throwable e) {
            return false;
        }
    }
}
