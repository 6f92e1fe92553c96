package org.mdscape.engine.campaign;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mdscape.engine.run.ElectrolyteRunner;
import org.mdscape.engine.sim.cpu.CpuPlatform;

/**
 * A full disk or a read-only folder gives a clear error and never a corrupt campaign file. Real file
 * systems: a tiny tmpfs (needs root, as in CI containers; skipped otherwise) and a read-only mount or folder.
 */
class StorageFailureTest {

    @Test
    void fullDiskWhileCreatingLeavesNothingBehind(@TempDir Path dir) throws Exception {
        Path mnt = mount(dir.resolve("small"), "size=256k");
        try {
            byte[] spec = Files.readAllBytes(CampaignSpecTest.EXAMPLES.resolve("surrogate-paper-grid.json"));
            IOException e = assertThrows(IOException.class, () -> CampaignStore.create(mnt.resolve("big.mdscape"),
                    CampaignSpecReader.read(spec), new String(spec, StandardCharsets.UTF_8)));
            assertTrue(e.getMessage().contains("full"), e.getMessage());
            assertEquals(List.of(), list(mnt), "no campaign file and no temporary file left");
        } finally {
            umount(mnt);
        }
    }

    @Test
    void fullDiskWhileRunningStopsCleanlyAndTheCampaignCompletesAfterwards(@TempDir Path dir) throws Exception {
        Path mnt = mount(dir.resolve("small"), "size=2m");
        try {
            Path file;
            try (CampaignStore store = TinyCampaigns.create(mnt, "full", 1_000, 300, 2)) {
                file = store.file();
            }
            Path filler = mnt.resolve("filler");
            String problem;
            try (CampaignStore store = CampaignStore.open(file)) {
                fill(filler); // the disk fills up while the campaign is open, as another program writes
                try {
                    ExecutionSummary s = new LocalExecutor(2, 1).execute(store, ExecutionListener.NONE);
                    assertTrue(s.failed() > 0, "jobs cannot checkpoint on a full disk: " + s);
                    problem = String.join("; ", CheckpointRecoveryTest.events(store, 0));
                } catch (IOException e) {
                    problem = e.getMessage();
                }
            }
            assertTrue(problem.contains("No space left") || problem.contains("full"), problem);
            // Opening it while the disk is still full either works (reading needs no space) or names the cause.
            try {
                CampaignStore.open(file).close();
            } catch (IOException open) {
                assertTrue(open.getMessage().contains("disk is full"), open.getMessage());
            }
            Files.delete(filler);
            if (SqliteCli.available()) {
                assertEquals("ok", SqliteCli.query(file, "PRAGMA integrity_check;").strip());
            }
            try (CampaignStore store = CampaignStore.open(file)) {
                store.reactivate(true);
                new LocalExecutor(2, 1).execute(store, ExecutionListener.NONE);
                assertEquals(4, store.status().count(JobState.DONE));
                for (int job = 0; job < 4; job++) {
                    LocalExecutorTest.assertSameResult(store, job, ElectrolyteRunner.execute(
                            TinyCampaigns.standalone(job, 1_000, 300), new CpuPlatform(1), dir.resolve("ref-" + job),
                            false, null));
                }
            }
        } finally {
            umount(mnt);
        }
    }

    @Test
    void readOnlyFolderGivesAClearErrorAndCreatesNothing(@TempDir Path dir) throws Exception {
        Path ro = dir.resolve("ro");
        Files.createDirectories(ro);
        boolean mounted = false;
        if (isRoot()) {
            mount(ro, "ro,size=1m"); // root writes through permissions; only a read-only mount stops it
            mounted = true;
        } else {
            assumeTrue(ro.toFile().setWritable(false, false));
        }
        try {
            byte[] spec = TinyCampaigns.spec("ro", 1_000, 500, 1).getBytes(StandardCharsets.UTF_8);
            IOException e = assertThrows(IOException.class, () -> CampaignStore.create(ro.resolve("ro.mdscape"),
                    CampaignSpecReader.read(spec), new String(spec, StandardCharsets.UTF_8)));
            assertTrue(e.getMessage().contains("cannot create") && e.getMessage().contains("ro.mdscape"), e.getMessage());
            assertTrue(e.getMessage().toLowerCase(java.util.Locale.ROOT).contains("read-only")
                    || e.getMessage().contains("denied") || e.getMessage().contains("unable to open"), e.getMessage());
            assertEquals(List.of(), list(ro));
        } finally {
            if (mounted) {
                umount(ro);
            } else {
                ro.toFile().setWritable(true, false);
            }
        }
    }

    @Test
    void campaignInAFolderThatBecameReadOnlyIsRefusedUnchanged(@TempDir Path dir) throws Exception {
        assumeTrue(!isRoot(), "root ignores folder permissions; the read-only mount case is above");
        Path folder = dir.resolve("f");
        Files.createDirectories(folder);
        Path file;
        try (CampaignStore store = TinyCampaigns.create(folder, "later", 1_000, 500, 1)) {
            file = store.file();
        }
        byte[] before = Files.readAllBytes(file);
        assumeTrue(folder.toFile().setWritable(false, false) && file.toFile().setWritable(false, false));
        try {
            IOException e = assertThrows(IOException.class, () -> {
                try (CampaignStore store = CampaignStore.open(file)) {
                    new LocalExecutor(1, 1).execute(store, ExecutionListener.NONE);
                }
            });
            assertTrue(e.getMessage().contains("later.mdscape") || e.getMessage().contains("read"), e.getMessage());
        } finally {
            folder.toFile().setWritable(true, false);
            file.toFile().setWritable(true, false);
        }
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    /** Mounts a tmpfs at {@code at} (root only; the test is skipped where mounting is not allowed). */
    private static Path mount(Path at, String options) throws Exception {
        assumeTrue(isRoot() && System.getProperty("os.name").startsWith("Linux"), "mounting a tmpfs needs root on Linux");
        Files.createDirectories(at);
        Process p = new ProcessBuilder("mount", "-t", "tmpfs", "-o", options, "tmpfs", at.toString())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assumeTrue(p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0, "cannot mount a tmpfs here: " + out);
        return at;
    }

    private static void umount(Path at) throws Exception {
        Process p = new ProcessBuilder("umount", "-l", at.toString()).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        p.waitFor(30, TimeUnit.SECONDS);
    }

    private static void fill(Path filler) {
        byte[] block = new byte[16 * 1024];
        try (OutputStream out = Files.newOutputStream(filler)) {
            while (true) {
                out.write(block);
            }
        } catch (IOException full) {
            // the disk is full now
        }
    }

    private static List<String> list(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).toList();
        }
    }
}
