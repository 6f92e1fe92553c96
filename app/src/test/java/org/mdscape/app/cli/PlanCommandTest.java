package org.mdscape.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code mdscape plan} and {@code mdscape plan job} as a user meets them. */
class PlanCommandTest {
    private static final List<String> BAG = List.of("plan", "--jobs", "100", "--job-core-hours", "64",
            "--machine-types", "n1-highcpu-16", "--vms", "32");

    record Outcome(int code, String out, String err) {
    }

    static Outcome run(List<String> args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = MdscapeCommand.execute(args.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Outcome(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void jobGivesSciSpotsReferenceValues() throws Exception {
        Outcome o = run(List.of("plan", "job", "--hours", "1", "--json"));
        assertEquals(0, o.code(), o.err());
        JsonNode json = new ObjectMapper().readTree(o.out());
        // DESIGN.md section 5 and the issue: T = 1 h -> 1.1115, 1.1526, 0.2694.
        assertEquals(1.1115, json.get("expectedHoursOnePreemption").asDouble(), 5e-5);
        assertEquals(1.1526, json.get("expectedHoursRenewal").asDouble(), 5e-5);
        assertEquals(0.2694, json.get("failureProbability").asDouble(), 5e-5);
        assertEquals("scispot", json.at("/model/family").asText());
        assertTrue(json.get("checkpointTimesHours").isArray());
        for (JsonNode t : json.get("checkpointTimesHours")) {
            assertTrue(t.asDouble() > 0 && t.asDouble() < 1, t.toString());
        }
        Outcome text = run(List.of("plan", "job", "--hours", "4"));
        assertEquals(0, text.code(), text.err());
        assertTrue(text.out().contains("4.3626") && text.out().contains("4.6120") && text.out().contains("0.4076"), text.out());
    }

    @Test
    void bagPlanAsJsonHasEveryFieldAndOneChoice() throws Exception {
        List<String> args = new ArrayList<>(BAG);
        args.add("--json");
        Outcome o = run(args);
        assertEquals(0, o.code(), o.err());
        JsonNode json = new ObjectMapper().readTree(o.out());
        assertEquals("scispot", json.at("/model/preemptible/n1-highcpu-16/family").asText());
        assertFalse(json.at("/model/spot/source").asText().isEmpty());
        assertEquals("2026-11-25", json.at("/prices/asOf").asText());
        int chosen = 0;
        List<String> provisioning = new ArrayList<>();
        for (JsonNode option : json.get("options")) {
            for (String field : List.of("machineType", "vms", "provisioning", "expectedMakespanHours", "makespanP05Hours",
                    "makespanP95Hours", "expectedCostUsd", "onDemandCostUsd", "failureProbability", "chosen")) {
                assertTrue(option.has(field), "option lacks " + field + ": " + option);
            }
            provisioning.add(option.get("provisioning").asText());
            assertTrue(option.get("makespanP05Hours").asDouble() <= option.get("expectedMakespanHours").asDouble());
            assertTrue(option.get("expectedMakespanHours").asDouble() <= option.get("makespanP95Hours").asDouble());
            // 100 jobs x 64 core-hours / 16 vCPUs = 4 h each, at the catalog's $0.56679 per hour on demand.
            assertEquals(100 * 4 * 0.56679, option.get("onDemandCostUsd").asDouble(), 1e-9);
            if (option.get("chosen").asBoolean()) {
                chosen++;
                assertTrue(option.get("expectedCostUsd").asDouble() < option.get("onDemandCostUsd").asDouble());
            }
            if (option.get("provisioning").asText().equals("on-demand")) {
                // 32 VMs, ceil(100/32) = 4 jobs on the busiest: 16 h exactly.
                assertEquals(16.0, option.get("expectedMakespanHours").asDouble(), 1e-12);
                assertEquals(0.0, option.get("failureProbability").asDouble());
            }
        }
        assertEquals(1, chosen);
        assertTrue(provisioning.containsAll(List.of("spot", "preemptible", "on-demand")), provisioning.toString());
    }

    @Test
    void tableMarksTheChoiceAndNamesModelsAndPrices() {
        Outcome o = run(BAG);
        assertEquals(0, o.code(), o.err());
        assertTrue(o.out().lines().anyMatch(l -> l.startsWith("* n1-highcpu-16")), o.out());
        assertTrue(o.out().contains("Preemption models:") && o.out().contains("as of 2026-11-25"), o.out());
        assertTrue(o.out().contains("* chosen:"), o.out());
    }

    @Test
    void preemptionDataFitsTheSpotModel(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("mine.csv");
        StringBuilder s = new StringBuilder("lifetime_hours,preempted\n");
        for (int i = 1; i <= 40; i++) {
            s.append(i * 0.5).append(i % 3 == 0 ? ",false\n" : ",true\n");
        }
        Files.writeString(csv, s);
        List<String> args = new ArrayList<>(BAG);
        args.addAll(List.of("--preemption-data", csv.toString(), "--checkpoint", "none", "--json"));
        Outcome o = run(args);
        assertEquals(0, o.code(), o.err());
        JsonNode json = new ObjectMapper().readTree(o.out());
        assertTrue(json.at("/model/spot/source").asText().contains("mine.csv"), json.at("/model/spot").toString());
    }

    static Stream<Arguments> badInput() {
        return Stream.of(
                Arguments.of(List.of("plan", "job", "--hours", "-1"), "--hours"),
                Arguments.of(List.of("plan", "job", "--hours", "0"), "--hours"),
                Arguments.of(List.of("plan", "job"), "--hours"),
                Arguments.of(List.of("plan", "job", "--hours", "2", "--vm-age-hours", "30"), "--vm-age-hours"),
                Arguments.of(List.of("plan", "job", "--hours", "abc"), "--hours"),
                Arguments.of(List.of("plan", "--jobs", "10", "--job-core-hours", "-4", "--machine-types", "n1-highcpu-16"), "--job-core-hours"),
                Arguments.of(List.of("plan", "--jobs", "0", "--job-core-hours", "4", "--machine-types", "n1-highcpu-16"), "--jobs"),
                Arguments.of(List.of("plan", "--job-core-hours", "4", "--machine-types", "n1-highcpu-16"), "--jobs"),
                Arguments.of(List.of("plan", "--jobs", "10", "--job-core-hours", "4", "--machine-types", "n9-mega-1"), "--machine-types"),
                Arguments.of(List.of("plan", "--jobs", "10", "--job-core-hours", "4", "--machine-types", "n1-highcpu-16", "--vms", "0"), "--vms"),
                Arguments.of(List.of("plan", "--jobs", "10", "--job-core-hours", "4", "--machine-types", "n1-highcpu-16", "--checkpoint", "often"), "--checkpoint"),
                Arguments.of(List.of("plan", "--jobs", "10", "--job-core-hours", "4", "--machine-types", "n1-highcpu-16", "--deadline", "-3"), "--deadline"),
                Arguments.of(List.of("plan", "--jobs", "10", "--job-core-hours", "4", "--machine-types", "n1-highcpu-16", "--preemption-data", "does-not-exist.json"), "--preemption-data"));
    }

    @ParameterizedTest
    @MethodSource("badInput")
    void badInputExitsWithCodeTwoAndOneLineNamingTheOption(List<String> args, String option) {
        assertOneLineError(run(args), option);
    }

    @Test
    void emptyTraceAndMalformedHistoryAreBadInput(@TempDir Path dir) throws Exception {
        Path empty = dir.resolve("empty.csv");
        Files.writeString(empty, "");
        Path malformed = dir.resolve("broken.json");
        Files.writeString(malformed, "{\"vm-1\": {\"time_in_sec\": 3600, \"compute.instances.preempted\": {}");
        Path nothingPreempted = dir.resolve("stopped.csv");
        Files.writeString(nothingPreempted, "lifetime_hours,preempted\n1,false\n2,false\n");
        List<String> bag = List.of("plan", "--jobs", "10", "--job-core-hours", "4", "--machine-types", "n1-highcpu-16");
        for (Path file : List.of(empty, malformed, nothingPreempted)) {
            List<String> args = new ArrayList<>(bag);
            args.addAll(List.of("--preemption-data", file.toString()));
            assertOneLineError(run(args), "--preemption-data");
            assertOneLineError(run(List.of("plan", "job", "--hours", "1", "--model", file.toString())), "--model");
        }
    }

    private static void assertOneLineError(Outcome o, String option) {
        assertEquals(2, o.code(), o.err() + o.out());
        String[] lines = o.err().strip().split("\n");
        assertEquals(1, lines.length, "one line expected: " + o.err());
        assertTrue(lines[0].startsWith("mdscape: ") && lines[0].contains(option), lines[0]);
    }
}
