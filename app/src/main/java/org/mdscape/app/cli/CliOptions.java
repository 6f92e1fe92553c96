package org.mdscape.app.cli;

import java.util.Locale;
import org.mdscape.engine.run.Ensemble;
import org.mdscape.engine.sim.NeighbourListPolicy;
import org.mdscape.engine.sim.Platform;
import org.mdscape.engine.sim.PlatformKind;

/** Parsing of options shared by several commands, with the one-line messages of bad input. */
final class CliOptions {
    static final int MAX_THREADS = 1024;

    private CliOptions() {
    }

    static Platform platform(String name, Integer threads, NeighbourListPolicy neighbourList) {
        PlatformKind kind;
        try {
            kind = PlatformKind.parse(name);
        } catch (IllegalArgumentException e) {
            throw new UsageError("--platform", "unknown platform '" + name + "'; allowed: " + PlatformKind.allowed());
        }
        int t = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        if (t < 1 || t > MAX_THREADS) {
            throw new UsageError("--threads", "must be in [1, " + MAX_THREADS + "] (got " + t + ")");
        }
        return kind.create(kind == PlatformKind.REFERENCE ? 1 : t, neighbourList);
    }

    static Ensemble ensemble(String name) {
        try {
            return Ensemble.valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UsageError("--ensemble", "must be nve or nvt (got '" + name + "')");
        }
    }
}
