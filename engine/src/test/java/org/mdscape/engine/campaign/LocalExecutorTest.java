package org.mdscape.engine.campaign;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mdscape.engine.run.ElectrolyteResult;
import org.mdscape.engine.run.ElectrolyteRunner;
import org.mdscape.engine.sim.cpu.CpuPlatform;

/** A campaign run by the local executor gives exactly the results of standalone runs of its points. */
class LocalExecutorTest {
    static final long STEPS = 1_000;

    @Test
    void resultsEqualStandaloneRunsBitForBit(@TempDir Path dir) throws Exception {
        try (CampaignStore store = TinyCampaigns.create(dir, "tiny", STEPS, 300, 2)) {
            ExecutionSummary s = new LocalExecutor(2, 1).execute(store, ExecutionListener.NONE);
            assertEquals(4, s.succeeded());
            assertEquals(0, s.failed());
            CampaignStatus status = store.status();
            assertEquals(4, status.count(JobState.DONE));
            assertEquals(4, status.attempts());
            Path job0 = CampaignStore.dataDir(store.file()).resolve("jobs/0");
            assertTrue(Files.exists(job0.resolve("result.json")) && Files.exists(job0.resolve("thermo.csv")));
            assertTrue(!Files.exists(job0.resolve("checkpoint.bin")) && !Files.exists(job0.resolve("checkpoint.bin.prev")),
                    "checkpoints are removed once the result is stored");
            for (int job = 0; job < 4; job++) {
                ElectrolyteResult expected = ElectrolyteRunner.execute(TinyCampaigns.standalone(job, STEPS, 300),
                        new CpuPlatform(1), dir.resolve("standalone-" + job), false, null);
                assertSameResult(store, job, expected);
            }
        }
    }

