package org.mdscape.engine.campaign;

/**
 * Where and how the jobs run.
 *
 * @param backend         only "local" today (this computer)
 * @param platform        "cpu" or "reference"
 * @param workers         jobs run at once
 * @param threadsPerJob   threads of each job; fixed for a job once it has started, because a checkpoint
 *                        continues bit for bit only with the thread count that wrote it
 * @param checkpointEvery checkpoint period in steps
 * @param checkpointEveryMinutes checkpoint period in minutes of run time, or 0 for none. A job's period in
 *                        steps is fixed when it starts (a checkpoint continues only the run it belongs to), from
 *                        the speed of the campaign's finished jobs; until one has finished, checkpointEvery is used
 */
public record ExecutionSettings(String backend, String platform, int workers, int threadsPerJob,
                                long checkpointEvery, double checkpointEveryMinutes) {
}
