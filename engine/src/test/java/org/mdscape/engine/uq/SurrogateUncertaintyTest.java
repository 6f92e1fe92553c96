package org.mdscape.engine.uq;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mdscape.engine.campaign.CampaignStore;
import org.mdscape.engine.campaign.ProfileResult;
import org.mdscape.engine.surrogate.DesignSpace;
import org.mdscape.engine.surrogate.SurrogateConfig;
import org.mdscape.engine.surrogate.SurrogateEnsemble;
import org.mdscape.engine.surrogate.SyntheticProfilesAccess;

class SurrogateUncertaintyTest {
    static final DesignSpace SPACE = new DesignSpace(List.of("h", "c", "d"), new double[] {3, 0.3, 0.5},
            new double[] {4, 0.9, 0.75});

    @Test
    void neverExtrapolates() {
        var e = assertThrows(IllegalArgumentException.class, () -> SurrogateUncertainty.confine(SPACE,
                Map.of("c", new InputDistribution.Uniform(0.2, 0.5)), 0.05));
        assertTrue(e.getMessage().startsWith("c: uniform(0.2, 0.5) reaches outside the range the surrogate was trained on [0.3, 0.9]"),
                e.getMessage());
        // N(0.85, 0.1) on [0.3, 0.9]: P(Z > 0.5) = 30.9% outside.
        e = assertThrows(IllegalArgumentException.class, () -> SurrogateUncertainty.confine(SPACE,
                Map.of("c", new InputDistribution.Normal(0.85, 0.1)), 0.05));
        assertTrue(e.getMessage().contains("30.9% of its mass outside"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> SurrogateUncertainty.confine(SPACE,
                Map.of("zp", new InputDistribution.Exact(2)), 0.05));
        // 2.3% outside (P(Z > 2)) is allowed, cut away, and every input not given is exact at mid-range.
        var ok = SurrogateUncertainty.confine(SPACE, Map.of("c", new InputDistribution.Normal(0.7, 0.1)), 0.05);
        assertEquals(new InputDistribution.Exact(3.5), ok.get("h"));
        assertEquals(new InputDistribution.Exact(0.625), ok.get("d"));
    }

    @Test
    void aloneVaryingInputCarriesAllTheVarianceAndTheReportHasItsParts(@TempDir Path dir) throws Exception {
        try (CampaignStore store = SyntheticProfilesAccess.campaign(dir, 40)) {
            List<ProfileResult> data = SyntheticProfilesAccess.simulate(store, 0.01, 2);
            SurrogateConfig small = SurrogateConfig.DEFAULT.withMembers(3).withHidden(List.of(32, 32)).withEpochs(1);
            try (SurrogateEnsemble e = SurrogateEnsemble.train(data, DesignSpace.of(store.spec()), small, m -> { })) {
                var report = SurrogateUncertainty.propagate(e, store.spec(),
                        Map.of("c", new InputDistribution.Normal(0.6, 0.05)), 1024, 0.05, 100);
                assertEquals(1024 * 3 + 1024, report.evaluations(), "A, B, A with c from B, and the second pass over A");
                assertEquals(6, report.scalars().size());
                for (var s : report.scalars()) {
                    assertEquals(List.of("c"), List.copyOf(s.firstOrder().keySet()), "only c varies");
                    // With one varying input, first-order and total indices are 1 whatever the model.
                    assertEquals(1, s.firstOrder().get("c").value(), 0.02, s.toString());
                    assertEquals(1, s.total().get("c").value(), 0.02, s.toString());
                    assertTrue(s.p05() <= s.median() && s.median() <= s.p95(), s.toString());
                    assertEquals(s.inputSd() >= s.surrogateSd() ? "inputs" : "surrogate", s.dominant());
                }
                var band = report.band();
                assertEquals(0, band.wallDistanceNm()[0]);
                assertEquals(3.5 / 2, band.wallDistanceNm()[band.wallDistanceNm().length - 1], 1e-12);
                for (int p = 0; p < band.wallDistanceNm().length; p++) {
                    assertTrue(band.plus().p05()[p] <= band.plus().p25()[p] && band.plus().p25()[p] <= band.plus().median()[p]
                            && band.plus().median()[p] <= band.plus().p75()[p] && band.plus().p75()[p] <= band.plus().p95()[p]);
                }
            }
        }
    }
}
