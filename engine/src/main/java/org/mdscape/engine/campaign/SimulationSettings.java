package org.mdscape.engine.campaign;

/**
 * Run settings shared by every job of a campaign.
 *
 * @param equilibrationFraction  fraction of the steps left out of the statistics
 * @param sampleEvery            period of thermo (and profile) samples in steps
 * @param binWidth               profile bin width in units of the smaller ion diameter (electrolyte only)
 * @param accuracy               relative force accuracy of the electrostatics (electrolyte only)
 * @param trajectoryEvery        trajectory frame period in steps, 0 for none
 * @param seed                   base seed; job k (0-based) runs with seed + k
 */
public record SimulationSettings(long steps, double dt, double equilibrationFraction, long sampleEvery,
                                 double binWidth, double accuracy, long trajectoryEvery, long seed) {
}
