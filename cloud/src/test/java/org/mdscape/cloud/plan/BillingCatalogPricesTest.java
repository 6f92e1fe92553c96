package org.mdscape.cloud.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Live prices from the real Cloud Billing client against {@link FakeCloudCatalog} on a loopback port. */
class BillingCatalogPricesTest {
    private static final Instant NOW = Instant.parse("2026-05-02T08:00:00Z");
    private static final DatedPriceTable TABLE = DatedPriceTable.US_CENTRAL1;
    private static final List<String> BAG_TYPES = List.of("n1-highcpu-16", "n2-highcpu-32");

    @TempDir
    Path dataFolder;

    private static Clock at(Instant t) {
        return Clock.fixed(t, ZoneOffset.UTC);
    }

    private PriceSources sources(FakeCloudCatalog fake, Instant now) {
        return PriceSources.of(TABLE, BillingCatalogSource.at(fake.endpoint(), Duration.ofSeconds(2), Duration.ofSeconds(5)),
                new PriceCache(dataFolder), at(now));
    }

    /** A SKU's US-dollar unit price read straight from the fixture (units + nanos), by SKU id. */
    private static double usd(JsonNode fixture, String skuId) {
        for (JsonNode sku : fixture.at("/skus/services~16F81-5844-456A")) {
            if (sku.get("skuId").asText().equals(skuId)) {
                JsonNode price = sku.at("/pricingInfo/0/pricingExpression/tieredRates/0/unitPrice");
                return Long.parseLong(price.get("units").asText()) + price.get("nanos").asLong() / 1e9;
            }
        }
        throw new AssertionError("no SKU " + skuId + " in the fixture");
    }

    @Test
    void pricesFromTheCatalogAreCoreTimesVcpusPlusRamTimesGib() throws Exception {
        JsonNode fixture = FakeCloudCatalog.fixture();
        // The fixture's us-central1 SKUs, picked by hand: {on-demand core, on-demand RAM, spot core, spot RAM}.
        double n1Core = usd(fixture, "9431-52B2-1A49");
        double n1Ram = usd(fixture, "F449-33EC-A5EF");
        double n1SpotCore = usd(fixture, "1B5A-5F8C-2CBA");
        double n1SpotRam = usd(fixture, "A4CE-3F0A-2E1D");
        double n2Core = usd(fixture, "BB77-5FDA-69D9");
        double n2Ram = usd(fixture, "5E98-4DA0-9A6C");
        double n2SpotCore = usd(fixture, "F6A5-42C5-7C17");
        double n2SpotRam = usd(fixture, "6A7E-2B9C-5D1F"); // the very last SKU: only there if every page was read

        try (FakeCloudCatalog fake = new FakeCloudCatalog(2, FakeCloudCatalog.Behaviour.SERVE)) {
            PriceSelection chosen = sources(fake, NOW).choose(PriceMode.AUTO, BAG_TYPES);
            assertTrue(chosen.live(), chosen.summary());
            PriceCatalog live = chosen.catalog();
            assertEquals("prices: Cloud Billing Catalog, fetched 2026-05-02T08:00:00Z", chosen.summary());
            assertEquals(LocalDate.of(2026, 5, 2), live.asOf());
            assertTrue(live.source().startsWith("Cloud Billing Catalog, fetched 2026-05-02T08:00:00Z"), live.source());

            // n1-standard-1: 1 vCPU, 3.75 GiB; n1-highcpu-16: 16 vCPUs, 14.4 GiB; n2-highcpu-32: 32 vCPUs, 32 GiB.
            assertPrice(live, "n1-standard-1", 1 * n1Core + 3.75 * n1Ram, 1 * n1SpotCore + 3.75 * n1SpotRam);
            assertPrice(live, "n1-highcpu-16", 16 * n1Core + 14.4 * n1Ram, 16 * n1SpotCore + 14.4 * n1SpotRam);
            assertPrice(live, "n2-highcpu-32", 32 * n2Core + 32 * n2Ram, 32 * n2SpotCore + 32 * n2SpotRam);
            assertPrice(live, "n2-highcpu-4", 4 * n2Core + 4 * n2Ram, 4 * n2SpotCore + 4 * n2SpotRam);
            assertEquals(TABLE.all().size(), live.all().size(), "every machine type of the table is priced");
            // Same shapes as the table: only the prices are live.
            for (MachinePrice p : live.all()) {
                MachinePrice row = TABLE.find(p.machineType()).orElseThrow();
                assertEquals(row.vcpus(), p.vcpus());
                assertEquals(row.memoryGb(), p.memoryGb());
            }

            // 3 services in pages of 2, then 29 SKUs in pages of 2: 2 + 15 requests, all in US dollars.
            List<String> serviceRequests = fake.requests().stream().filter(r -> r.matches("GET /v1/services(\\?.*)?")).toList();
            List<String> skuRequests = fake.requests().stream().filter(r -> r.contains("/skus")).toList();
            assertEquals(2, serviceRequests.size(), fake.requests().toString());
            assertEquals(15, skuRequests.size(), fake.requests().toString());
            assertTrue(skuRequests.stream().allMatch(r -> r.startsWith("GET /v1/services/6F81-5844-456A/skus?")
                    && r.contains("currencyCode=USD")), skuRequests.toString());
            assertTrue(skuRequests.get(14).contains("pageToken=28"), skuRequests.get(14));
        }
    }

