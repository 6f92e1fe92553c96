package org.mdscape.engine.campaign;

import java.util.Map;

/**
 * A job this process took to run, with the attempt recorded for it.
 *
 * @param threads          the job's thread count and {@code checkpointEvery} its checkpoint period in steps, both
 *                         fixed at its first attempt: a checkpoint continues bit for bit only the same run
 */
record Claim(long jobId, long pointId, int replica, long seed, int threads, long checkpointEvery, long attemptId,
             Map<String, Double> point) {
}
