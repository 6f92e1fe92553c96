package org.mdscape.cloud.plan;

import java.util.Locale;

/**
 * What the user asked for with {@code --checkpoint}: none, a model-based plan per option ("auto"), or a
 * fixed interval of work. Transient-VM options are always also shown without checkpoints, for comparison.
 */
public record CheckpointChoice(Kind kind, double intervalHours) {
    public enum Kind { NONE, AUTO, EVERY }

    public static CheckpointChoice parse(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        switch (t) {
            case "none":
                return new CheckpointChoice(Kind.NONE, 0);
            case "auto":
                return new CheckpointChoice(Kind.AUTO, 0);
            default:
                double minutes;
                try {
                    minutes = Double.parseDouble(t);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("must be auto, none or a number of minutes in (0, 1440] (got '" + text + "')");
                }
                if (!(minutes > 0 && minutes <= 1440)) {
                    throw new IllegalArgumentException("must be auto, none or a number of minutes in (0, 1440] (got " + text + ")");
                }
                return new CheckpointChoice(Kind.EVERY, minutes / 60.0);
        }
    }
}