    private static void assertPrice(PriceCatalog catalog, String type, double onDemand, double spot) {
        MachinePrice p = catalog.find(type).orElseThrow(() -> new AssertionError("no live price for " + type));
        assertEquals(onDemand, p.onDemandPerHour(), 1e-12, type + " on-demand");
        assertEquals(spot, p.spotPerHour(), 1e-12, type + " spot");
    }

    @Test
    void familiesNeedAllFourRatesAndOnlyExactDescriptionsCount() throws Exception {
        try (FakeCloudCatalog fake = new FakeCloudCatalog(50, FakeCloudCatalog.Behaviour.SERVE)) {
            FetchedRates rates = BillingCatalogSource.at(fake.endpoint(), Duration.ofSeconds(2), Duration.ofSeconds(5))
                    .fetch("us-central1", at(NOW));
            assertEquals(29, rates.skuCount());
            // n4 has no Spot SKUs in the fixture, so it is left out rather than priced by halves.
            assertEquals(List.of("c2", "e2", "n1", "n2", "n2d"), rates.families().stream().map(FamilyRate::family).toList());
            FamilyRate n1 = rates.family("n1").orElseThrow();
            // Not the custom-machine SKU ($0.033174), not the Los Angeles one ($0.037948), not the commitment.
            assertEquals(0.031611, n1.onDemandCore(), 1e-12);
            FamilyRate c2 = rates.family("c2").orElseThrow();
            assertEquals(0.03398, c2.onDemandCore(), 1e-12); // "Compute optimized Core running in Americas"
            assertEquals(0.00106, c2.preemptibleRam(), 1e-12);
            // us-west1 is in the Americas SKUs' list; us-west2 only in the Los Angeles core SKU, which has no RAM twin.
            FetchedRates west = BillingCatalogSource.at(fake.endpoint(), Duration.ofSeconds(2), Duration.ofSeconds(5))
                    .fetch("us-west1", at(NOW));
            assertEquals(0.031611, west.family("n1").orElseThrow().onDemandCore(), 1e-12);
            LivePricesUnavailableException none = assertThrows(LivePricesUnavailableException.class,
                    () -> BillingCatalogSource.at(fake.endpoint(), Duration.ofSeconds(2), Duration.ofSeconds(5))
                            .fetch("us-west2", at(NOW)));
            assertEquals("no Compute Engine core and RAM SKUs name us-west2 (29 SKUs read)", none.getMessage());
        }
    }

    @Test
    void secondPlanUsesTheCacheWithoutContactingTheCatalogAndRefetchesAfterADay() throws Exception {
        try (FakeCloudCatalog fake = new FakeCloudCatalog(10, FakeCloudCatalog.Behaviour.SERVE)) {
            PriceSelection first = sources(fake, NOW).choose(PriceMode.AUTO, BAG_TYPES);
            int afterFirst = fake.requests().size();
            assertTrue(afterFirst > 0);
            Path file = dataFolder.resolve("billing-catalog-us-central1.json");
            assertTrue(Files.isRegularFile(file));
            assertTrue(Files.readString(file).contains("\"fetchedAt\" : \"2026-05-02T08:00:00Z\""), Files.readString(file));

            PriceSelection second = sources(fake, NOW.plus(Duration.ofHours(23))).choose(PriceMode.AUTO, BAG_TYPES);
            assertEquals(afterFirst, fake.requests().size(), "the cached prices must be used without a request");
            assertTrue(second.live());
            assertEquals("prices: Cloud Billing Catalog, fetched 2026-05-02T08:00:00Z (cached; refetched after 24 h)",
                    second.summary());
            for (MachinePrice p : first.catalog().all()) {
                assertEquals(p, second.catalog().find(p.machineType()).orElseThrow());
            }

            PriceSelection dayLater = sources(fake, NOW.plus(Duration.ofHours(25))).choose(PriceMode.AUTO, BAG_TYPES);
            assertEquals(2 * afterFirst, fake.requests().size(), "a day-old cache is refetched");
            assertEquals("prices: Cloud Billing Catalog, fetched 2026-05-03T09:00:00Z", dayLater.summary());
        }
    }

