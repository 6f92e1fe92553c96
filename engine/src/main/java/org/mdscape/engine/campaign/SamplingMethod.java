package org.mdscape.engine.campaign;

import java.util.Locale;

/** The sampling schemes a spec may name. */
public enum SamplingMethod {
    GRID, RANDOM, LHS, SOBOL;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
