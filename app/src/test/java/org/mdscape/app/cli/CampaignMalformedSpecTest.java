package org.mdscape.app.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mdscape.engine.campaign.CampaignSpecReader;
import org.mdscape.engine.campaign.CampaignStore;

/**
 * The malformed-spec corpus: every case exits with code 2, prints one line naming the JSON path of the
 * problem, and creates no campaign file (nor changes an existing one).
 */
class CampaignMalformedSpecTest {
    static final String BASE = """
            {"name": "corpus", "model": "electrolyte",
             "fixed": {"zn": -1, "d": 0.714, "anions": 60},
             "parameters": {"h": {"values": [2.5, 3.0]}, "c": {"range": [0.3, 0.6], "count": 2}},
             "sampling": {"method": "grid"},
             "simulation": {"steps": 1000, "sampleEvery": 50},
             "execution": {"workers": 1}}
            """;

    static Arguments bad(String name, String from, String to, String path) {
        assertTrue(BASE.contains(from), "case " + name + " edits the base spec");
        return Arguments.of(name, BASE.replace(from, to).getBytes(StandardCharsets.UTF_8), path);
    }

    static Arguments raw(String name, byte[] bytes, String path) {
        return Arguments.of(name, bytes, path);
    }

    static Stream<Arguments> corpus() {
        byte[] base = BASE.getBytes(StandardCharsets.UTF_8);
        byte[] notUtf8 = BASE.replace("\"corpus\"", "\"corpus-X\"").getBytes(StandardCharsets.UTF_8);
        notUtf8[BASE.indexOf("-X") + 1] = (byte) 0xFF;
        int cut = BASE.indexOf("\"gr") + 3;
        return Stream.of(
                bad("name of wrong type", "\"name\": \"corpus\"", "\"name\": 5", "name"),
                bad("name missing", "\"name\": \"corpus\", ", "", "name"),
                bad("name not a file name", "\"corpus\"", "\"a/b\"", "name"),
                bad("model missing", "\"model\": \"electrolyte\",", "", "model"),
                bad("model unknown", "\"electrolyte\"", "\"coarse-grained\"", "model"),
                bad("unknown top-level key", "\"model\"", "\"colour\": \"red\", \"model\"", "colour"),
                bad("fixed not an object", "{\"zn\": -1, \"d\": 0.714, \"anions\": 60}", "[1]", "fixed"),
                bad("fixed unknown setting", "\"zn\": -1,", "\"zn\": -1, \"temperature\": 300,", "fixed.temperature"),
                bad("fixed wrong type", "\"zn\": -1", "\"zn\": \"-1\"", "fixed.zn"),
                bad("fixed out of range", "\"zn\": -1", "\"zn\": 1", "fixed.zn"),
                bad("fixed text not allowed", "\"zn\": -1,", "\"zn\": -1, \"wall\": \"sticky\",", "fixed.wall"),
                bad("fixed integer with a fraction", "\"zn\": -1,", "\"zn\": -1, \"zp\": 1.5,", "fixed.zp"),
                bad("parameters missing", "\"parameters\": {\"h\": {\"values\": [2.5, 3.0]}, \"c\": {\"range\": [0.3, 0.6], \"count\": 2}},", "", "parameters"),
                bad("parameters empty", "{\"h\": {\"values\": [2.5, 3.0]}, \"c\": {\"range\": [0.3, 0.6], \"count\": 2}}", "{}", "parameters"),
                bad("parameter unknown", "\"h\": {\"values\"", "\"x\": {\"values\": [1]}, \"h\": {\"values\"", "parameters.x"),
                bad("parameter not an object", "\"h\": {\"values\": [2.5, 3.0]}", "\"h\": [2.5, 3.0]", "parameters.h"),
                bad("values empty", "[2.5, 3.0]", "[]", "parameters.h.values"),
                bad("value of wrong type", "[2.5, 3.0]", "[2.5, \"3.0\"]", "parameters.h.values[1]"),
                bad("value repeated", "[2.5, 3.0]", "[2.5, 2.5]", "parameters.h.values[1]"),
                bad("range reversed", "[0.3, 0.6]", "[0.6, 0.3]", "parameters.c.range"),
                bad("range of one value", "[0.3, 0.6]", "[0.3, 0.3]", "parameters.c.range"),
                bad("range of one number", "[0.3, 0.6]", "[0.3]", "parameters.c.range"),
                bad("count below 2", "\"count\": 2", "\"count\": 1", "parameters.c.count"),
                bad("count with a fraction", "\"count\": 2", "\"count\": 2.5", "parameters.c.count"),
                bad("range end the model refuses", "[0.3, 0.6]", "[-0.2, 0.6]", "parameters.c.range[0]"),
                bad("value the model refuses", "[2.5, 3.0]", "[2.5, 300]", "parameters.h.values[1]"),
                bad("values and range together", "{\"values\": [2.5, 3.0]}", "{\"values\": [2.5, 3.0], \"range\": [2, 3]}", "parameters.h"),
                bad("both fixed and swept", "\"zn\": -1,", "\"zn\": -1, \"c\": 0.5,", "parameters.c"),
                bad("d with dp", "\"zn\": -1,", "\"zn\": -1, \"dp\": 0.5,", "fixed.d"),
                bad("grid of a continuous range", "\"range\": [0.3, 0.6], \"count\": 2", "\"range\": [0.3, 0.6]", "parameters.c"),
                bad("grid with points", "{\"method\": \"grid\"}", "{\"method\": \"grid\", \"points\": 4}", "sampling.points"),
                bad("sampling method unknown", "\"grid\"", "\"halton\"", "sampling.method"),
                bad("sampling missing", "\"sampling\": {\"method\": \"grid\"},", "", "sampling"),
                bad("sobol without points", "{\"method\": \"grid\"}", "{\"method\": \"sobol\"}", "sampling.points"),
                bad("lhs with zero points", "{\"method\": \"grid\"}", "{\"method\": \"lhs\", \"points\": 0}", "sampling.points"),
                bad("huge random sample", "{\"method\": \"grid\"}", "{\"method\": \"random\", \"points\": 1000000}", "sampling.points"),
                bad("huge grid", "\"count\": 2", "\"count\": 10000}, \"bjerrumNm\": {\"range\": [0.5, 0.9], \"count\": 10000", "parameters"),
                bad("replicas zero", "\"sampling\"", "\"replicas\": 0, \"sampling\"", "replicas"),
                bad("replicas of wrong type", "\"sampling\"", "\"replicas\": \"two\", \"sampling\"", "replicas"),
                bad("simulation missing", "\"simulation\": {\"steps\": 1000, \"sampleEvery\": 50},", "", "simulation"),
                bad("steps missing", "\"steps\": 1000, ", "", "simulation.steps"),
                bad("steps negative", "\"steps\": 1000", "\"steps\": -5", "simulation.steps"),
                bad("time step the run refuses", "\"steps\": 1000", "\"steps\": 1000, \"dt\": 0.5", "simulation.dt"),
                bad("too few steps to sample", "\"steps\": 1000", "\"steps\": 60", "simulation.steps"),
                bad("simulation unknown key", "\"steps\": 1000", "\"steps\": 1000, \"temperature\": 300", "simulation.temperature"),
                bad("backend not available", "{\"workers\": 1}", "{\"workers\": 1, \"backend\": \"gce\"}", "execution.backend"),
                bad("workers zero", "{\"workers\": 1}", "{\"workers\": 0}", "execution.workers"),
                bad("checkpoint minutes negative", "{\"workers\": 1}", "{\"workers\": 1, \"checkpointEveryMinutes\": -5}", "execution.checkpointEveryMinutes"),
                bad("platform unknown", "{\"workers\": 1}", "{\"workers\": 1, \"platform\": \"gpu\"}", "execution.platform"),
                bad("a point the model refuses", "[2.5, 3.0]", "[0.6, 3.0]", "points[0]"),
                bad("number overflowing a double", "[2.5, 3.0]", "[1e400, 3.0]", "parameters.h.values[0]"),
                bad("NaN literal", "\"steps\": 1000", "\"steps\": NaN", "simulation.steps"),
                bad("duplicate key", "\"model\"", "\"name\": \"again\", \"model\"", "name"),
                raw("truncated JSON", Arrays.copyOf(base, cut), "sampling.method"),
                raw("trailing garbage", (BASE + "}").getBytes(StandardCharsets.UTF_8), "$"),
                raw("not UTF-8", notUtf8, "$"),
                raw("empty file", new byte[0], "$"),
                raw("an array, not an object", "[1, 2]".getBytes(StandardCharsets.UTF_8), "$"));
    }