    @Test
    void cacheWorksOfflineButOnlyForTheCatalogThatFilledIt() throws Exception {
        String endpoint;
        try (FakeCloudCatalog fake = new FakeCloudCatalog(10, FakeCloudCatalog.Behaviour.SERVE)) {
            endpoint = fake.endpoint();
            sources(fake, NOW).choose(PriceMode.LIVE, BAG_TYPES);
        }
        // The catalog is gone: the cache still plans.
        PriceSources offline = PriceSources.of(TABLE, BillingCatalogSource.at(endpoint, Duration.ofSeconds(2),
                Duration.ofSeconds(5)), new PriceCache(dataFolder), at(NOW.plusSeconds(60)));
        assertTrue(offline.choose(PriceMode.LIVE, BAG_TYPES).live());
        // Another catalog does not inherit this one's prices.
        try (FakeCloudCatalog other = new FakeCloudCatalog(10, FakeCloudCatalog.Behaviour.SERVE)) {
            sources(other, NOW.plusSeconds(60)).choose(PriceMode.AUTO, BAG_TYPES);
            assertFalse(other.requests().isEmpty());
        }
    }

    @Test
    void http500FallsBackToTheDatedTableAndSaysWhy() throws Exception {
        try (FakeCloudCatalog fake = new FakeCloudCatalog(10, FakeCloudCatalog.Behaviour.FAIL_500)) {
            PriceSelection chosen = sources(fake, NOW).choose(PriceMode.AUTO, BAG_TYPES);
            assertSame(TABLE, chosen.catalog());
            assertEquals("prices: dated table of 2026-11-25 (live catalog unavailable: the catalog answered INTERNAL (HTTP 500))",
                    chosen.summary());
            assertEquals(1, fake.requests().size(), "no retries: " + fake.requests());
            assertFalse(Files.exists(dataFolder.resolve("billing-catalog-us-central1.json")), "a failure is not cached");
            LivePricesUnavailableException e = assertThrows(LivePricesUnavailableException.class,
                    () -> sources(fake, NOW).choose(PriceMode.LIVE, BAG_TYPES));
            assertEquals("the catalog answered INTERNAL (HTTP 500)", e.getMessage());
        }
    }

    @Test
    void aCatalogThatNeverAnswersFallsBackWithinTheTimeout() throws Exception {
        try (FakeCloudCatalog fake = new FakeCloudCatalog(10, FakeCloudCatalog.Behaviour.STALL)) {
            PriceSources sources = PriceSources.of(TABLE, BillingCatalogSource.at(fake.endpoint(), Duration.ofMillis(500),
                    Duration.ofMillis(1500)), new PriceCache(dataFolder), at(NOW));
            long start = System.nanoTime();
            PriceSelection chosen = sources.choose(PriceMode.AUTO, BAG_TYPES);
            double seconds = (System.nanoTime() - start) / 1e9;
            assertSame(TABLE, chosen.catalog());
            assertTrue(seconds < 5, "took " + seconds + " s");
            assertTrue(chosen.summary().startsWith("prices: dated table of 2026-11-25 (live catalog unavailable: "),
                    chosen.summary());
            assertTrue(chosen.liveUnavailable().orElseThrow().matches("no answer from the catalog (in time|within 1.5 s).*"),
                    chosen.summary());
        }
    }

    @Test
    void anUnreachableCatalogIsNamedAsSuchNotAsAServerError() throws Exception {
        String closed;
        try (FakeCloudCatalog fake = new FakeCloudCatalog(10, FakeCloudCatalog.Behaviour.SERVE)) {
            closed = fake.endpoint(); // nothing listens here once the fake is closed
        }
        PriceSources sources = PriceSources.of(TABLE, BillingCatalogSource.at(closed, Duration.ofSeconds(2),
                Duration.ofSeconds(5)), new PriceCache(dataFolder), at(NOW));
        PriceSelection chosen = sources.choose(PriceMode.AUTO, BAG_TYPES);
        assertSame(TABLE, chosen.catalog());
        assertTrue(chosen.liveUnavailable().orElseThrow().startsWith("cannot reach the catalog (ConnectException"),
                chosen.summary());
    }

