package org.mdscape.cloud;

import java.nio.file.Files;
import java.nio.file.Path;
import org.mdscape.cloud.preemption.HistoryFile;
import org.mdscape.cloud.preemption.PreemptionHistory;

/**
 * The project's reference data lives in {@code shared/data} beside the repository (never copied into it);
 * tests find it by walking up from the working directory.
 */
public final class SharedData {
    private static PreemptionHistory preemptions;

    private SharedData() {
    }

    public static Path preemptionDataFile() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("data").resolve("goog-preemption-data").resolve("data.json");
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("shared/data/goog-preemption-data/data.json not found above " + Path.of("").toAbsolutePath());
    }

    /** The 1,442 VM lifetimes of the SciSpot data set, read once per test JVM. */
    public static synchronized PreemptionHistory preemptions() {
        if (preemptions == null) {
            preemptions = HistoryFile.read(preemptionDataFile());
        }
        return preemptions;
    }
}
