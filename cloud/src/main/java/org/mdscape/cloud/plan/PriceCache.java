package org.mdscape.cloud.plan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mdscape.engine.surrogate.UserDataFolder;

/**
 * Fetched rates kept in the user's data folder ({@code prices/billing-catalog-REGION.json}) with their fetch
 * time and the catalog they came from, so that planning works offline for {@link FetchedRates#FRESH_FOR}
 * after one fetch. A file that cannot be read is treated as absent: the cache only ever saves a fetch.
 */
public final class PriceCache {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** A fetched rate table and the catalog it came from. */
    public record Entry(String catalog, FetchedRates rates) {
    }

    private final Path folder;

    public PriceCache(Path folder) {
        this.folder = folder;
    }

    /** The cache in the user's data folder (MDSCAPE_DATA_HOME or the platform's convention). */
    public static PriceCache inUserDataFolder() {
        return new PriceCache(UserDataFolder.locate().resolve("prices"));
    }

    public Path file(String region) {
        if (!region.matches("[a-z0-9-]+")) {
            throw new IllegalArgumentException("not a region name: " + region);
        }
        return folder.resolve("billing-catalog-" + region + ".json");
    }

    public Optional<Entry> read(String region) {
        Path file = file(region);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            JsonNode root = JSON.readTree(file.toFile());
            List<FamilyRate> families = new ArrayList<>();
            for (JsonNode f : root.withArray("families")) {
                families.add(new FamilyRate(f.get("family").asText(), f.get("onDemandCore").asDouble(),
                        f.get("onDemandRam").asDouble(), f.get("preemptibleCore").asDouble(),
                        f.get("preemptibleRam").asDouble()));
            }
            FetchedRates rates = new FetchedRates(root.get("region").asText(), Instant.parse(root.get("fetchedAt").asText()),
                    root.get("skuCount").asInt(), families);
            return rates.region().equals(region) ? Optional.of(new Entry(root.get("catalog").asText(), rates)) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // a damaged cache costs one fetch, never a plan
        }
    }

    /** Writes the entry whole or not at all (a temporary file moved into place), so a reader never sees half. */
    public void write(Entry entry) throws IOException {
        FetchedRates r = entry.rates();
        ObjectNode root = JSON.createObjectNode();
        root.put("catalog", entry.catalog());
        root.put("region", r.region());
        root.put("fetchedAt", r.fetchedAt().toString());
        root.put("skuCount", r.skuCount());
        root.put("units", "US dollars per vCPU-hour (core) and per GiB-hour (RAM)");
        ArrayNode families = root.putArray("families");
        for (FamilyRate f : r.families()) {
            families.addObject().put("family", f.family()).put("onDemandCore", f.onDemandCore())
                    .put("onDemandRam", f.onDemandRam()).put("preemptibleCore", f.preemptibleCore())
                    .put("preemptibleRam", f.preemptibleRam());
        }
        Files.createDirectories(folder);
        Path file = file(r.region());
        Path partial = Files.createTempFile(folder, "billing-catalog-", ".partial");
        try {
            JSON.writeValue(partial.toFile(), root);
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
    }
}
