package org.mdscape.app.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mdscape.engine.campaign.CampaignSpecReader;
import org.mdscape.engine.campaign.CampaignStore;
import org.mdscape.engine.campaign.JobState;

/** The Runs screen's logic against a real campaign file and the engine's LocalExecutor, without a window. */
class RunsViewModelTest {
    static Path campaign(Path dir, long steps, int workers) throws Exception {
        String json = SweepViewModelTest.example().replace("\"steps\": 20000", "\"steps\": " + steps)
                .replace("\"checkpointEvery\": 5000", "\"checkpointEvery\": 1000")
                .replace("\"workers\": 2", "\"workers\": " + workers);
        Path file = dir.resolve("small-electrolyte.mdscape");
        CampaignStore.create(file, CampaignSpecReader.read(json.getBytes(StandardCharsets.UTF_8)), json).close();
        return file;
    }

    static void await(Callable<Boolean> c, int seconds, String what) throws Exception {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        while (!c.call()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("waited " + seconds + " s for " + what);
            }
            Thread.sleep(50);
        }
    }

    @Test
    void runsEveryJobAndReadsTheSelectedJobsFiles(@TempDir Path dir) throws Exception {
        Path file = campaign(dir, 2000, 2);
        try (RunsViewModel vm = new RunsViewModel(Runnable::run)) {
            vm.open(file);
            await(() -> vm.jobs().size() == 12, 10, "the job table");
            assertTrue(vm.jobs().stream().allMatch(j -> j.stateProperty().get() == JobState.PENDING));
            assertEquals("h = 2.5, zp = 1, c = 0.3", vm.jobs().getFirst().point());
            vm.start();
            await(() -> vm.jobs().stream().allMatch(j -> j.stateProperty().get() == JobState.DONE), 180, "all done");
            await(() -> !vm.runningProperty().get(), 10, "the executor to end");
            for (JobRow j : vm.jobs()) {
                assertEquals(1.0, j.progressProperty().get());
                assertEquals(1, j.attemptsProperty().get());
                assertEquals(2000, j.overview().stepsDone());
            }
            assertTrue(vm.countsProperty().get().startsWith("12 jobs: 12 done, 0 running"), vm.countsProperty().get());
            assertTrue(vm.messageProperty().get().startsWith("This run finished 12 job(s), 0 failed"), vm.messageProperty().get());

            vm.selectedJobProperty().set(5);
            await(() -> vm.profileProperty().get().size() > 0 && vm.thermoProperty().get().size() > 0, 10, "job 5's files");
            // 2,000 steps sampled every 100: the thermo log has a row per sample (the engine's ThermoLog).
            assertEquals(21, vm.thermoProperty().get().size(), "samples at steps 0, 100, ..., 2000");
            DensityProfileData p = vm.profileProperty().get();
            // Sum rule, independent of the reader: the profile is symmetric about the mid-plane.
            int n = p.size();
            double asym = 0;
            for (int i = 0; i < n; i++) {
                asym = Math.max(asym, Math.abs(p.zNm()[i] + p.zNm()[n - 1 - i]));
            }
            assertTrue(asym < 1e-9, "bins mirror about z = 0");
        }
    }

    @Test
    void cancelStopsTheCampaignAndResumeRunsItAgain(@TempDir Path dir) throws Exception {
        Path file = campaign(dir, 400_000, 1);
        try (RunsViewModel vm = new RunsViewModel(Runnable::run)) {
            vm.open(file);
            await(() -> vm.jobs().size() == 12, 10, "the job table");
            vm.start();
            await(() -> vm.jobs().stream().anyMatch(j -> j.stateProperty().get() == JobState.RUNNING), 30, "a running job");
            vm.cancel();
            await(() -> !vm.runningProperty().get(), 60, "the executor to stop");
            await(() -> vm.cancelledProperty().get(), 10, "the campaign to read as cancelled");
            assertTrue(vm.jobs().stream().noneMatch(j -> j.stateProperty().get() == JobState.RUNNING));
            assertTrue(vm.jobs().stream().anyMatch(j -> j.stateProperty().get() == JobState.CANCELLED));
            assertTrue(vm.messageProperty().get().contains("cancelled"), vm.messageProperty().get());

            vm.resume();
            await(() -> vm.jobs().stream().anyMatch(j -> j.stateProperty().get() == JobState.RUNNING), 30, "running again");
            assertTrue(!vm.cancelledProperty().get() || vm.runningProperty().get());
        }
        // Closing stopped the executor: nothing is left running in the file.
        try (CampaignStore s = CampaignStore.open(file)) {
            assertEquals(0, s.status().count(JobState.RUNNING));
        }
    }

    @Test
    void simulationThreadsAreLoweredOnLinux() throws Exception {
        if (!System.getProperty("os.name").toLowerCase(java.util.Locale.ROOT).contains("linux")) {
            return; // the call does nothing elsewhere, by design
        }
        int[] nice = new int[1];
        Thread t = Thread.ofPlatform().start(() -> {
            BackgroundPriority.lowerCurrentThread();
            try {
                // Field 19 of /proc/thread-self/stat is the nice value (fields after the command, which is in parentheses).
                String stat = Files.readString(Path.of("/proc/thread-self/stat"));
                nice[0] = Integer.parseInt(stat.substring(stat.lastIndexOf(')') + 2).split(" ")[16]);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        t.join();
        assertTrue(nice[0] >= BackgroundPriority.NICE, "nice " + nice[0]);
        String mine = Files.readString(Path.of("/proc/thread-self/stat"));
        int own = Integer.parseInt(mine.substring(mine.lastIndexOf(')') + 2).split(" ")[16]);
        assertTrue(own < BackgroundPriority.NICE, "only the calling thread is lowered (this one: nice " + own + ")");
    }
}
