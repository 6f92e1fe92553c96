package org.mdscape.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.mdscape.engine.campaign.CampaignStore;
import org.mdscape.engine.model.InvalidSpecException;
import org.mdscape.engine.model.SpecProblem;

/** Opening campaign files and turning spec problems into the one-line messages of bad input. */
final class CampaignFiles {
    private CampaignFiles() {
    }

    static boolean isCampaignFile(Path p) {
        return p.getFileName() != null && p.getFileName().toString().endsWith(CampaignStore.EXTENSION);
    }

    /** Opens an existing campaign file; a missing or wrong one is bad input (exit 2). */
    static CampaignStore open(Path file) throws IOException {
        if (!isCampaignFile(file)) {
            throw new UsageError(file.toString(), "expected a campaign file NAME" + CampaignStore.EXTENSION);
        }
        if (!Files.isRegularFile(file)) {
            throw new UsageError(file.toString(), "no such campaign file");
        }
        return CampaignStore.open(file);
    }

    /** One line: every problem with its JSON path, the first in full. */
    static UsageError specError(Path spec, InvalidSpecException e) {
        List<SpecProblem> problems = e.problems();
        StringBuilder b = new StringBuilder();
        for (SpecProblem p : problems) {
            if (!b.isEmpty()) {
                b.append("; also ");
            }
            b.append(p.field()).append(": ").append(p.message());
        }
        if (problems.size() > 1) {
            b.append(" (").append(problems.size()).append(" problems)");
        }
        return new UsageError(spec.toString(), b.toString());
    }

    static int checkRange(String option, Integer value, int min, int max) {
        if (value != null && (value < min || value > max)) {
            throw new UsageError(option, "must be in [" + min + ", " + max + "] (got " + value + ")");
        }
        return value == null ? -1 : value;
    }
}
