package org.mdscape.cloud.preemption;

import java.util.random.RandomGenerator;

/** Where a simulator gets the lifetime of each VM it starts: sampled from a model or resampled from data. */
public interface LifetimeSource {
    double nextLifetimeHours(RandomGenerator random);

    String describe();

    static LifetimeSource of(PreemptionModel model) {
        return new LifetimeSource() {
            @Override
            public double nextLifetimeHours(RandomGenerator random) {
                return model.sampleLifetime(random);
            }

            @Override
            public String describe() {
                return "sampled from " + model;
            }
        };
    }
}
