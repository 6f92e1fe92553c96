package org.mdscape.engine.run;

import org.mdscape.engine.stats.BlockAverage;

/** A mean with its standard error (block averages over the production part of a run). */
public record Estimate(double mean, double stderr) {
    static Estimate of(double[] series) {
        BlockAverage b = BlockAverage.of(series);
        return new Estimate(b.mean(), b.standardError());
    }
}
