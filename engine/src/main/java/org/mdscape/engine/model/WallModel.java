package org.mdscape.engine.model;

import java.util.Locale;

/**
 * How an ion feels a planar wall. Both put an ion's contact position at +-(h/2 - d_i/2).
 */
public enum WallModel {
    /** WCA between the ion and its projection on the wall plane, sigma = d_i/2. */
    STANDARD,
    /**
     * WCA with sigma = d_i between the ion and a virtual particle at z = +-(h/2 + d_i/2): the model behind
     * the 2019 reference profiles of the nanoconfinement-md project.
     */
    LEGACY2019;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static WallModel parse(String name) {
        for (WallModel m : values()) {
            if (m.label().equalsIgnoreCase(name.trim())) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown wall model '" + name + "'; allowed: standard, legacy2019");
    }

    /** WCA contact distance between an ion of diameter d and the wall's interaction site. */
    public double sigma(double diameter) {
        return this == STANDARD ? diameter / 2 : diameter;
    }

    /** Where the wall's interaction site sits beyond the wall plane (0 for the plane itself). */
    public double siteOffset(double diameter) {
        return this == STANDARD ? 0 : diameter / 2;
    }
}
