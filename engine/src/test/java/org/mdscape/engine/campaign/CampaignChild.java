package org.mdscape.engine.campaign;

import java.nio.file.Path;

/**
 * A separate process running a campaign, for the tests that kill it or run several at once. Prints
 * "started JOB ATTEMPT" when it has recorded an attempt, so the parent knows which attempts must be in the
 * log, and "last-step JOB" when a job's last step is done and its result is about to be stored.
 */
public final class CampaignChild {
    private CampaignChild() {
    }

    public static void main(String[] args) throws Exception {
        int workers = Integer.parseInt(args[1]);
        try (CampaignStore store = CampaignStore.open(Path.of(args[0]))) {
            ExecutionSummary s = new LocalExecutor(workers, 1).execute(store, new ExecutionListener() {
                @Override
                public void progress(long jobId, long step, long steps) {
                    if (step == steps) {
                        // The run is about to be summarised and its result committed: a moment to kill at.
                        synchronized (System.out) {
                            System.out.println("last-step " + jobId);
                            System.out.flush();
                        }
                    }
                }

                @Override
                public void ended(long jobId, String outcome, String message) {
                    synchronized (System.out) {
                        System.out.println("ended " + jobId + " " + outcome + (message == null ? "" : ": " + message));
                        System.out.flush();
                    }
                }

                @Override
                public void started(long jobId, long attemptId) {
                    synchronized (System.out) {
                        System.out.println("started " + jobId + " " + attemptId);
                        System.out.flush();
                    }
                }
            });
            System.out.println("finished " + s.succeeded());
        }
    }

    /** Starts a child JVM on the test class path, running {@code file} with {@code workers} workers. */
    static Process start(Path file, int workers, Path log) throws java.io.IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-XX:+UseSerialGC", "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"), CampaignChild.class.getName(), file.toString(),
                Integer.toString(workers))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }
}
