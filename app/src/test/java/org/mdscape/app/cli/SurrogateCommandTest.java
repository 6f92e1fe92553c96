package org.mdscape.app.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mdscape.engine.campaign.CampaignSpec;
import org.mdscape.engine.campaign.CampaignSpecReader;
import org.mdscape.engine.campaign.CampaignStore;
import org.mdscape.engine.campaign.ExecutionListener;
import org.mdscape.engine.campaign.JobState;
import org.mdscape.engine.campaign.ProfileResult;
import org.mdscape.engine.campaign.RecordedResults;
import org.mdscape.engine.campaign.ReplayExecutor;

/**
 * The surrogate commands on a campaign of the committed MD dataset (its recorded results replayed into a
 * fresh campaign file of the same spec).
 */
class SurrogateCommandTest {
    static final Path SPEC = Path.of("..", "assets", "datasets", "electrolyte-h-c-d.json");
    static final Path FIXTURE = Path.of("..", "engine", "src", "test", "resources", "org", "mdscape", "engine", "surrogate");

    static Path replayedCampaign(Path dir) throws Exception {
        String json = Files.readString(SPEC);
        CampaignSpec spec = CampaignSpecReader.read(json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        List<ProfileResult> recorded = RecordedResults.read(spec, FIXTURE.resolve("electrolyte-h-c-d-points.csv.gz"),
                FIXTURE.resolve("electrolyte-h-c-d-profiles.csv.gz"));
        Map<Long, ProfileResult> byPoint = new HashMap<>();
        recorded.forEach(r -> byPoint.put(r.pointId(), r));
        Path file = dir.resolve("electrolyte-h-c-d.mdscape");
        try (CampaignStore store = CampaignStore.create(file, spec, json)) {
            new ReplayExecutor(byPoint, 0, () -> { }).execute(store, ExecutionListener.NONE);
            assertEquals(recorded.size(), store.status().count(JobState.DONE));
        }
        return file;
    }

    @Test
    void trainEvaluateAndPredictOnTheBinsASimulationWouldReport(@TempDir Path dir) throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(CampaignCommandTest.sqlite3Available(), "sqlite3 CLI not installed");
        Path file = replayedCampaign(dir);
        var o = CommandLineTest.run("surrogate", "evaluate", file.toString());
        assertEquals(2, o.code());
        assertTrue(o.err().contains("no surrogate trained yet"), o.err());

        o = CommandLineTest.run("surrogate", "train", file.toString(), "--members", "2", "--hidden", "32", "--epochs", "1");
        assertEquals(0, o.code(), o.err());
        assertTrue(o.out().contains("surrogate version 1"), o.out());

        o = CommandLineTest.run("surrogate", "evaluate", file.toString());
        assertEquals(0, o.code(), o.err());
        JsonNode e = new ObjectMapper().readTree(o.out());
        for (String key : List.of("accuracy", "rmse", "calibration", "trainingPoints", "inferenceMillisPerPoint")) {
            assertTrue(e.has(key), key + " in " + o.out());
        }
        String done = CampaignCommandTest.sqlite3(file, "SELECT count(*) FROM job WHERE state = 'done'");
        assertEquals(Integer.parseInt(done), e.get("trainingPoints").asInt() + e.get("testPoints").asInt());
        assertTrue(e.get("accuracy").asDouble() >= 0 && e.get("accuracy").asDouble() <= 1);
        assertTrue(e.get("inferenceMillisPerPoint").asDouble() > 0);

        // Point 0 of the Sobol design is the centre of the box, h = 3.5 nm, c = 0.6 M, d = 0.625 nm: the
        // prediction must come on exactly the bins its simulation reported.
        o = CommandLineTest.run("surrogate", "predict", file.toString(), "--point", "h=3.5,c=0.6,d=0.625");
        assertEquals(0, o.code(), o.err());
        String[] lines = o.out().strip().split("\n");
        assertEquals("z_nm,contact,rhoPlus_M,rhoPlusSd_M,rhoMinus_M,rhoMinusSd_M", lines[0]);
        double[] predictedZ = java.util.Arrays.stream(lines).skip(1).mapToDouble(l -> Double.parseDouble(l.split(",")[0])).toArray();
        double[] simulatedZ = java.util.Arrays.stream(CampaignCommandTest.sqlite3(file,
                "SELECT z_nm FROM profile_bin WHERE job_id = 0 ORDER BY bin").split("\n")).mapToDouble(Double::parseDouble).toArray();
        assertArrayEquals(simulatedZ, predictedZ, 1e-9);

        o = CommandLineTest.run("surrogate", "uq", file.toString(), "--dist", "c=normal:0.5,0.05", "--dist", "d=uniform:0.6,0.7",
                "--samples", "256", "--bootstrap", "20", "--json");
        assertEquals(0, o.code(), o.err());
        JsonNode uq = new ObjectMapper().readTree(o.out());
        assertEquals(256, uq.get("samples").asInt());
        assertEquals(256 * (2 + 2 + 1), uq.get("evaluations").asInt(), "A, B, two varying inputs, second pass");
        assertEquals(List.of("h", "c", "d"), java.util.stream.StreamSupport.stream(uq.get("inputs").spliterator(), false)
                .map(n -> n.get("name").asText()).toList());
        assertEquals(6, uq.get("scalars").size());
        JsonNode contact = uq.get("scalars").get(0);
        assertEquals("contactPlus_M", contact.get("name").asText());
        assertTrue(contact.get("firstOrder").has("c") && contact.get("total").has("d") && !contact.get("total").has("h"));
        for (String part : List.of("p05", "p25", "median", "p75", "p95")) {
            assertEquals(uq.get("band").get("wallDistanceNm").size(), uq.get("band").get("plus").get(part).size());
        }
    }

