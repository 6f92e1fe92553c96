package org.mdscape.engine.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The model's counts, box and refusals, against the data set's stated system and physical constants. */
class ConfinedElectrolyteTest {

    @Test
    void referenceSystemHasTheDataSetsBox() {
        // shared/data README: h = 3 nm, c = 0.5 M, 212 + 212 ions, box 15.32 x 15.32 nm laterally.
        ConfinedElectrolyte e = ConfinedElectrolyte.of(3.0, 1, -1, 0.5, 0.714);
        assertEquals(212, e.anions());
        assertEquals(212, e.cations());
        assertEquals(15.32, e.lateralNm(), 0.005);
    }

    @Test
    void bjerrumLengthOfWaterFromPhysicalConstants() {
        // DESIGN.md: 0.7007 nm at 298 K; the group's code rounds to 0.714 (2% stronger).
        assertEquals(0.7007, ConfinedElectrolyte.WATER_BJERRUM_NM, 0.0005);
    }

    @Test
    void countsKeepTheSystemNeutral() {
        ConfinedElectrolyte e = ConfinedElectrolyte.of(3.0, 3, -1, 0.5, 0.714);
        assertEquals(0, e.anions() % 3, "anions rounded up to a multiple of z+");
        assertEquals(e.anions(), 3 * e.cations());
        ConfinedElectrolyte two = new ConfinedElectrolyte(3.0, 2, -2, 0.5, 0.6, 0.6, WallModel.STANDARD, 0.7, 101, 0, 1e-4);
        assertEquals(102, two.anions());
        assertEquals(102, two.cations());
    }

    @Test
    void refusesWhatCannotBeSimulatedInPhysicalWords() {
        List<SpecProblem> narrow = ConfinedElectrolyte.of(0.6, 1, -1, 0.5, 0.714).problems();
        assertEquals("h", narrow.getFirst().field());
        assertTrue(narrow.getFirst().message().contains("largest ion diameter"), narrow.toString());

        List<SpecProblem> many = new ConfinedElectrolyte(3.0, 1, -1, 0.5, 0.714, 0.714, WallModel.STANDARD, 0.7, 15_000, 0, 1e-4).problems();
        assertTrue(many.stream().anyMatch(p -> p.message().contains("ions") && p.message().contains("20000")), many.toString());

        List<SpecProblem> tiny = new ConfinedElectrolyte(3.0, 1, -1, 0.5, 0.714, 0.714, WallModel.STANDARD, 0.7, 4, 0, 1e-4).problems();
        assertTrue(tiny.stream().anyMatch(p -> p.message().contains("minimum-image")), tiny.toString());

        List<SpecProblem> salt = ConfinedElectrolyte.of(3.0, 1, -1, -0.2, 0.714).problems();
        assertEquals("c", salt.getFirst().field());
        assertTrue(salt.getFirst().message().contains("(0, 5] M"), salt.toString());

        assertEquals("zp", ConfinedElectrolyte.of(3.0, 5, -1, 0.5, 0.714).problems().getFirst().field());
        assertEquals("zn", ConfinedElectrolyte.of(3.0, 1, 1, 0.5, 0.714).problems().getFirst().field());
    }
}
