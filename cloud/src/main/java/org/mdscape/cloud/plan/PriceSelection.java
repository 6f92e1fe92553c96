package org.mdscape.cloud.plan;

import java.util.Optional;

/**
 * The prices a plan uses and the line that says so: "prices: Cloud Billing Catalog, fetched ..." or
 * "prices: dated table of YYYY-MM-DD (live catalog unavailable: reason)".
 *
 * @param liveUnavailable why the table stands in for live prices; empty when live prices are used or the
 *     table was asked for
 */
public record PriceSelection(PriceCatalog catalog, String summary, Optional<String> liveUnavailable) {
    public boolean live() {
        return catalog instanceof BillingCatalogPrices;
    }
}
