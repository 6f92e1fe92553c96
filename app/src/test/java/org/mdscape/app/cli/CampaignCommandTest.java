package org.mdscape.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code mdscape campaign ...} as a user meets it, with the sqlite3 shell as an outside reader of the file. */
class CampaignCommandTest {
    static final String SPEC = """
            {"name": "sweep", "model": "electrolyte",
             "fixed": {"zp": 2, "zn": -1, "d": 0.5, "anions": 20},
             "parameters": {"h": {"values": [2.5, 3.0]}, "c": {"range": [0.1, 0.2], "count": 2}},
             "sampling": {"method": "grid"}, "replicas": 1,
             "simulation": {"steps": %d, "sampleEvery": 50, "seed": 3},
             "execution": {"workers": 2, "threadsPerJob": 1, "checkpointEvery": 200}}
            """;

    @Test
    void runStatusExportAndExportSpec(@TempDir Path dir) throws Exception {
        Path spec = dir.resolve("sweep.json");
        String json = SPEC.formatted(1000);
        Files.writeString(spec, json);
        var o = CommandLineTest.run("campaign", "run", spec.toString(), "--dir", dir.toString());
        assertEquals(0, o.code(), o.err());
        Path file = dir.resolve("sweep.mdscape");
        assertTrue(o.out().contains("4 done"), o.out());

        o = CommandLineTest.run("campaign", "status", file.toString());
        assertEquals(0, o.code(), o.err());
        assertTrue(o.out().contains("4 jobs: 0 pending, 0 running, 4 done, 0 failed, 0 cancelled, 0 predicted, 4 attempt(s)"), o.out());
        assertTrue(o.out().contains("100.0%"), o.out());

        o = CommandLineTest.run("campaign", "export-spec", file.toString());
        assertEquals(json, o.out(), "the spec comes back as given");

        Path csv = dir.resolve("sweep.csv");
        o = CommandLineTest.run("campaign", "export", file.toString(), "--format", "csv", "--out", csv.toString());
        assertEquals(0, o.code(), o.err());
        List<Map<String, String>> rows = readCsv(csv);
        assertEquals(4, rows.size());
        // Grid order of the spec: h slowest, c fastest.
        assertEquals(List.of("2.5", "2.5", "3.0", "3.0"), rows.stream().map(r -> r.get("h")).toList());
        assertEquals(List.of("0.1", "0.2", "0.1", "0.2"), rows.stream().map(r -> r.get("c")).toList());
        for (Map<String, String> r : rows) {
            assertEquals("done", r.get("state"));
            // N- = 20 anions, z+ = 2: N+ = |z-| N- / z+ = 10.
            assertEquals(10.0, Double.parseDouble(r.get("cations")), r.toString());
            assertEquals(20.0, Double.parseDouble(r.get("anions")), r.toString());
        }
        List<Map<String, String>> profiles = readCsv(dir.resolve("sweep-profiles.csv"));
        // The Parquet twin (its cells are checked against the CSV with hyparquet in the engine's ParquetExportTest).
        Path pq = dir.resolve("sweep.parquet");
        o = CommandLineTest.run("campaign", "export", file.toString(), "--format", "parquet", "--out", pq.toString());
        assertEquals(0, o.code(), o.err());
        for (Path p : List.of(pq, dir.resolve("sweep-profiles.parquet"))) {
            byte[] b = Files.readAllBytes(p);
            assertEquals("PAR1", new String(b, 0, 4, StandardCharsets.US_ASCII));
            assertEquals("PAR1", new String(b, b.length - 4, 4, StandardCharsets.US_ASCII));
        }

        if (sqlite3Available()) {
            // An outside reader: the sqlite3 shell sees WAL mode, a sound file, and the same numbers.
            assertEquals("wal", sqlite3(file, "PRAGMA journal_mode;"));
            assertEquals("ok", sqlite3(file, "PRAGMA integrity_check;"));
            assertEquals(Integer.toString(profiles.size()), sqlite3(file, "SELECT count(*) FROM profile_bin;"));
            String viaSql = sqlite3(file, "SELECT printf('%.17g', value) FROM result_scalar WHERE job_id = 3 AND name = 'contactPlus_M';");
            assertEquals(Double.parseDouble(rows.get(3).get("contactPlus_M")), Double.parseDouble(viaSql));
            assertEquals("2", sqlite3(file, "SELECT count(*) FROM point p JOIN point_value v ON v.point_id = p.id"
                    + " WHERE v.name = 'h' AND v.value = 3.0;"));
            assertEquals("0.2", sqlite3(file, "SELECT json_extract(params_json, '$.c') FROM point WHERE id = 1;"));
        }
    }

