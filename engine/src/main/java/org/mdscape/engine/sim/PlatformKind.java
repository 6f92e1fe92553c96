package org.mdscape.engine.sim;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.mdscape.engine.sim.cpu.CpuPlatform;
import org.mdscape.engine.sim.reference.ReferencePlatform;

/** The platforms this build offers, by the name users type. */
public enum PlatformKind {
    REFERENCE,
    CPU;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public Platform create(int threads, NeighbourListPolicy neighbourList) {
        return switch (this) {
            case REFERENCE -> new ReferencePlatform();
            case CPU -> new CpuPlatform(threads, neighbourList);
        };
    }

    /** Parses a platform name; the exception message lists the allowed names. */
    public static PlatformKind parse(String name) {
        for (PlatformKind k : values()) {
            if (k.label().equalsIgnoreCase(name.trim())) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown platform '" + name + "'; allowed: " + allowed());
    }

    public static String allowed() {
        return Arrays.stream(values()).map(PlatformKind::label).collect(Collectors.joining(", "));
    }
}