    @Test
    void withoutCredentialsTheTableIsUsedAndNothingIsContacted() throws Exception {
        try (FakeCloudCatalog fake = new FakeCloudCatalog(10, FakeCloudCatalog.Behaviour.SERVE)) {
            BillingCatalogSource source = BillingCatalogSource.at(fake.endpoint(), Duration.ofSeconds(2), Duration.ofSeconds(5));
            // A fresh cache from an earlier session with credentials is not used without them.
            new PriceCache(dataFolder).write(new PriceCache.Entry(source.catalog(), new FetchedRates("us-central1", NOW, 4,
                    List.of(new FamilyRate("n1", 1, 1, 1, 1), new FamilyRate("n2", 1, 1, 1, 1)))));
            PriceSources sources = PriceSources.withoutCredentials(TABLE, source, new PriceCache(dataFolder), at(NOW));
            PriceSelection chosen = sources.choose(PriceMode.AUTO, BAG_TYPES);
            assertSame(TABLE, chosen.catalog());
            assertEquals("prices: dated table of 2026-11-25 (live catalog unavailable: no Application Default Credentials)",
                    chosen.summary());
            assertEquals("prices: dated table of 2026-11-25 (--prices table)", sources.choose(PriceMode.TABLE, BAG_TYPES).summary());
            assertThrows(LivePricesUnavailableException.class, () -> sources.choose(PriceMode.LIVE, BAG_TYPES));
            assertTrue(fake.requests().isEmpty(), fake.requests().toString());
        }
    }

    @Test
    void aMachineTypeTheCatalogCannotPriceMeansTheTable() throws Exception {
        DatedPriceTable withN4 = new DatedPriceTable("us-central1", "constructed", LocalDate.of(2026, 1, 1), List.of(
                new MachinePrice("n1-highcpu-16", 16, 14.4, 0.5, 0.1), new MachinePrice("n4-standard-2", 2, 8, 0.1, 0.03)));
        try (FakeCloudCatalog fake = new FakeCloudCatalog(50, FakeCloudCatalog.Behaviour.SERVE)) {
            PriceSources sources = PriceSources.of(withN4, BillingCatalogSource.at(fake.endpoint(), Duration.ofSeconds(2),
                    Duration.ofSeconds(5)), new PriceCache(dataFolder), at(NOW));
            assertTrue(sources.choose(PriceMode.AUTO, List.of("n1-highcpu-16")).live());
            PriceSelection n4 = sources.choose(PriceMode.AUTO, List.of("n1-highcpu-16", "n4-standard-2"));
            assertSame(withN4, n4.catalog());
            assertEquals("no core and RAM SKUs in us-central1 for n4-standard-2", n4.liveUnavailable().orElseThrow());
        }
    }

    @Test
    void damagedCacheIsIgnored() throws IOException {
        Files.writeString(dataFolder.resolve("billing-catalog-us-central1.json"), "{\"region\": \"us-central1\", \"fetchedAt\": ");
        assertTrue(new PriceCache(dataFolder).read("us-central1").isEmpty());
        assertThrows(IllegalArgumentException.class, () -> new PriceCache(dataFolder).file("../etc"));
    }

    @Test
    void credentialsAreFoundWhereTheClientLibraryLooksWithoutAskingTheNetwork(@TempDir Path home) throws IOException {
        Path noDmi = home.resolve("no-dmi");
        assertEquals(new ApplicationDefaultCredentials.Lookup(false, "no Application Default Credentials"),
                ApplicationDefaultCredentials.lookup(Map.of(), home, "Linux", noDmi));
        Path key = Files.writeString(home.resolve("sa.json"), "{}");
        assertTrue(ApplicationDefaultCredentials.lookup(Map.of("GOOGLE_APPLICATION_CREDENTIALS", key.toString()), home,
                "Linux", noDmi).found());
        assertEquals("GOOGLE_APPLICATION_CREDENTIALS names no file", ApplicationDefaultCredentials.lookup(
                Map.of("GOOGLE_APPLICATION_CREDENTIALS", home.resolve("gone.json").toString()), home, "Linux", noDmi).detail());
        Path gcloud = Files.createDirectories(home.resolve(".config").resolve("gcloud"));
        Files.writeString(gcloud.resolve("application_default_credentials.json"), "{}");
        assertTrue(ApplicationDefaultCredentials.lookup(Map.of(), home, "Linux", noDmi).found());
        assertFalse(ApplicationDefaultCredentials.lookup(Map.of("CLOUDSDK_CONFIG", home.resolve("empty").toString()), home,
                "Linux", noDmi).found());
        Path dmi = Files.writeString(home.resolve("product_name"), "Google Compute Engine\n");
        Map<String, String> elsewhere = Map.of("CLOUDSDK_CONFIG", home.resolve("empty").toString());
        assertEquals("Compute Engine metadata server", ApplicationDefaultCredentials.lookup(elsewhere, home, "Linux", dmi).detail());
        assertFalse(ApplicationDefaultCredentials.lookup(Map.of("CLOUDSDK_CONFIG", home.resolve("empty").toString(),
                "NO_GCE_CHECK", "true"), home, "Linux", dmi).found());
    }

    @Test
    void priceModeNamesTheAllowedValues() {
        assertEquals(PriceMode.LIVE, PriceMode.parse(" Live "));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PriceMode.parse("cheap"));
        assertEquals("must be auto, table or live (got 'cheap')", e.getMessage());
    }
}
