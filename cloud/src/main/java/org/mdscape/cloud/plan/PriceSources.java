package org.mdscape.cloud.plan;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Chooses a plan's prices: the dated table, or live rates from the Cloud Billing Catalog (a cached fetch when
 * one of the same catalog is under {@link FetchedRates#FRESH_FOR} old, else a new fetch that is then cached).
 *
 * <p>{@link PriceMode#AUTO} goes live only where credentials exist, and falls back to the table, saying why,
 * when they do not or the fetch fails or times out; {@link PriceMode#LIVE} fails instead of falling back.
 * The cache is consulted only on the live path, so without credentials the table is used even if an old
 * fetch lies in the data folder. An endpoint set in MDSCAPE_BILLING_ENDPOINT (or the system property
 * {@code mdscape.billingEndpoint}), e.g. a local fake catalog, counts as available and gets no credentials.
 */
public final class PriceSources {
    private final DatedPriceTable table;
    private final ApplicationDefaultCredentials.Lookup credentials;
    private final BillingCatalogSource catalog;
    private final PriceCache cache;
    private final Clock clock;

    PriceSources(DatedPriceTable table, ApplicationDefaultCredentials.Lookup credentials, BillingCatalogSource catalog,
            PriceCache cache, Clock clock) {
        this.table = table;
        this.credentials = credentials;
        this.catalog = catalog;
        this.cache = cache;
        this.clock = clock;
    }

    /** The built-in us-central1 table, this user's credentials and cache, Google's endpoint unless overridden. */
    public static PriceSources forThisUser() {
        String endpoint = System.getenv("MDSCAPE_BILLING_ENDPOINT");
        if (endpoint == null || endpoint.isBlank()) {
            endpoint = System.getProperty("mdscape.billingEndpoint");
        }
        boolean overridden = endpoint != null && !endpoint.isBlank();
        return new PriceSources(DatedPriceTable.US_CENTRAL1,
                overridden ? new ApplicationDefaultCredentials.Lookup(true, "none needed for " + endpoint)
                        : ApplicationDefaultCredentials.here(),
                overridden ? BillingCatalogSource.at(endpoint.strip(), Duration.ofSeconds(10), Duration.ofSeconds(30))
                        : BillingCatalogSource.google(),
                PriceCache.inUserDataFolder(), Clock.systemUTC());
    }

    /** For a fake or private catalog: no credentials needed. */
    static PriceSources of(DatedPriceTable table, BillingCatalogSource catalog, PriceCache cache, Clock clock) {
        return new PriceSources(table, new ApplicationDefaultCredentials.Lookup(true, "none needed"), catalog, cache, clock);
    }

    static PriceSources withoutCredentials(DatedPriceTable table, BillingCatalogSource catalog, PriceCache cache,
            Clock clock) {
        return new PriceSources(table, new ApplicationDefaultCredentials.Lookup(false, ApplicationDefaultCredentials.NONE),
                catalog, cache, clock);
    }

    public DatedPriceTable table() {
        return table;
    }

    /**
     * Prices for a plan over these machine types.
     *
     * @throws LivePricesUnavailableException only in {@link PriceMode#LIVE}, with the reason
     */
    public PriceSelection choose(PriceMode mode, List<String> machineTypes) throws LivePricesUnavailableException {
        if (mode == PriceMode.TABLE) {
            return new PriceSelection(table, "prices: dated table of " + table.asOf() + " (--prices table)", Optional.empty());
        }
        try {
            BillingCatalogPrices live = live(machineTypes);
            return new PriceSelection(live, "prices: Cloud Billing Catalog, fetched " + live.rates().fetchedAt()
                    + (live.fromCache() ? " (cached; refetched after 24 h)" : ""), Optional.empty());
        } catch (LivePricesUnavailableException e) {
            if (mode == PriceMode.LIVE) {
                throw e;
            }
            return new PriceSelection(table, "prices: dated table of " + table.asOf() + " (live catalog unavailable: "
                    + e.getMessage() + ")", Optional.of(e.getMessage()));
        }
    }

    private BillingCatalogPrices live(List<String> machineTypes) throws LivePricesUnavailableException {
        if (!credentials.found()) {
            throw new LivePricesUnavailableException(credentials.detail());
        }
        Optional<PriceCache.Entry> cached = cache.read(table.region())
                .filter(e -> e.catalog().equals(catalog.catalog()) && e.rates().freshAt(clock.instant()));
        BillingCatalogPrices prices;
        if (cached.isPresent()) {
            prices = new BillingCatalogPrices(cached.get().rates(), table.all(), true);
        } else {
            FetchedRates fetched = catalog.fetch(table.region(), clock);
            try {
                cache.write(new PriceCache.Entry(catalog.catalog(), fetched));
            } catch (IOException | RuntimeException e) {
                // an unwritable data folder costs a fetch next time, not this plan
            }
            prices = new BillingCatalogPrices(fetched, table.all(), false);
        }
        // A machine type the table knows but the catalog could not price would otherwise fail the plan.
        List<String> unpriced = machineTypes.stream()
                .filter(t -> table.find(t).isPresent() && prices.find(t).isEmpty()).toList();
        if (!unpriced.isEmpty()) {
            throw new LivePricesUnavailableException("no core and RAM SKUs in " + table.region() + " for "
                    + String.join(", ", unpriced));
        }
        return prices;
    }
}
