package org.mdscape.cloud.plan;

import java.util.Locale;

/** Which prices a plan uses: live when credentials exist (auto), always the dated table, or live or nothing. */
public enum PriceMode {
    AUTO, TABLE, LIVE;

    public static PriceMode parse(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "auto" -> AUTO;
            case "table" -> TABLE;
            case "live" -> LIVE;
            default -> throw new IllegalArgumentException("must be auto, table or live (got '" + text + "')");
        };
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
