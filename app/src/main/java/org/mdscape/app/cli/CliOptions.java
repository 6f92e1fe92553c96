package org.mdscape.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import org.mdscape.engine.io.ExtendedXyzReader;
import org.mdscape.engine.io.XyzFrame;
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

    /** The first frame of an extended-XYZ file named by --input; unreadable input is a usage error. */
    static XyzFrame readFrame(Path input) {
        try {
            return ExtendedXyzReader.readFirstFrame(input);
        } catch (NoSuchFileException e) {
            throw new UsageError("--input", "no such file: " + input);
        } catch (IOException e) {
            throw new UsageError("--input", "cannot read " + (Files.isDirectory(input) ? input + " (a folder)" : e.getMessage()));
        }
    }

    static Ensemble ensemble(String name) {
        try {
            return Ensemble.valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UsageError("--ensemble", "must be nve or nvt (got '" + name + "')");
        }
    }
}
