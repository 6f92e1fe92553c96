package org.mdscape.engine.campaign;

import java.net.InetAddress;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Who runs an attempt: host, process id, process start time, and the executor run inside that process. On
 * the same host a dead owner is seen at once (no such process, the id now belongs to a process started at
 * another time, or, in this very process, an executor run that has ended, e.g. after a full disk stopped
 * it); owners on other hosts are judged by their heartbeat.
 */
record ProcessIdentity(String host, long pid, String processStart, String executor) {
    /** Executor runs alive in this JVM. */
    private static final Set<String> LIVE = ConcurrentHashMap.newKeySet();

    /** A new executor run in this process; {@link #retire} it when the run ends. */
    static ProcessIdentity start() {
        ProcessHandle self = ProcessHandle.current();
        ProcessIdentity me = new ProcessIdentity(hostName(), self.pid(), startOf(self), UUID.randomUUID().toString());
        LIVE.add(me.executor);
        return me;
    }

    void retire() {
        LIVE.remove(executor);
    }

    /** Whether the recorded owner is certainly gone, as far as this process can tell without waiting. */
    boolean deadOnThisHost(ProcessIdentity me) {
        if (!host.equals(me.host)) {
            return false;
        }
        if (pid == me.pid && processStart.equals(me.processStart)) {
            return !LIVE.contains(executor);
        }
        Optional<ProcessHandle> h = ProcessHandle.of(pid);
        return h.isEmpty() || !h.get().isAlive() || !startOf(h.get()).equals(processStart);
    }

    private static String startOf(ProcessHandle h) {
        return h.info().startInstant().map(Instant::toString).orElse("unknown");
    }

    private static String hostName() {
        String env = System.getenv("HOSTNAME");
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            return env != null ? env : "localhost";
        }
    }
}