    /** Compares the stored result of {@code job} with a standalone result: profile, scalars and thermo, bit for bit. */
    static void assertSameResult(CampaignStore store, int job, ElectrolyteResult expected) throws Exception {
        String json = store.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT result_json FROM result WHERE job_id = ?")) {
                ps.setLong(1, job);
                try (ResultSet r = ps.executeQuery()) {
                    assertTrue(r.next(), "job " + job + " has a result");
                    return r.getString(1);
                }
            }
        });
        ElectrolyteResult actual = new ObjectMapper().readValue(json, ElectrolyteResult.class);
        assertEquals(expected.run(), actual.run(), "job " + job + " ran the same settings");
        assertArrayEquals(expected.profile().rhoPlus(), actual.profile().rhoPlus(), "rho+ of job " + job);
        assertArrayEquals(expected.profile().rhoMinus(), actual.profile().rhoMinus(), "rho- of job " + job);
        assertArrayEquals(expected.profile().rhoPlusErr(), actual.profile().rhoPlusErr(), "err+ of job " + job);
        assertEquals(expected.scalars(), actual.scalars());
        assertEquals(expected.thermo(), actual.thermo());
        // The profile table holds the same doubles (SQLite REAL is an IEEE double).
        List<Double> stored = store.read(c -> {
            List<Double> v = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT rho_minus_m FROM profile_bin WHERE job_id = ? ORDER BY bin")) {
                ps.setLong(1, job);
                try (ResultSet r = ps.executeQuery()) {
                    while (r.next()) {
                        v.add(r.getDouble(1));
                    }
                }
            }
            return v;
        });
        assertEquals(expected.profile().rhoMinus().length, stored.size());
        for (int b = 0; b < stored.size(); b++) {
            assertEquals(Double.doubleToRawLongBits(expected.profile().rhoMinus()[b]), Double.doubleToRawLongBits(stored.get(b)));
        }
    }

    @Test
    void lennardJonesCampaignWithReplicasEqualsStandaloneRuns(@TempDir Path dir) throws Exception {
        String json = """
                {"name": "lj", "model": "lj", "fixed": {"n": 108, "cutoff": 2.5, "temperature": 1.0},
                 "parameters": {"density": {"values": [0.7, 0.8]}}, "sampling": {"method": "grid"}, "replicas": 2,
                 "simulation": {"steps": 300, "sampleEvery": 10, "seed": 100},
                 "execution": {"workers": 2, "checkpointEvery": 100}}""";
        try (CampaignStore store = CampaignStore.create(dir.resolve("lj.mdscape"),
                CampaignSpecReader.read(json.getBytes(java.nio.charset.StandardCharsets.UTF_8)), json)) {
            assertEquals(4, store.status().jobs(), "2 points x 2 replicas");
            assertEquals(4, new LocalExecutor(2, 1).execute(store, ExecutionListener.NONE).succeeded());
            for (int job = 0; job < 4; job++) {
                // Job k = point k / 2, replica k % 2, seed 100 + k; equilibration 20% of 300 steps; NVT, tau = 100 dt.
                org.mdscape.engine.run.LennardJonesRun run = new org.mdscape.engine.run.LennardJonesRun(
                        new org.mdscape.engine.model.LennardJonesFluid(108, job < 2 ? 0.7 : 0.8, 1.0, 2.5, false, true),
                        0.005, 300, 60, org.mdscape.engine.run.Ensemble.NVT, 0.5, 5, 100 + job, 10, 0, 100);
                org.mdscape.engine.run.RunResult expected = org.mdscape.engine.run.LennardJonesRunner.execute(run,
                        new CpuPlatform(1), dir.resolve("ref-" + job), false, null);
                int j = job;
                String stored = store.read(c -> {
                    try (PreparedStatement ps = c.prepareStatement("SELECT result_json FROM result WHERE job_id = ?")) {
                        ps.setLong(1, j);
                        try (ResultSet r = ps.executeQuery()) {
                            r.next();
                            return r.getString(1);
                        }
                    }
                });
                org.mdscape.engine.run.RunResult actual = new ObjectMapper().readValue(stored,
                        org.mdscape.engine.run.RunResult.class);
                assertEquals(expected.run(), actual.run());
                assertEquals(expected.thermo(), actual.thermo(), "job " + job);
            }
        }
    }

    @Test
    void checkpointPeriodInMinutesIsFixedPerJobFromTheSpeedOfFinishedJobs(@TempDir Path dir) throws Exception {
        double minutes = 0.0005; // 30 ms
        String json = TinyCampaigns.spec("minutes", STEPS, 250, 1)
                .replace("\"checkpointEvery\": 250}", "\"checkpointEvery\": 250, \"checkpointEveryMinutes\": " + minutes + "}");
        try (CampaignStore store = CampaignStore.create(dir.resolve("minutes.mdscape"),
                CampaignSpecReader.read(json.getBytes(java.nio.charset.StandardCharsets.UTF_8)), json)) {
            new LocalExecutor(1, 1).execute(store, ExecutionListener.NONE);
            List<long[]> jobs = store.read(c -> {
                List<long[]> out = new ArrayList<>();
                try (PreparedStatement ps = c.prepareStatement("SELECT id, checkpoint_every FROM job ORDER BY id");
                     ResultSet r = ps.executeQuery()) {
                    while (r.next()) {
                        out.add(new long[] {r.getLong(1), r.getLong(2)});
                    }
                }
                return out;
            });
            List<Double> speeds = new ArrayList<>();
            for (long[] job : jobs) {
                int id = (int) job[0];
                // One worker: job k starts after jobs 0..k-1 finished; the first has no speed to go by.
                long expected = 250;
                if (!speeds.isEmpty()) {
                    List<Double> sorted = new ArrayList<>(speeds);
                    sorted.sort(null);
                    expected = Math.max(1, Math.min(STEPS, Math.round(minutes * 60 * sorted.get(sorted.size() / 2))));
                }
                assertEquals(expected, job[1], "checkpoint period of job " + id);
                // Whatever period was chosen, the result is the standalone run's with that period.
                assertSameResult(store, id, ElectrolyteRunner.execute(TinyCampaigns.standalone(id, STEPS, job[1]),
                        new CpuPlatform(1), dir.resolve("ref-" + id), false, null));
                String json2 = store.read(c -> {
                    try (PreparedStatement ps = c.prepareStatement(
                            "SELECT value FROM result_scalar WHERE job_id = ? AND name = 'stepsPerSecond'")) {
                        ps.setLong(1, id);
                        try (ResultSet r = ps.executeQuery()) {
                            r.next();
                            return Double.toString(r.getDouble(1));
                        }
                    }
                });
                speeds.add(Double.parseDouble(json2));
            }
            assertTrue(jobs.stream().skip(1).anyMatch(j -> j[1] != 250), "periods from time, not the fallback");
        }
    }
}
