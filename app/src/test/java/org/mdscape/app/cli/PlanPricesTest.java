package org.mdscape.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mdscape.app.cli.PlanCommandTest.Outcome;
import org.mdscape.cloud.plan.FakeCloudCatalog;

/**
 * {@code mdscape plan --prices}: live prices from a local fake Cloud Billing Catalog (the endpoint override
 * needs no credentials), the cache, and the fallback to the dated table. Prints the two price lines it sees.
 */
class PlanPricesTest {
    private static final List<String> BAG = List.of("plan", "--jobs", "100", "--job-core-hours", "64",
            "--machine-types", "n1-highcpu-16", "--vms", "32");

    @TempDir
    Path dataHome;

    @BeforeEach
    void isolateDataFolder() {
        System.setProperty("mdscape.dataHome", dataHome.toString());
    }

    @AfterEach
    void restore() {
        System.clearProperty("mdscape.dataHome");
        System.clearProperty("mdscape.billingEndpoint");
    }

    private static List<String> bag(String... more) {
        List<String> args = new ArrayList<>(BAG);
        args.addAll(List.of(more));
        return args;
    }

    private static String priceLine(Outcome o) {
        return o.out().lines().filter(l -> l.startsWith("prices: ")).findFirst().orElseThrow(() -> new AssertionError(o.out()));
    }

    /** US dollars per unit of a fixture SKU, read from the fixture itself. */
    private static double usd(JsonNode fixture, String skuId) {
        for (JsonNode sku : fixture.at("/skus/services~16F81-5844-456A")) {
            if (sku.get("skuId").asText().equals(skuId)) {
                JsonNode price = sku.at("/pricingInfo/0/pricingExpression/tieredRates/0/unitPrice");
                return Long.parseLong(price.get("units").asText()) + price.get("nanos").asLong() / 1e9;
            }
        }
        throw new AssertionError(skuId);
    }

    @Test
    void liveWithTheFakeCatalogThenTableThenCached() throws Exception {
        JsonNode fixture = FakeCloudCatalog.fixture();
        // n1-highcpu-16: 16 vCPUs x the n1 core SKU + 14.4 GiB x the n1 RAM SKU, per hour.
        double n1Highcpu16 = 16 * usd(fixture, "9431-52B2-1A49") + 14.4 * usd(fixture, "F449-33EC-A5EF");
        try (FakeCloudCatalog fake = new FakeCloudCatalog(5, FakeCloudCatalog.Behaviour.SERVE)) {
            System.setProperty("mdscape.billingEndpoint", fake.endpoint());

            Outcome table = PlanCommandTest.run(bag("--prices", "table"));
            assertEquals(0, table.code(), table.err());
            assertEquals("prices: dated table of 2026-11-25 (--prices table)", priceLine(table));
            assertTrue(fake.requests().isEmpty(), fake.requests().toString());

            Outcome live = PlanCommandTest.run(bag());
            assertEquals(0, live.code(), live.err());
            assertTrue(priceLine(live).matches("prices: Cloud Billing Catalog, fetched \\d{4}-\\d\\d-\\d\\dT[0-9:]+Z"), live.out());
            int requests = fake.requests().size();
            assertTrue(requests > 2, fake.requests().toString());
            System.out.println("mdscape plan --prices table -> " + priceLine(table));
            System.out.println("mdscape plan (auto, fake catalog) -> " + priceLine(live));

            Outcome json = PlanCommandTest.run(bag("--prices", "live", "--json"));
            assertEquals(0, json.code(), json.err());
            assertEquals(requests, fake.requests().size(), "the second plan must use the cache");
            JsonNode prices = new ObjectMapper().readTree(json.out()).get("prices");
            assertEquals("cloud-billing-catalog", prices.get("origin").asText());
            assertTrue(prices.get("fromCache").asBoolean());
            assertTrue(prices.get("source").asText().startsWith("Cloud Billing Catalog, fetched "), prices.toString());
            assertEquals(prices.get("fetchedAt").asText().substring(0, 10), prices.get("asOf").asText());
            for (JsonNode option : new ObjectMapper().readTree(json.out()).get("options")) {
                // 100 jobs x 64 core-hours / 16 vCPUs = 4 h each at the catalog's hourly price.
                assertEquals(100 * 4 * n1Highcpu16, option.get("onDemandCostUsd").asDouble(), 1e-9);
            }
        }
    }

    @Test
    void failingCatalogFallsBackInAutoAndFailsInLive() throws Exception {
        try (FakeCloudCatalog fake = new FakeCloudCatalog(5, FakeCloudCatalog.Behaviour.FAIL_500)) {
            System.setProperty("mdscape.billingEndpoint", fake.endpoint());
            Outcome auto = PlanCommandTest.run(bag("--json"));
            assertEquals(0, auto.code(), auto.err());
            JsonNode prices = new ObjectMapper().readTree(auto.out()).get("prices");
            assertEquals("dated-table", prices.get("origin").asText());
            assertEquals("2026-11-25", prices.get("asOf").asText());
            assertEquals("the catalog answered INTERNAL (HTTP 500)", prices.get("liveUnavailable").asText());
            Outcome text = PlanCommandTest.run(bag());
            assertEquals("prices: dated table of 2026-11-25 (live catalog unavailable: the catalog answered INTERNAL (HTTP 500))",
                    priceLine(text));

            Outcome live = PlanCommandTest.run(bag("--prices", "live"));
            assertEquals(1, live.code(), live.out());
            assertEquals(1, live.err().strip().lines().count(), live.err());
            assertTrue(live.err().startsWith("mdscape: failed: --prices live: live catalog unavailable: the catalog answered "
                    + "INTERNAL (HTTP 500)"), live.err());
            assertFalse(live.out().contains("chosen"), live.out());
        }
    }

    @Test
    void withoutCredentialsOrEndpointAutoUsesTheTableAndSaysWhy() {
        Outcome o = PlanCommandTest.run(BAG);
        assertEquals(0, o.code(), o.err());
        assertEquals("prices: dated table of 2026-11-25 (live catalog unavailable: no Application Default Credentials)",
                priceLine(o));
    }

    @Test
    void unknownPriceModeIsBadInput() {
        Outcome o = PlanCommandTest.run(bag("--prices", "cheapest"));
        assertEquals(2, o.code(), o.err());
        assertEquals("mdscape: --prices: must be auto, table or live (got 'cheapest')", o.err().strip());
    }
}
