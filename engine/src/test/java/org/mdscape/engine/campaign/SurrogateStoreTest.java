package org.mdscape.engine.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SurrogateStoreTest {
    static SurrogateStore.Answer answer(long job) {
        double[] z = {-0.5, 0.5};
        return new SurrogateStore.Answer(job, z, new boolean[2], new double[] {1, 1}, new double[] {0.1, 0.1},
                new double[] {2, 2}, new double[] {0.2, 0.2});
    }

    @Test
    void answersPendingJobsOnlyAndAForcedJobIsSimulatedFirst(@TempDir Path dir) throws Exception {
        try (CampaignStore store = TinyCampaigns.create(dir, "s", 200, 100, 1)) {
            SurrogateStore s = new SurrogateStore(store);
            long v = s.addVersion(new SurrogateStore.NewVersion(3, 1, 0.9, 0.7, 0.01, 0.95, 1.5, "{}", "surrogate/a.bin"),
                    List.of(0L, 1L), List.of(2L));
            assertEquals(1, v);
            assertEquals(List.of(2L), s.jobsOf(v, "test"));
            // Active learning: job 2 first, then 1.
            s.prioritise(Map.of(2L, 5.0, 1L, 3.0));
            Claim first = store.claimNext(ProcessIdentity.start(), 1).orElseThrow();
            assertEquals(2, first.jobId());
            assertEquals(1, s.openJobs().getFirst().jobId());
            s.forceSimulation(3);
            assertEquals(2, s.answer(v, List.of(answer(0), answer(1), answer(2), answer(3))),
                    "job 2 is running and job 3 forced: only 0 and 1 are answered");
            assertEquals(2, store.status().count(JobState.PREDICTED));
            assertEquals(List.of(3L), s.openJobs().stream().map(SurrogateStore.OpenJob::jobId).toList());
            // The scientist insists on job 0 after all: its prediction goes, it runs before anything else.
            s.forceSimulation(0);
            assertEquals(1, s.predictedCount());
            assertEquals(0, store.claimNext(ProcessIdentity.start(), 1).orElseThrow().jobId());
            assertThrows(IllegalArgumentException.class, () -> s.forceSimulation(99));
            assertThrows(IllegalArgumentException.class, () -> s.forceSimulation(2), "running");
        }
    }

    @Test
    void aVersionOneFileUpgradesInPlaceKeepingItsJobs(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("old.mdscape");
        String url = "jdbc:sqlite:" + file;
        Flyway.configure().dataSource(url, null, null).locations("classpath:org/mdscape/engine/campaign/db").target("1")
                .load().migrate();
        String spec = TinyCampaigns.spec("old", 200, 100, 1);
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("PRAGMA foreign_keys = ON");
            s.executeUpdate("INSERT INTO campaign VALUES (1, 'old', 'electrolyte', '" + spec.replace("'", "''")
                    + "', 'active', '2026-01-01T00:00:00Z')");
            s.executeUpdate("INSERT INTO point VALUES (0, '{\"h\": 2.5, \"c\": 0.1}')");
            s.executeUpdate("INSERT INTO job VALUES (0, 0, 0, 7, 'done', 1, 100, 200, 200, '2026-01-01T00:00:00Z')");
            s.executeUpdate("INSERT INTO attempt(id, job_id, host, pid, process_start, executor, started_at, heartbeat_at,"
                    + " outcome) VALUES (1, 0, 'h', 1, 'x', 'e', 't', 't', 'succeeded')");
        }
        try (CampaignStore store = CampaignStore.open(file)) {
            assertEquals(1, store.status().count(JobState.DONE));
            SurrogateStore s = new SurrogateStore(store);
            assertTrue(s.versions().isEmpty());
        }
        assumeTrue(SqliteCli.available(), "sqlite3 CLI not installed");
        assertEquals("ok", SqliteCli.query(file, "PRAGMA integrity_check;").strip());
        assertEquals("", SqliteCli.query(file, "PRAGMA foreign_key_check;").strip());
        assertEquals("0|done|0.0|0", SqliteCli.query(file, "SELECT id, state, priority, forced FROM job;").strip());
    }
}
