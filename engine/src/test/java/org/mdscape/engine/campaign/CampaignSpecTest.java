package org.mdscape.engine.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.mdscape.engine.model.InvalidSpecException;
import org.mdscape.engine.model.SpecProblem;

/** Specs, their validation with JSON paths, and the samplers, checked against properties stated independently. */
class CampaignSpecTest {
    static final Path EXAMPLES = Path.of("..", "assets", "examples");

    static CampaignSpec read(String json) {
        return CampaignSpecReader.read(json.getBytes(StandardCharsets.UTF_8));
    }

    static String electrolyte(String parameters, String sampling) {
        return """
                {"name": "t", "model": "electrolyte", "fixed": {"zn": -1, "d": 0.714, "anions": 100},
                 "parameters": %s, "sampling": %s, "simulation": {"steps": 1000}}""".formatted(parameters, sampling);
    }

    @Test
    void everyExampleIsValid() throws Exception {
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            List<Path> specs = files.filter(p -> p.toString().endsWith(".json")).toList();
            assertTrue(specs.size() >= 3, specs.toString());
            for (Path p : specs) {
                CampaignSpec s = CampaignSpecReader.read(p);
                assertEquals(p.getFileName().toString(), s.name() + ".json", "file named after the campaign");
            }
        }
    }

    @Test
    void paperGridHasTheIssuesPointsWithTheValuesAsWritten() throws Exception {
        CampaignSpec s = CampaignSpecReader.read(EXAMPLES.resolve("surrogate-paper-grid.json"));
        // h 3.0-4.0 step 0.1 (11) x z+ 1-3 (3) x c 0.30-0.90 step 0.05 (13) x 8 diameters = 3,432.
        List<Map<String, Double>> points = DesignPoints.generate(s);
        assertEquals(11 * 3 * 13 * 8, points.size());
        assertEquals(3_432, points.size());
        Set<Double> h = new HashSet<>(), c = new HashSet<>();
        for (Map<String, Double> p : points) {
            h.add(p.get("h"));
            c.add(p.get("c"));
        }
        Set<Double> hExpected = new HashSet<>(), cExpected = new HashSet<>();
        for (String v : "3.0 3.1 3.2 3.3 3.4 3.5 3.6 3.7 3.8 3.9 4.0".split(" ")) {
            hExpected.add(Double.parseDouble(v));
        }
        for (String v : "0.30 0.35 0.40 0.45 0.50 0.55 0.60 0.65 0.70 0.75 0.80 0.85 0.90".split(" ")) {
            cExpected.add(Double.parseDouble(v));
        }
        assertEquals(hExpected, h, "h levels are the decimals a scientist writes");
        assertEquals(cExpected, c);
        assertEquals(-1.0, s.fixed().get("zn"));
    }

    @Test
    void gridVariesTheLastParameterFastest() {
        CampaignSpec s = read(electrolyte("{\"h\": {\"values\": [2.5, 3.0]}, \"c\": {\"range\": [0.1, 0.3], \"count\": 3}}",
                "{\"method\": \"grid\"}"));
        List<Map<String, Double>> p = DesignPoints.generate(s);
        assertEquals(List.of(Map.of("h", 2.5, "c", 0.1), Map.of("h", 2.5, "c", 0.2), Map.of("h", 2.5, "c", 0.3),
                Map.of("h", 3.0, "c", 0.1), Map.of("h", 3.0, "c", 0.2), Map.of("h", 3.0, "c", 0.3)), p);
    }

    @Test
    void latinHypercubeHasOnePointPerStratumInEveryDimension() {
        int n = 40;
        CampaignSpec s = read(electrolyte("{\"h\": {\"range\": [2.0, 4.0]}, \"c\": {\"range\": [0.1, 0.5]}}",
                "{\"method\": \"lhs\", \"points\": " + n + ", \"seed\": 5}"));
        List<Map<String, Double>> p = DesignPoints.generate(s);
        assertEquals(n, p.size());
        int[] hCount = new int[n], cCount = new int[n];
        for (Map<String, Double> q : p) {
            hCount[(int) Math.floor((q.get("h") - 2.0) / 2.0 * n)]++;
            cCount[(int) Math.floor((q.get("c") - 0.1) / 0.4 * n)]++;
        }
        for (int i = 0; i < n; i++) {
            assertEquals(1, hCount[i], "h stratum " + i);
            assertEquals(1, cCount[i], "c stratum " + i);
        }
        CampaignSpec other = read(electrolyte("{\"h\": {\"range\": [2.0, 4.0]}, \"c\": {\"range\": [0.1, 0.5]}}",
                "{\"method\": \"lhs\", \"points\": " + n + ", \"seed\": 6}"));
        assertEquals(p, DesignPoints.generate(s), "same seed, same points");
        assertNotEquals(p, DesignPoints.generate(other), "another seed, other points");
    }

    @Test
    void sobolPointsAreAStratifiedNet() {
        CampaignSpec s = read(electrolyte("{\"h\": {\"range\": [2.0, 4.0]}, \"c\": {\"range\": [0.1, 0.5]}}",
                "{\"method\": \"sobol\", \"points\": 15}"));
        List<Map<String, Double>> p = DesignPoints.generate(s);
        // The first Sobol point after the origin is the centre of the box.
        assertEquals(3.0, p.getFirst().get("h"), 1e-12);
        assertEquals(0.3, p.getFirst().get("c"), 1e-12);
        // The first 16 points of a 2-D Sobol sequence (origin included) put one point in each of 4 x 4 cells.
        boolean[][] seen = new boolean[4][4];
        seen[0][0] = true; // the skipped origin
        for (Map<String, Double> q : p) {
            int i = (int) Math.floor((q.get("h") - 2.0) / 2.0 * 4), j = (int) Math.floor((q.get("c") - 0.1) / 0.4 * 4);
            assertTrue(!seen[i][j], "two points in cell " + i + "," + j);
            seen[i][j] = true;
        }
    }

    @Test
    void randomIntegerRangesGiveEveryIntegerAndOnlyIntegers() {
        CampaignSpec s = read(electrolyte("{\"zp\": {\"range\": [1, 3]}, \"c\": {\"range\": [0.1, 0.5]}}",
                "{\"method\": \"random\", \"points\": 200, \"seed\": 3}"));
        Set<Double> zp = new HashSet<>();
        for (Map<String, Double> q : DesignPoints.generate(s)) {
            zp.add(q.get("zp"));
            assertTrue(q.get("c") >= 0.1 && q.get("c") < 0.5);
        }
        assertEquals(Set.of(1.0, 2.0, 3.0), zp);
    }

    @Test
    void everyProblemIsReportedAtOnceWithItsJsonPath() {
        InvalidSpecException e = assertThrows(InvalidSpecException.class, () -> read("""
                {"name": "t", "model": "electrolyte", "colour": "red",
                 "parameters": {"c": {"range": [-0.2, 0.9], "count": 4}, "h": {"values": [3.0, "wide"]}},
                 "sampling": {"method": "grid"}, "simulation": {"steps": 1000, "dt": 0.5}}"""));
        Map<String, String> byPath = new java.util.HashMap<>();
        for (SpecProblem p : e.problems()) {
            byPath.put(p.field(), p.message());
        }
        assertTrue(byPath.containsKey("colour"), byPath.toString());
        assertTrue(byPath.containsKey("parameters.h.values[1]"), byPath.toString());
        // Value checks need a well-formed spec; the structural problems come first.
        InvalidSpecException values = assertThrows(InvalidSpecException.class, () -> read("""
                {"name": "t", "model": "electrolyte",
                 "parameters": {"c": {"range": [-0.2, 0.9], "count": 4}},
                 "sampling": {"method": "grid"}, "simulation": {"steps": 1000, "dt": 0.5}}"""));
        Map<String, String> v = new java.util.HashMap<>();
        for (SpecProblem p : values.problems()) {
            v.put(p.field(), p.message());
        }
        assertTrue(v.get("parameters.c.range[0]").contains("(0, 5] M"), v.toString());
        assertTrue(v.get("simulation.dt").contains("(0, 0.01]"), v.toString());
        assertEquals(2, v.size(), v.toString());
    }

    @Test
    void pointsTheModelRefusesAreNamed() {
        InvalidSpecException e = assertThrows(InvalidSpecException.class, () -> read(electrolyte(
                "{\"h\": {\"values\": [0.6, 3.0]}, \"c\": {\"values\": [0.5]}}", "{\"method\": \"grid\"}")));
        assertEquals("points[0]", e.problems().getFirst().field());
        assertTrue(e.problems().getFirst().message().contains("h=0.6"), e.problems().toString());
        assertTrue(e.problems().getFirst().message().contains("largest ion diameter"), e.problems().toString());
        assertEquals(1, e.problems().size(), "only the refused point: " + e.problems());
    }

    @Test
    void hugeGridsAreRefusedBeforeAnyPointIsBuilt() {
        String seven = "{\"range\": [0.1, 0.9], \"count\": 10000}";
        InvalidSpecException e = assertThrows(InvalidSpecException.class, () -> read(electrolyte(
                "{\"c\": " + seven + ", \"h\": {\"range\": [2.0, 4.0], \"count\": 10000}}", "{\"method\": \"grid\"}")));
        assertEquals("parameters", e.problems().getFirst().field());
        assertTrue(e.problems().getFirst().message().contains("100,000,000 points"), e.problems().toString());
    }
}