    @Test
    void cancelStopsARunningCampaignAndResumeFinishesIt(@TempDir Path dir) throws Exception {
        Path spec = dir.resolve("sweep.json");
        Files.writeString(spec, SPEC.formatted(30_000));
        Path file = dir.resolve("sweep.mdscape");
        CompletableFuture<CommandLineTest.Outcome> run = CompletableFuture.supplyAsync(() ->
                CommandLineTest.run("campaign", "run", spec.toString(), "--dir", dir.toString(), "--workers", "1"));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            if (Files.exists(file) && CommandLineTest.run("campaign", "status", file.toString()).out().contains(" 1 running")) {
                break;
            }
            Thread.sleep(100);
        }
        var c = CommandLineTest.run("campaign", "cancel", file.toString());
        assertEquals(0, c.code(), c.err());
        var r = run.get(60, TimeUnit.SECONDS);
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("cancelled; continue with 'mdscape campaign resume"), r.out());
        var s = CommandLineTest.run("campaign", "status", file.toString());
        assertTrue(s.out().contains("sweep (electrolyte), cancelled"), s.out());
        assertTrue(s.out().contains("0 running"), s.out());

        boolean sqlite = sqlite3Available();
        if (sqlite) {
            // A cancel that arrives within a second of starting leaves most of the 4 jobs not done.
            assertTrue(Integer.parseInt(sqlite3(file, "SELECT count(*) FROM job WHERE state = 'cancelled';")) >= 1);
        }

        var again = CommandLineTest.run("campaign", "run", file.toString());
        assertEquals(2, again.code());
        assertTrue(again.err().contains("was cancelled; continue it with 'mdscape campaign resume"), again.err());

        var resumed = CommandLineTest.run("campaign", "resume", file.toString(), "--workers", "2");
        assertEquals(0, resumed.code(), resumed.err());
        s = CommandLineTest.run("campaign", "status", file.toString());
        assertTrue(s.out().contains("4 done"), s.out());
        if (sqlite) {
            // A job stopped while running kept its attempt in the log and resumed from a checkpoint, not from 0.
            String resumedFrom = sqlite3(file, "SELECT group_concat(b.start_step) FROM attempt a JOIN attempt b"
                    + " ON b.job_id = a.job_id AND b.id > a.id WHERE a.outcome = 'cancelled';");
            for (String step : resumedFrom.split(",")) {
                if (!step.isEmpty()) {
                    assertTrue(Long.parseLong(step) > 0, resumedFrom);
                }
            }
            assertEquals("4", sqlite3(file, "SELECT count(*) FROM attempt WHERE outcome = 'succeeded';"));
        }
    }

    @Test
    void missingFilesAndBadOptionsAreBadInput(@TempDir Path dir) {
        var o = CommandLineTest.run("campaign", "status", dir.resolve("none.mdscape").toString());
        assertEquals(2, o.code());
        assertTrue(o.err().contains("none.mdscape: no such campaign file"), o.err());
        o = CommandLineTest.run("campaign", "run", dir.resolve("none.json").toString());
        assertEquals(2, o.code());
        assertTrue(o.err().contains("none.json: no such spec file"), o.err());
        o = CommandLineTest.run("campaign", "export", dir.resolve("x.mdscape").toString(), "--format", "xlsx", "--out", "x");
        assertEquals(2, o.code());
        assertTrue(o.err().contains("--format: must be"), o.err());
        o = CommandLineTest.run("campaign", "run", dir.resolve("x.json").toString(), "--threads", "0");
        assertEquals(2, o.code());
        assertTrue(o.err().contains("--threads: must be in [1, 1024] (got 0)"), o.err());
    }

    static List<Map<String, String>> readCsv(Path file) throws Exception {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        String[] header = lines.getFirst().split(",", -1);
        List<Map<String, String>> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            assertEquals(header.length, cells.length, line);
            Map<String, String> row = new HashMap<>();
            for (int k = 0; k < header.length; k++) {
                row.put(header[k], cells[k]);
            }
            rows.add(row);
        }
        return rows;
    }

    static boolean sqlite3Available() {
        try {
            Process p = new ProcessBuilder("sqlite3", "-version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor() == 0;
        } catch (Exception e) {
            if (System.getenv("MDSCAPE_REQUIRE_READERS") != null) {
                throw new AssertionError("sqlite3 is required in CI (apt package sqlite3)", e);
            }
            return false;
        }
    }

    static String sqlite3(Path file, String sql) throws Exception {
        Process p = new ProcessBuilder("sqlite3", "-batch", "-cmd", ".timeout 10000", file.toString(), sql)
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertEquals(0, p.waitFor(), out);
        return out;
    }
}
