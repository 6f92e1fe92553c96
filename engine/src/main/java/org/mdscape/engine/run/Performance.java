package org.mdscape.engine.run;

/** How fast a run went (the integration loop only, set-up excluded, as LAMMPS's "Loop time"). */
public record Performance(double stepsPerSecond, double atomStepsPerSecond, double wallSeconds,
                          String platform, int threads) {
    public static Performance of(long steps, int atoms, long nanos, String platform, int threads) {
        double seconds = nanos / 1e9;
        double sps = seconds > 0 ? steps / seconds : Double.NaN;
        return new Performance(sps, sps * atoms, seconds, platform, threads);
    }
}
