package org.mdscape.engine.surrogate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mdscape.engine.model.ConfinedElectrolyte;
import org.mdscape.engine.model.WallModel;
import org.mdscape.engine.run.ElectrolyteResult;
import org.mdscape.engine.run.ElectrolyteRun;
import org.mdscape.engine.run.ElectrolyteRunner;
import org.mdscape.engine.sim.reference.ReferencePlatform;

class BinLayoutTest {
    @Test
    void predictionsLandOnTheBinsASimulationReports(@TempDir Path dir) throws Exception {
        // Unequal diameters: two contact positions per side, and the unit is the smaller diameter.
        ConfinedElectrolyte system = new ConfinedElectrolyte(3.3, 1, -1, 0.8, 0.5, 0.62, WallModel.STANDARD,
                ConfinedElectrolyte.WATER_BJERRUM_NM, 20, 0, 1e-4);
        ElectrolyteRun run = new ElectrolyteRun(system, 0.001, 20, 0.5, 5, 0.05, 5, 0.1, 1, 0, 0);
        ElectrolyteResult r = ElectrolyteRunner.execute(run, new ReferencePlatform(), dir, false, s -> { });
        BinLayout l = BinLayout.of(run);
        assertArrayEquals(r.profile().zNm(), l.zNm(), 1e-12);
        assertArrayEquals(r.profile().contact(), l.contact());
        // The contact bins sit at distance 0 from their species' contact plane.
        int contacts = 0;
        for (int b = 0; b < l.bins(); b++) {
            if (l.contact()[b]) {
                double d0 = Math.abs(l.fromContact(0, b)), d1 = Math.abs(l.fromContact(1, b));
                assertEquals(0, Math.min(d0, d1), 1e-9);
                contacts++;
            }
        }
        assertEquals(4, contacts);
    }
}
