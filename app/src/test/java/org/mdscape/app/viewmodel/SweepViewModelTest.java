package org.mdscape.app.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mdscape.engine.campaign.CampaignSpecReader;
import org.mdscape.engine.campaign.SamplingMethod;

/** The Sweep screen's logic without a window: every executor runs in place, so answers arrive at once. */
class SweepViewModelTest {
    private SweepViewModel vm;

    @BeforeEach
    void loadExample() throws IOException {
        vm = new SweepViewModel(Runnable::run, Runnable::run);
        vm.load(example(), true, "");
    }

    static String example() throws IOException {
        try (InputStream in = SweepViewModelTest.class.getResourceAsStream(WorkbenchViewModel.EXAMPLE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private ParameterRow row(String name) {
        return vm.parameters().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void theExampleIsAThreeByTwoByTwoGrid() {
        assertEquals(List.of("h", "zp", "c"), vm.parameters().stream().map(ParameterRow::name).toList());
        assertTrue(vm.validProperty().get());
        assertEquals(12, vm.pointsProperty().get().size());
        assertEquals(12, vm.jobCountProperty().get());
        assertEquals("nm", row("h").unit());
        assertTrue(row("zp").integer());
        assertEquals("2.5, 3, 3.5", row("h").levelsProperty().get());
    }

    @Test
    void coreHoursFollowIonCountsAndSteps() {
        // 60 anions; zp = 1 gives 60 cations (120 ions), zp = 2 gives 30 (90 ions); 6 points each; 20,000 steps.
        double ionSteps = 20_000.0 * 6 * (120 + 90);
        double expected = ionSteps / SweepEstimate.ELECTROLYTE_BUILT_IN.particleStepsPerCoreSecond() / 3600;
        assertEquals(expected, vm.coreHoursProperty().get(), expected * 1e-12);
    }

    @Test
    void draggingAnIntegerRangeTakesEveryWholeNumber() {
        row("zp").dragTo(1.2, 3.4);
        assertEquals(3, row("zp").countProperty().get());
        assertEquals("3", row("zp").maxTextProperty().get());
        assertEquals(18, vm.pointsProperty().get().size());
        int d = vm.pointsProperty().get().names().indexOf("zp");
        Set<Double> zp = new HashSet<>();
        Arrays.stream(vm.pointsProperty().get().values()).forEach(p -> zp.add(p[d]));
        assertEquals(Set.of(1.0, 2.0, 3.0), zp);
    }

    @Test
    void typedRangeMovesTheSliderAndChangesLevels() {
        row("h").minTextProperty().set("2");
        row("h").countTextProperty().set("5");
        assertEquals(2.0, row("h").minProperty().get());
        assertEquals("2, 2.375, 2.75, 3.125, 3.5", row("h").levelsProperty().get());
        assertEquals(5 * 2 * 2, vm.pointsProperty().get().size());
    }

    @Test
    void invalidValuesGetTheModelsMessageNextToTheirField() {
        row("c").minTextProperty().set("-0.2");
        assertFalse(vm.validProperty().get());
        assertEquals("c min: salt concentration must be in (0, 5] M (got -0.2)", row("c").minMessageProperty().get());
        assertEquals("", row("h").minMessageProperty().get());
        assertEquals(0, vm.pointsProperty().get().size(), "no points are shown for an invalid sweep");

        row("c").minTextProperty().set("abc");
        assertEquals("c min: not a number (got 'abc')", row("c").minMessageProperty().get());
        row("c").minTextProperty().set("0.3");
        assertTrue(vm.validProperty().get());
        assertEquals("", row("c").minMessageProperty().get());
    }

    @Test
    void sobolSamplingUsesTheBudget() {
        vm.methodProperty().set(SamplingMethod.SOBOL);
        vm.budgetTextProperty().set("20");
        assertTrue(vm.validProperty().get(), String.join("; ", vm.problems()));
        assertEquals(20, vm.pointsProperty().get().size());
        vm.budgetTextProperty().set("0");
        assertEquals("budget: must be an integer number of points in [1, 100000] (got '0')", vm.budgetMessageProperty().get());
        assertFalse(vm.validProperty().get());
    }

    @Test
    void theSpecItWritesIsOneTheEngineReadsBack() {
        row("h").maxTextProperty().set("4");
        var spec = CampaignSpecReader.read(vm.validSpecJson().getBytes(StandardCharsets.UTF_8));
        assertEquals(4.0, spec.parameters().get("h").max());
        assertEquals(3, spec.parameters().get("h").count());
        // Settings the screen does not show survive: the fixed anion count and the run length.
        assertEquals(60, ((Number) spec.fixed().get("anions")).intValue());
        assertEquals(20_000, spec.simulation().steps());
    }
}
