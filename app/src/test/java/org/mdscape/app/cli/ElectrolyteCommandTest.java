package org.mdscape.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code mdscape simulate|evaluate electrolyte} as a user meets them. */
class ElectrolyteCommandTest {

    @Test
    void simulateWritesResultProfileAndTrajectories(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("run");
        var o = CommandLineTest.run("simulate", "electrolyte", "--h", "2.5", "--zp", "2", "--c", "0.5", "--dp", "0.6",
                "--dn", "0.5", "--anions", "40", "--steps", "1000", "--sample-every", "50", "--trajectory-every", "500",
                "--threads", "1", "--out", out.toString());
        assertEquals(0, o.code(), o.err());
        JsonNode r = new ObjectMapper().readTree(out.resolve("result.json").toFile());
        assertEquals(40, r.at("/ions/negative").asInt());
        assertEquals(20, r.at("/ions/positive").asInt());
        assertEquals(2.5, r.at("/box/h_nm").asDouble(), 1e-12);
        int bins = r.at("/profile/z_nm").size();
        assertTrue(bins > 50, "bins " + bins);
        for (String key : List.of("rhoPlus_M", "rhoPlusErr_M", "rhoMinus_M", "rhoMinusErr_M")) {
            assertEquals(bins, r.at("/profile/" + key).size(), key);
        }
        for (String key : List.of("contactPlus_M", "contactMinus_M", "peakPlus_M", "peakMinus_M", "centerPlus_M", "centerMinus_M")) {
            assertFalse(r.at("/scalars/" + key).isMissingNode(), key);
        }
        for (String path : List.of("/thermo/temperature/mean", "/thermo/temperature/stderr", "/performance/stepsPerSecond",
                "/performance/wallSeconds", "/performance/platform", "/performance/threads", "/box/lateral_nm")) {
            assertFalse(r.at(path).isMissingNode(), path);
        }
        assertEquals(bins + 1, Files.readAllLines(out.resolve("profile.csv")).size());
        assertTrue(Files.size(out.resolve("trajectory.xyz")) > 0);
        assertTrue(Files.readString(out.resolve("trajectory.lammpstrj")).startsWith("ITEM: TIMESTEP\n0\n"));
    }

    static Stream<Arguments> badInput() {
        return Stream.of(
                Arguments.of(List.of("--c", "-0.2"), "--c"),
                Arguments.of(List.of("--h", "0.5"), "--h"),
                Arguments.of(List.of("--zp", "7"), "--zp"),
                Arguments.of(List.of("--zn", "1"), "--zn"),
                Arguments.of(List.of("--d", "0"), "--dp"),
                Arguments.of(List.of("--anions", "30000"), "--anions"),
                Arguments.of(List.of("--wall", "sticky"), "--wall"),
                Arguments.of(List.of("--accuracy", "0.5"), "--accuracy"),
                Arguments.of(List.of("--steps", "0"), "--steps"),
                Arguments.of(List.of("--dt", "1"), "--dt"),
                Arguments.of(List.of("--equilibration-fraction", "1.5"), "--equilibration-fraction"),
                Arguments.of(List.of("--platform", "abacus"), "--platform"));
    }

    @ParameterizedTest
    @MethodSource("badInput")
    void badInputExitsWithCodeTwoAndOneLine(List<String> args, String option, @TempDir Path dir) {
        List<String> all = new ArrayList<>(List.of("simulate", "electrolyte"));
        all.addAll(args);
        all.addAll(List.of("--out", dir.resolve("out").toString()));
        var o = CommandLineTest.run(all.toArray(String[]::new));
        assertEquals(2, o.code(), o.err());
        String[] lines = o.err().strip().split("\n");
        assertEquals(1, lines.length, o.err());
        assertTrue(lines[0].startsWith("mdscape: " + option), lines[0]);
        assertFalse(Files.exists(dir.resolve("out")));
    }

    /** Two opposite unit charges far from the walls, energy from Coulomb's law by hand (Ewald is exact up to 1e-8 here). */
    @Test
    void evaluateGivesTheEnergyOfAnIonPairToCoulombsLaw(@TempDir Path dir) throws Exception {
        // One cation and one anion in a wide fixed box (12 nm).
        double box = 12.0;
        double lr = box / 0.714;
        double r = 2.0;
        Path xyz = dir.resolve("pair.xyz");
        Files.writeString(xyz, String.format(Locale.ROOT,
                "2%nLattice=\"%s 0 0 0 %s 0 0 0 4.2\" Properties=species:S:1:pos:R:3%nP %s 0 0%nN %s 0 0%n",
                lr, lr, -r / 2, r / 2));
        // c chosen so that the fixed box holds exactly one anion: N = 0.6022 c h L^2.
        double c = 1 / (0.602214076 * 3.0 * box * box);
        var o = CommandLineTest.run("evaluate", "electrolyte", "--input", xyz.toString(), "--box-nm", String.valueOf(box),
                "--c", String.valueOf(c), "--bjerrum-nm", "0.714");
        assertEquals(0, o.code(), o.err());
        JsonNode json = new ObjectMapper().readTree(o.out());
        double lb = 1.0; // 0.714 nm / 0.714 nm
        // A +1/-1 pair at distance r in a wide box: -l_B / r plus the small interaction with images (|r| << L).
        double images = 0;
        for (int ix = -200; ix <= 200; ix++) {
            for (int iy = -200; iy <= 200; iy++) {
                if (ix == 0 && iy == 0) {
                    continue;
                }
                double dx = ix * lr, dy = iy * lr;
                // Each image pair: +1 with its own images (repulsive), -1 with the opposite ones; per cell
                // the energy is l_B (2/|R| - 1/|R + r| - 1/|R - r|) / 2 summed over cells R.
                images += 0.5 * lb * (2 / Math.hypot(dx, dy) - 1 / Math.hypot(dx + r, dy) - 1 / Math.hypot(dx - r, dy));
            }
        }
        double expected = -lb / r + images;
        assertEquals(expected, json.get("potentialEnergy").asDouble(), 2e-3);
        // The attractive force pulls the cation (first, at -r/2) towards +x.
        assertEquals(lb / (r * r), json.at("/forces/0/0").asDouble(), 2e-3);
        assertTrue(json.get("virial").isNull());
    }
}
