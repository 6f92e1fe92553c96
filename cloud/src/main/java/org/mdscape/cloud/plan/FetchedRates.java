package org.mdscape.cloud.plan;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Per-family rates read from the Cloud Billing Catalog for one region, and when: what the price cache keeps.
 *
 * @param skuCount the Compute Engine SKUs read, to show the listing was complete
 */
public record FetchedRates(String region, Instant fetchedAt, int skuCount, List<FamilyRate> families) {
    /** Fetched prices are reused this long: Spot prices change at most once a month, list prices rarely. */
    public static final Duration FRESH_FOR = Duration.ofHours(24);

    public FetchedRates {
        families = List.copyOf(families);
    }

    public Optional<FamilyRate> family(String family) {
        return families.stream().filter(f -> f.family().equals(family)).findFirst();
    }

    public boolean freshAt(Instant now) {
        return !now.isBefore(fetchedAt) && Duration.between(fetchedAt, now).compareTo(FRESH_FOR) < 0;
    }
}
