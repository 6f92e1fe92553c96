package org.mdscape.engine.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mdscape.engine.run.ElectrolyteResult;
import org.mdscape.engine.run.ElectrolyteRunner;
import org.mdscape.engine.sim.cpu.CpuPlatform;

/**
 * Real processes, real SQLite, no mocks: a campaign run in child JVMs that are killed with SIGKILL at random
 * moments, and resumed each time, ends with exactly one result per job, bit-identical to uninterrupted
 * standalone runs, and with every attempt any child recorded still in the log.
 */
class CrashSafetyTest {
    static final long STEPS = 40_000;
    static final long CHECKPOINT = 500;
    static final int KILLS = 12;

    @Test
    void campaignSurvivesSigkillAtRandomMoments(@TempDir Path dir) throws Exception {
        Path file;
        try (CampaignStore store = TinyCampaigns.create(dir, "crash", STEPS, CHECKPOINT, 2)) {
            file = store.file();
        }
        long seed = System.nanoTime();
        Random random = new Random(seed);
        Set<Long> announcedAttempts = new HashSet<>();
        int kills = 0, midCheckpoint = 0, resultNotCommitted = 0;
        List<Long> killedPids = new ArrayList<>();
        for (int round = 0; round < 60 && kills < KILLS; round++) {
            Path log = dir.resolve("child-" + round + ".log");
            Process child = CampaignChild.start(file, 2, log);
            if (round >= KILLS - 2) {
                // Aimed: kill as soon as a job reports its last step, while its result is summarised and committed.
                while (child.isAlive() && !Files.readString(log).contains("last-step")) {
                    Thread.sleep(1);
                }
                if (!child.isAlive()) {
                    assertEquals(0, child.exitValue(), "child ended by itself: " + Files.readString(log));
                    announcedAttempts.addAll(attempts(log));
                    break;
                }
            } else {
                // Random: on odd rounds from launch (start-up, schema check, claiming), on even rounds from the
                // first claimed job (inside runs, checkpoint writes, commits).
                if (round % 2 == 0) {
                    while (child.isAlive() && !Files.readString(log).contains("started")) {
                        Thread.sleep(1);
                    }
                }
                long delay = round % 2 == 0 ? random.nextInt(300) : 50 + random.nextInt(700);
                if (child.waitFor(delay, TimeUnit.MILLISECONDS)) {
                    assertEquals(0, child.exitValue(), "child ended by itself: " + Files.readString(log));
                    announcedAttempts.addAll(attempts(log));
                    break; // it finished the whole campaign before this kill: nothing left to crash
                }
            }
            child.destroyForcibly(); // SIGKILL on Linux and macOS
            child.waitFor();
            kills++;
            killedPids.add(child.pid());
            announcedAttempts.addAll(attempts(log));
            midCheckpoint += leftovers(file, ".tmp") > 0 ? 1 : 0;
            resultNotCommitted += finishedButNotStored(file, lastSteps(log)) > 0 ? 1 : 0;
        }
        if (kills < 10) {
            Path last = dir.resolve("child-" + kills + ".log");
            throw new AssertionError("only " + kills + " kills landed before the campaign finished (seed " + seed
                    + "); the last child said: " + (Files.exists(last) ? Files.readString(last) : "nothing"));
        }
        // Let the last process finish the campaign.
        Path log = dir.resolve("child-final.log");
        Process last = CampaignChild.start(file, 2, log);
        assertTrue(last.waitFor(120, TimeUnit.SECONDS), "final run finished");
        assertEquals(0, last.exitValue(), Files.readString(log));
        announcedAttempts.addAll(attempts(log));

        try (CampaignStore store = CampaignStore.open(file)) {
            CampaignStatus status = store.status();
            assertEquals(4, status.count(JobState.DONE), "every job done (seed " + seed + ")");
            Map<String, Long> outcomes = new HashMap<>();
            Set<Long> logged = new HashSet<>();
            Set<Long> pidsInLog = new HashSet<>();
            store.read(c -> {
                try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                        "SELECT id, coalesce(outcome, 'none'), pid FROM attempt")) {
                    while (r.next()) {
                        logged.add(r.getLong(1));
                        outcomes.merge(r.getString(2), 1L, Long::sum);
                        pidsInLog.add(r.getLong(3));
                    }
                }
                try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT count(*) FROM result")) {
                    r.next();
                    assertEquals(4, r.getInt(1), "exactly one result per job");
                }
                return null;
            });
            assertTrue(logged.containsAll(announcedAttempts), "every attempt a child announced is in the log");
            assertEquals(4L, outcomes.getOrDefault("succeeded", 0L), "one successful attempt per job: " + outcomes);
            assertEquals(0L, outcomes.getOrDefault("none", 0L), "no attempt left without an outcome: " + outcomes);
            assertEquals(outcomes.values().stream().mapToLong(Long::longValue).sum() - 4,
                    outcomes.getOrDefault("crashed", 0L), "the others crashed: " + outcomes);
            // The uninterrupted references, two at a time.
            List<java.util.concurrent.CompletableFuture<ElectrolyteResult>> references = new ArrayList<>();
            try (var pool = java.util.concurrent.Executors.newFixedThreadPool(2)) {
                for (int job = 0; job < 4; job++) {
                    int j = job;
                    references.add(java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                        try {
                            return ElectrolyteRunner.execute(TinyCampaigns.standalone(j, STEPS, CHECKPOINT),
                                    new CpuPlatform(1), dir.resolve("standalone-" + j), false, null);
                        } catch (java.io.IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    }, pool));
                }
            }
            for (int job = 0; job < 4; job++) {
                LocalExecutorTest.assertSameResult(store, job, references.get(job).join());
            }
            System.out.printf("crash test (seed %d): %d SIGKILLs survived, %d attempts (%s); %d kills found a"
                            + " half-written checkpoint, %d fell between a job's last step and its stored result; 4/4 results bit-identical%n",
                    seed, kills, logged.size(), outcomes, midCheckpoint, resultNotCommitted);
        }
    }

    private static Set<Long> attempts(Path log) throws java.io.IOException {
        Set<Long> out = new HashSet<>();
        if (!Files.exists(log)) {
            return out;
        }
        for (String line : Files.readAllLines(log)) {
            if (line.startsWith("started ")) {
                out.add(Long.parseLong(line.split(" ")[2]));
            }
        }
        return out;
    }

    private static Set<Long> lastSteps(Path log) throws java.io.IOException {
        Set<Long> out = new HashSet<>();
        for (String line : Files.readAllLines(log)) {
            if (line.startsWith("last-step ")) {
                out.add(Long.parseLong(line.substring("last-step ".length()).strip()));
            }
        }
        return out;
    }

    /** Temporary checkpoint files a killed process left behind: it died while writing one. */
    private static int leftovers(Path file, String suffix) throws java.io.IOException {
        Path jobs = CampaignStore.dataDir(file).resolve("jobs");
        if (!Files.isDirectory(jobs)) {
            return 0;
        }
        try (Stream<Path> s = Files.walk(jobs)) {
            return (int) s.filter(p -> p.getFileName().toString().endsWith(suffix)).count();
        }
    }

    /** Jobs whose last step was done (the child said so) but whose result was not stored when it died. */
    private static int finishedButNotStored(Path file, Set<Long> lastStepDone) throws Exception {
        int n = 0;
        try (CampaignStore store = CampaignStore.open(file)) {
            Set<Long> stored = store.read(c -> {
                Set<Long> ids = new HashSet<>();
                try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT job_id FROM result")) {
                    while (r.next()) {
                        ids.add(r.getLong(1));
                    }
                }
                return ids;
            });
            for (long job : lastStepDone) {
                if (!stored.contains(job)) {
                    n++;
                }
            }
        }
        return n;
    }
}
