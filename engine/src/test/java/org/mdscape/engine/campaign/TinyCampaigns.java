package org.mdscape.engine.campaign;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import org.mdscape.engine.model.ConfinedElectrolyte;
import org.mdscape.engine.model.WallModel;
import org.mdscape.engine.run.ElectrolyteRun;

/** Small electrolyte campaigns that run in seconds, and the standalone runs they must reproduce. */
final class TinyCampaigns {
    static final double[] H = {2.5, 3.0};
    static final double[] C = {0.1, 0.2};
    static final long SEED = 7;

    private TinyCampaigns() {
    }

    /** 2 x 2 grid (h slowest, c fastest), 20 anions, z+ = 2. */
    static String spec(String name, long steps, long checkpointEvery, int workers) {
        return String.format(Locale.ROOT, """
                {"name": "%s", "model": "electrolyte",
                 "fixed": {"zp": 2, "zn": -1, "dp": 0.6, "dn": 0.5, "anions": 20, "wall": "legacy2019"},
                 "parameters": {"h": {"values": [2.5, 3.0]}, "c": {"range": [0.1, 0.2], "count": 2}},
                 "sampling": {"method": "grid"},
                 "simulation": {"steps": %d, "sampleEvery": 50, "seed": %d},
                 "execution": {"workers": %d, "threadsPerJob": 1, "checkpointEvery": %d}}
                """, name, steps, SEED, workers, checkpointEvery);
    }

    static CampaignStore create(Path dir, String name, long steps, long checkpointEvery, int workers) throws IOException {
        String json = spec(name, steps, checkpointEvery, workers);
        return CampaignStore.create(dir.resolve(name + ".mdscape"),
                CampaignSpecReader.read(json.getBytes(StandardCharsets.UTF_8)), json);
    }

    /**
     * The run of job k written out by hand from the spec above (grid order h slowest; seed = base + job),
     * independent of the campaign code that builds runs from specs.
     */
    static ElectrolyteRun standalone(int job, long steps, long checkpointEvery) {
        ConfinedElectrolyte system = new ConfinedElectrolyte(H[job / 2], 2, -1, C[job % 2], 0.6, 0.5,
                WallModel.LEGACY2019, ConfinedElectrolyte.WATER_BJERRUM_NM, 20, 0, 1e-4);
        return new ElectrolyteRun(system, 0.001, steps, 0.2, 50, 0.05, 5, 0.1, SEED + job, 0, checkpointEvery);
    }
}