    @Test
    void theBaseSpecOfTheCorpusIsValid() {
        CampaignSpecReader.read(BASE.getBytes(StandardCharsets.UTF_8));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void malformedSpecExitsWith2AndNamesTheJsonPath(String name, byte[] spec, String path, @TempDir Path dir)
            throws Exception {
        Path file = dir.resolve("spec.json");
        Files.write(file, spec);
        var o = CommandLineTest.run("campaign", "run", file.toString(), "--dir", dir.toString());
        assertEquals(2, o.code(), name + ": " + o.err());
        List<String> lines = o.err().lines().toList();
        assertEquals(1, lines.size(), "one line: " + o.err());
        assertTrue(lines.getFirst().contains(file + ": " + path + ": ") || lines.getFirst().contains("; also " + path + ": "),
                name + ": expected the path " + path + " in: " + lines.getFirst());
        assertEquals("", o.out());
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(List.of("spec.json"), s.map(p -> p.getFileName().toString()).toList(), "nothing created");
        }
    }

    @Test
    void corpusHasAtLeastThirtyCases() {
        assertTrue(corpus().count() >= 30);
    }

    @Test
    void anExistingCampaignIsNeverChangedByABadSpec(@TempDir Path dir) throws Exception {
        byte[] good = BASE.getBytes(StandardCharsets.UTF_8);
        Path campaign = dir.resolve("corpus.mdscape");
        CampaignStore.create(campaign, CampaignSpecReader.read(good), BASE).close();
        byte[] before = Files.readAllBytes(campaign);
        Path spec = dir.resolve("spec.json");
        // Same name, other (valid) settings: refused, the file is left as it was.
        Files.writeString(spec, BASE.replace("\"steps\": 1000", "\"steps\": 2000"));
        var o = CommandLineTest.run("campaign", "run", spec.toString(), "--dir", dir.toString());
        assertEquals(2, o.code(), o.err());
        assertTrue(o.err().contains("already exists with a different spec"), o.err());
        // Same name, malformed.
        Files.writeString(spec, BASE.replace("\"steps\": 1000", "\"steps\": -1"));
        o = CommandLineTest.run("campaign", "run", spec.toString(), "--dir", dir.toString());
        assertEquals(2, o.code(), o.err());
        // Bad options are refused before the file is opened.
        o = CommandLineTest.run("campaign", "run", campaign.toString(), "--workers", "0");
        assertEquals(2, o.code(), o.err());
        assertTrue(o.err().contains("--workers: must be in [1, 256] (got 0)"), o.err());
        assertArrayEquals(before, Files.readAllBytes(campaign));
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(List.of("corpus.mdscape", "spec.json"),
                    s.map(p -> p.getFileName().toString()).sorted().toList(), "no -wal, -shm or data folder left");
        }
    }
}
