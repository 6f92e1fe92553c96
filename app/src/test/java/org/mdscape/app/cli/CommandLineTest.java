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
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The command line as a user meets it: outputs, exit codes, and one-line messages for bad input. */
class CommandLineTest {

    record Outcome(int code, String out, String err) {
    }

    static Outcome run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = MdscapeCommand.execute(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Outcome(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void withoutArgumentsListsTheCommands() {
        Outcome o = run();
        assertEquals(0, o.code());
        for (String command : List.of("simulate", "evaluate", "bench")) {
            assertTrue(o.out().contains(command), o.out());
        }
    }

    @Test
    void simulateWritesResultThermoAndTrajectory(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("run");
        Outcome o = run("simulate", "lj", "--n", "108", "--density", "0.8", "--temperature", "1.0", "--cutoff", "2.5",
                "--steps", "400", "--equilibrate", "100", "--thermo-every", "10", "--trajectory-every", "100",
                "--threads", "1", "--out", out.toString());
        assertEquals(0, o.code(), o.err());
        JsonNode result = new ObjectMapper().readTree(out.resolve("result.json").toFile());
        for (String path : List.of("/thermo/potentialEnergyPerParticle/mean", "/thermo/potentialEnergyPerParticle/stderr",
                "/thermo/pressure/mean", "/thermo/pressure/stderr", "/thermo/temperature/mean",
                "/thermo/temperature/stderr", "/thermo/totalEnergyDrift", "/performance/stepsPerSecond",
                "/performance/atomStepsPerSecond", "/performance/wallSeconds", "/performance/platform",
                "/performance/threads")) {
            assertFalse(result.at(path).isMissingNode(), "result.json lacks " + path);
        }
        // Production statistics use the 31 samples at steps 100..400 only.
        assertEquals(31, result.at("/thermo/samples").asInt());
        List<String> thermo = Files.readAllLines(out.resolve("thermo.csv"));
        assertEquals(41 + 1, thermo.size());
        assertTrue(thermo.getFirst().startsWith("step,time,temperature"));
        // Five frames (steps 0..400 every 100) of 108 particles plus two header lines each.
        assertEquals(5 * 110, Files.readAllLines(out.resolve("trajectory.xyz")).size());
    }

    static Stream<Arguments> badInput() {
        return Stream.of(
                Arguments.of(List.of("simulate", "lj", "--density", "-0.5"), "--density"),
                Arguments.of(List.of("simulate", "lj", "--n", "108", "--density", "0.8", "--cutoff", "3.0"), "--cutoff"),
                Arguments.of(List.of("simulate", "lj", "--steps", "0"), "--steps"),
                Arguments.of(List.of("simulate", "lj", "--platform", "quantum"), "--platform"),
                Arguments.of(List.of("simulate", "lj", "--threads", "0"), "--threads"),
                Arguments.of(List.of("simulate", "lj", "--ensemble", "npt"), "--ensemble"),
                Arguments.of(List.of("simulate", "lj", "--temperature", "abc"), "--temperature"),
                Arguments.of(List.of("simulate", "lj", "--cells", "2", "--n", "100"), "--cells"),
                Arguments.of(List.of("evaluate", "lj", "--input", "does-not-exist.xyz"), "--input"),
                Arguments.of(List.of("bench", "lj-melt", "--steps", "0"), "--steps"),
                Arguments.of(List.of("bench", "lj-melt", "--platform", "gpu9000"), "--platform"));
    }

    @ParameterizedTest
    @MethodSource("badInput")
    void badInputExitsWithCodeTwoAndOneLineNamingTheOption(List<String> args, String option, @TempDir Path dir) {
        List<String> all = new java.util.ArrayList<>(args);
        if (args.get(0).equals("simulate")) {
            all.addAll(List.of("--out", dir.resolve("out").toString()));
        }
        Outcome o = run(all.toArray(String[]::new));
        assertEquals(2, o.code(), o.err());
        String[] lines = o.err().strip().split("\n");
        assertEquals(1, lines.length, "one line expected: " + o.err());
        assertTrue(lines[0].contains(option), lines[0]);
        assertFalse(Files.exists(dir.resolve("out")), "bad input must not write anything");
    }

    @Test
    void unreadableXyzIsBadInput(@TempDir Path dir) throws Exception {
        Path garbage = dir.resolve("garbage.xyz");
        Files.writeString(garbage, "three\nnot a comment\n");
        Outcome o = run("evaluate", "lj", "--input", garbage.toString());
        assertEquals(2, o.code());
        assertTrue(o.err().startsWith("mdscape: --input:"), o.err());
        assertEquals(1, o.err().strip().split("\n").length);
    }

    @Test
    void cutoffAboveHalfTheBoxIsBadInputForEvaluate(@TempDir Path dir) throws Exception {
        Path xyz = dir.resolve("pair.xyz");
        Files.writeString(xyz, "2\nLattice=\"4 0 0 0 4 0 0 0 4\" Properties=species:S:1:pos:R:3\nAr 1 1 1\nAr 2 1 1\n");
        Outcome o = run("evaluate", "lj", "--input", xyz.toString(), "--cutoff", "2.5");
        assertEquals(2, o.code());
        assertTrue(o.err().contains("--cutoff") && o.err().contains("half the shortest box edge"), o.err());
    }

    /** Two particles at distance r in a large box: energy, force and virial from the LJ formula by hand. */
    @Test
    void evaluateMatchesTheAnalyticPairPotential(@TempDir Path dir) throws Exception {
        double r = 1.2;
        Path xyz = dir.resolve("pair.xyz");
        // Second particle across the periodic boundary in x: the minimum image must be used.
        Files.writeString(xyz, "2\nLattice=\"10 0 0 0 10 0 0 0 10\" Properties=species:S:1:pos:R:3 pbc=\"T T T\"\n"
                + "Ar 0.3 5 5\nAr " + (10 + 0.3 - r) + " 5 5\n");
        for (String platform : List.of("reference", "cpu")) {
            Outcome o = run("evaluate", "lj", "--input", xyz.toString(), "--cutoff", "3.0", "--platform", platform);
            assertEquals(0, o.code(), o.err());
            JsonNode json = new ObjectMapper().readTree(o.out());
            double u = 4 * (Math.pow(r, -12) - Math.pow(r, -6));
            double f = 24 * (2 * Math.pow(r, -13) - Math.pow(r, -7)); // -du/dr, repulsive if > 0
            assertEquals(u, json.get("potentialEnergy").asDouble(), 1e-12);
            // Particle 0 sits at +r in x from particle 1's image, so a repulsive force pushes it to +x.
            assertEquals(f, json.at("/forces/0/0").asDouble(), 1e-10);
            assertEquals(-f, json.at("/forces/1/0").asDouble(), 1e-10);
            assertEquals(0.0, json.at("/forces/0/1").asDouble(), 1e-12);
            assertEquals(f * r, json.at("/virial/0").asDouble(), 1e-10); // W_xx = x_ij f_x
        }
    }
}
