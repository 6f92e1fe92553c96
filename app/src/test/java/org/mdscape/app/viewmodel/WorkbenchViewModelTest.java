package org.mdscape.app.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mdscape.engine.campaign.CampaignSpecReader;
import org.mdscape.engine.campaign.JobState;

/** Open, save, launch and reopen, as the menus and the Plan screen do them, without a window. */
class WorkbenchViewModelTest {
    private Preferences prefs;
    private WorkbenchViewModel vm;

    @BeforeEach
    void create() {
        prefs = Preferences.userRoot().node("org/mdscape/test-" + UUID.randomUUID());
        vm = new WorkbenchViewModel(Runnable::run, Runnable::run, prefs, 2);
    }

    @AfterEach
    void close() throws Exception {
        vm.close();
        prefs.removeNode();
    }

    @Test
    void theExampleOpensForEditingAndItsPlanFollows() {
        vm.openExample();
        assertTrue(vm.documentOpenProperty().get());
        assertFalse(vm.campaignOpenProperty().get());
        assertTrue(vm.sweep().editableProperty().get());
        assertEquals(12, vm.sweep().jobCountProperty().get());
        assertFalse(vm.plan().rows().isEmpty(), "the plan follows the sweep");
        assertTrue(vm.plan().rows().getFirst().local());
    }

    @Test
    void saveLaunchAndReopen(@TempDir Path dir) throws Exception {
        vm.openExample();
        Path spec = dir.resolve("mine.json");
        vm.saveSpecAs(spec);
        assertEquals("small-electrolyte", CampaignSpecReader.read(Files.readAllBytes(spec)).name());
        assertEquals(spec.toAbsolutePath().normalize(), vm.recent().files().getFirst());

        // A short run so the test is quick: edit the saved spec as a scientist would, then open it.
        Files.writeString(spec, Files.readString(spec).replace("20000", "1000").replace("5000", "500"), StandardCharsets.UTF_8);
        vm.open(spec);
        assertEquals(1000, vm.sweep().specProperty().get().simulation().steps());
        AtomicBoolean started = new AtomicBoolean();
        vm.launchLocal(dir, () -> started.set(true));
        assertTrue(started.get(), vm.statusProperty().get());
        Path file = dir.resolve("small-electrolyte.mdscape");
        assertTrue(Files.exists(file));
        assertTrue(vm.campaignOpenProperty().get());
        assertFalse(vm.sweep().editableProperty().get(), "a created campaign's points are fixed");
        RunsViewModelTest.await(() -> vm.runs().jobs().size() == 12
                && vm.runs().jobs().stream().allMatch(j -> j.stateProperty().get() == JobState.DONE), 180, "the run");

        vm.closeDocument();
        RunsViewModelTest.await(() -> vm.runs().file() == null, 30, "closed");
        vm.open(file);
        assertTrue(vm.campaignOpenProperty().get(), vm.statusProperty().get());
        assertEquals(file, vm.fileProperty().get());
        RunsViewModelTest.await(() -> vm.runs().jobs().size() == 12, 10, "the reopened job table");
        assertEquals(file.toAbsolutePath().normalize(), vm.recent().files().getFirst());
    }

    @Test
    void aBrokenSpecSaysWhatIsWrongInOneLine(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"name\": \"x\", \"model\": \"plasma\"}");
        vm.open(bad);
        assertTrue(vm.errorProperty().get());
        assertEquals("Cannot open bad.json: model: must be one of electrolyte, lj (got 'plasma')", vm.statusProperty().get());
    }
}
