package org.mdscape.engine.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Our Parquet files as a reader we did not write sees them: hyparquet (npm), run by node. It is looked for
 * in target/readers/ at the repository root (CI installs it there; see .ci/run); without it the test is
 * skipped, unless MDSCAPE_REQUIRE_READERS is set.
 */
class ParquetExportTest {
    static final Path READERS = Path.of("..", "target", "readers").toAbsolutePath().normalize();

    static final String SCRIPT = """
            import { parquetReadObjects, parquetMetadata } from 'hyparquet'
            import { readFileSync } from 'fs'
            const b = readFileSync(process.argv[2])
            const file = b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength)
            const meta = parquetMetadata(file)
            const rows = await parquetReadObjects({ file })
            const schema = meta.schema.slice(1).map(s => ({ name: s.name, type: s.type,
                logical: s.logical_type ? s.logical_type.type : null }))
            console.log(JSON.stringify({ numRows: Number(meta.num_rows), schema, rows },
                (k, v) => typeof v === 'bigint' ? v.toString() : v))
            """;

    /** Reads {@code file} with hyparquet; returns its JSON rendering. */
    static JsonNode readWithHyparquet(Path file) throws Exception {
        boolean present = Files.isDirectory(READERS.resolve("node_modules/hyparquet"));
        if (!present && System.getenv("MDSCAPE_REQUIRE_READERS") != null) {
            throw new AssertionError("hyparquet is required in CI: npm install --prefix target/readers hyparquet@1.31.5");
        }
        assumeTrue(present, "hyparquet not installed in " + READERS);
        Path script = READERS.resolve("read-parquet.mjs");
        Files.writeString(script, SCRIPT);
        Process p = new ProcessBuilder("node", script.toString(), file.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(true, p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0, out);
        return new ObjectMapper().readTree(out);
    }

    @Test
    void hyparquetReadsEveryCellTypeAndNull(@TempDir Path dir) throws Exception {
        List<ExportTable.Column> cols = List.of(new ExportTable.Column("job", ExportTable.Type.LONG),
                new ExportTable.Column("h", ExportTable.Type.DOUBLE), new ExportTable.Column("state", ExportTable.Type.STRING),
                new ExportTable.Column("contactPlus_M", ExportTable.Type.DOUBLE));
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            // Awkward doubles (0.1 + 0.2, tiny, huge), a 64-bit integer, non-ASCII text and runs of nulls.
            rows.add(new Object[] {i == 39 ? Long.MAX_VALUE : (long) i, i * 0.1 + 0.2, i % 3 == 0 ? "done" : "échoué σ",
                    i % 7 < 3 ? null : i == 5 ? 1e-300 : i * 1e200});
        }
        ExportTable table = new ExportTable(cols, rows);
        Path file = dir.resolve("t.parquet");
        ParquetTableWriter.write(table, file);
        JsonNode r = readWithHyparquet(file);
        assertEquals(40, r.get("numRows").asInt());
        assertEquals("[\"job\",\"h\",\"state\",\"contactPlus_M\"]",
                new ObjectMapper().writeValueAsString(r.get("schema").findValuesAsText("name")));
        assertEquals("STRING", r.get("schema").get(2).get("logical").asText());
        for (int i = 0; i < 40; i++) {
            JsonNode row = r.get("rows").get(i);
            Object[] expected = rows.get(i);
            assertEquals(expected[0].toString(), row.get("job").asText());
            assertEquals((double) expected[1], Double.parseDouble(row.get("h").asText()), 0.0, "row " + i);
            assertEquals(expected[2], row.get("state").asText());
            if (expected[3] == null) {
                assertTrue(row.get("contactPlus_M") == null || row.get("contactPlus_M").isNull(), "row " + i);
            } else {
                assertEquals((double) expected[3], Double.parseDouble(row.get("contactPlus_M").asText()), 0.0, "row " + i);
            }
        }
    }

    /** A campaign's export: the Parquet files hold exactly the CSV files' header, rows and cells (null = empty). */
    @Test
    void parquetAndCsvExportsOfACampaignAgree(@TempDir Path dir) throws Exception {
        try (CampaignStore store = TinyCampaigns.create(dir, "pq", 400, 200, 2)) {
            new LocalExecutor(2, 1).execute(store, ExecutionListener.NONE);
            for (ExportTable t : List.of(CampaignExport.points(store), CampaignExport.profiles(store))) {
                Path csv = dir.resolve("t.csv"), pq = dir.resolve("t.parquet");
                CampaignExport.writeCsv(t, csv);
                ParquetTableWriter.write(t, pq);
                List<String> lines = Files.readAllLines(csv);
                JsonNode r = readWithHyparquet(pq);
                String[] header = lines.getFirst().split(",");
                assertEquals(List.of(header), r.get("schema").findValuesAsText("name"));
                assertEquals(lines.size() - 1, r.get("numRows").asInt());
                for (int i = 1; i < lines.size(); i++) {
                    String[] cells = lines.get(i).split(",", -1);
                    JsonNode row = r.get("rows").get(i - 1);
                    for (int k = 0; k < header.length; k++) {
                        JsonNode v = row.get(header[k]);
                        if (cells[k].isEmpty()) {
                            assertTrue(v == null || v.isNull(), header[k] + " row " + i);
                        } else if (t.columns().get(k).type() == ExportTable.Type.DOUBLE) {
                            assertEquals(Double.parseDouble(cells[k]), Double.parseDouble(v.asText()), 0.0, header[k]);
                        } else {
                            assertEquals(cells[k], v.asText(), header[k] + " row " + i);
                        }
                    }
                }
            }
        }
    }
}