    @Test
    void badPointsAreOneLineErrorsWithExitTwo(@TempDir Path dir) throws Exception {
        Path file = replayedCampaign(dir);
        assertEquals(0, CommandLineTest.run("surrogate", "train", file.toString(), "--members", "2", "--hidden", "8",
                "--epochs", "1").code());
        var o = CommandLineTest.run("surrogate", "predict", file.toString(), "--point", "h=5,c=0.6,d=0.6");
        assertEquals(2, o.code());
        assertEquals(1, o.err().strip().lines().count(), o.err());
        assertTrue(o.err().contains("--point") && o.err().contains("[3.0, 4.0]"), o.err());
        o = CommandLineTest.run("surrogate", "predict", file.toString(), "--point", "h=3.5,zz=1");
        assertEquals(2, o.code());
        assertTrue(o.err().contains("zz is not a swept parameter"), o.err());
        o = CommandLineTest.run("surrogate", "train", file.toString(), "--members", "1");
        assertEquals(2, o.code());
        assertTrue(o.err().contains("--members"), o.err());
        // Uncertainty quantification never extrapolates.
        o = CommandLineTest.run("surrogate", "uq", file.toString(), "--dist", "c=uniform:0.1,0.5");
        assertEquals(2, o.code());
        assertEquals(1, o.err().strip().lines().count(), o.err());
        assertTrue(o.err().contains("c: uniform(0.1, 0.5) reaches outside the range"), o.err());
        o = CommandLineTest.run("surrogate", "uq", file.toString(), "--dist", "c=gamma:1,2");
        assertEquals(2, o.code());
        assertTrue(o.err().contains("unknown distribution gamma"), o.err());
    }

    @Test
    void aCampaignRunLearnsInTheBackgroundAndStoresItsVersions(@TempDir Path dir) throws Exception {
        Path spec = dir.resolve("learn.json");
        Files.writeString(spec, """
                {"name": "learn", "model": "electrolyte", "fixed": {"zp": 1, "zn": -1, "d": 0.6, "anions": 40},
                 "parameters": {"h": {"range": [3.0, 4.0], "count": 4}, "c": {"range": [0.4, 0.8], "count": 3}},
                 "sampling": {"method": "grid"},
                 "simulation": {"steps": 400, "sampleEvery": 20, "seed": 5},
                 "execution": {"workers": 2, "threadsPerJob": 1, "checkpointEvery": 200}}
                """);
        var bad = CommandLineTest.run("campaign", "run", spec.toString(), "--dir", dir.toString(), "--learn", "--target", "2");
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("--target"), bad.err());
        assertTrue(Files.notExists(dir.resolve("learn.mdscape")), "bad input touches nothing");
        var lj = CommandLineTest.run("campaign", "run", Path.of("..", "assets", "examples", "lj-sobol.json").toString(), "--dir",
                dir.toString(), "--learn");
        assertEquals(2, lj.code());
        assertTrue(lj.err().contains("--learn: surrogates learn density profiles"), lj.err());
        try (var files = Files.list(dir)) {
            assertTrue(files.noneMatch(f -> f.toString().endsWith(".mdscape")), "no campaign file created");
        }

        var o = CommandLineTest.run("campaign", "run", spec.toString(), "--dir", dir.toString(), "--learn", "--members", "2",
                "--hidden", "16", "--epochs", "1");
        assertEquals(0, o.code(), o.err() + o.out());
        assertTrue(o.out().contains("surrogate version 1: trained on"), o.out());
        Path file = dir.resolve("learn.mdscape");
        org.junit.jupiter.api.Assumptions.assumeTrue(CampaignCommandTest.sqlite3Available(), "sqlite3 CLI not installed");
        // At least 10 simulated points before the first version, and its split covers them all.
        String row = CampaignCommandTest.sqlite3(file, "SELECT training_points + test_points >= 10, count(*) > 0 FROM surrogate_version"
                + " WHERE id = 1");
        assertEquals("1|1", row);
        assertEquals("12", CampaignCommandTest.sqlite3(file, "SELECT count(*) FROM job WHERE state = 'done'"));
    }
}
