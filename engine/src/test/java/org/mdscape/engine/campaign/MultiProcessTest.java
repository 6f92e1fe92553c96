package org.mdscape.engine.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mdscape.engine.run.ElectrolyteRunner;
import org.mdscape.engine.sim.cpu.CpuPlatform;

/**
 * Two processes run one campaign at once while a third (this one) and the sqlite3 command line read it:
 * no job runs twice, every job ends with one result equal to its standalone run, and the readers never
 * see an error.
 */
class MultiProcessTest {
    static final long STEPS = 3_000;

    @Test
    void twoRunnersAndReadersShareOneCampaign(@TempDir Path dir) throws Exception {
        Path file;
        try (CampaignStore store = TinyCampaigns.create(dir, "shared", STEPS, 500, 1)) {
            file = store.file();
        }
        Process a = CampaignChild.start(file, 1, dir.resolve("a.log"));
        Process b = CampaignChild.start(file, 1, dir.resolve("b.log"));
        boolean sqlite = SqliteCli.available();
        int reads = 0, cliReads = 0;
        try (CampaignStore viewer = CampaignStore.open(file)) {
            while (a.isAlive() || b.isAlive()) {
                CampaignStatus s = viewer.status();
                assertEquals(4, s.jobs());
                reads++;
                if (sqlite) {
                    String out = SqliteCli.query(file, "SELECT count(*) FROM job;");
                    assertEquals("4", out.strip(), "sqlite3 reads while the runners write");
                    cliReads++;
                }
                Thread.sleep(100);
            }
        }
        assertTrue(a.waitFor(60, TimeUnit.SECONDS) && b.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, a.exitValue(), Files.readString(dir.resolve("a.log")));
        assertEquals(0, b.exitValue(), Files.readString(dir.resolve("b.log")));
        try (CampaignStore store = CampaignStore.open(file)) {
            assertEquals(4, store.status().count(JobState.DONE));
            List<Long> attemptsPerJob = new ArrayList<>();
            Set<Long> pids = new HashSet<>();
            store.read(c -> {
                try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                        "SELECT job_id, count(*) FROM attempt GROUP BY job_id ORDER BY job_id")) {
                    while (r.next()) {
                        attemptsPerJob.add(r.getLong(2));
                    }
                }
                try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT DISTINCT pid FROM attempt")) {
                    while (r.next()) {
                        pids.add(r.getLong(1));
                    }
                }
                return null;
            });
            assertEquals(List.of(1L, 1L, 1L, 1L), attemptsPerJob, "each job claimed exactly once");
            assertEquals(Set.of(a.pid(), b.pid()), pids, "both processes ran jobs");
            for (int job = 0; job < 4; job++) {
                LocalExecutorTest.assertSameResult(store, job, ElectrolyteRunner.execute(
                        TinyCampaigns.standalone(job, STEPS, 500), new CpuPlatform(1), dir.resolve("ref-" + job), false, null));
            }
        }
        System.out.println("multi-process: 2 runners, " + reads + " status reads and " + cliReads + " sqlite3 reads during the run");
    }
}
