package org.mdscape.cloud.preemption;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mdscape.cloud.SharedData;

/** The three history layouts, the built-in defaults, and one-line reasons for files that are not histories. */
class HistoryFileTest {

    @Test
    void readsTheSciSpotLayoutWithTypesAndZones() {
        PreemptionHistory h = SharedData.preemptions();
        assertTrue(h.machineTypes().contains("n1-highcpu-16"));
        assertTrue(h.zones().contains("us-east1-b"));
        // README: n1-highcpu-2..64 and a few n1-standard; us-central1-c holds the most.
        assertEquals(244, h.ofMachineType("n1-highcpu-2").size());
    }

    @Test
    void readsCsvAndPlainJson(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("h.csv");
        Files.writeString(csv, "lifetime_hours,preempted,machine_type,zone\n1.5,true,n1-highcpu-4,us-central1-c\n3,false,,\n");
        PreemptionHistory a = HistoryFile.read(csv);
        assertEquals(2, a.size());
        assertEquals(1, a.preemptedCount());
        Path json = dir.resolve("h.json");
        Files.writeString(json, "[{\"lifetimeHours\": 2.5, \"preempted\": true}, {\"lifetimeHours\": 0.5, \"preempted\": false}]");
        PreemptionHistory b = HistoryFile.read(json);
        assertEquals(0.5, b.records().getFirst().lifetimeHours());
    }

    @Test
    void rejectsWhatIsNotAHistoryInOneLine(@TempDir Path dir) throws Exception {
        String[][] cases = {
                {"empty.csv", "   \n"},
                {"bad.json", "{\"vm\": {\"time_in_sec\": 3600, \"stop\": {}"},
                {"noend.json", "{\"vm\": {\"time_in_sec\": 3600}}"},
                {"neg.csv", "lifetime_hours,preempted\n-1,true\n"},
                {"words.txt", "hello world\n"},
                {"flag.csv", "lifetime_hours,preempted\n1,maybe\n"}};
        for (String[] c : cases) {
            Path f = dir.resolve(c[0]);
            Files.writeString(f, c[1]);
            MalformedHistoryException e = assertThrows(MalformedHistoryException.class, () -> HistoryFile.read(f), c[0]);
            assertEquals(1, e.getMessage().lines().count(), e.getMessage());
        }
    }

    @Test
    void conservativeSpotDefaultOverstatesPreemptionsForJobsOfAnHourOrMore() {
        // Against the 2019 VMs' Kaplan-Meier estimate: F_default(T) >= F_KM(T) for T in [1, 24] h.
        EmpiricalModel km = new EmpiricalModel(SharedData.preemptions());
        System.out.printf(Locale.ROOT, "KM F(1 h) = %.4f -> rate %.4f per hour, mean %.2f h%n", 1 - km.stepSurvival(1),
                -Math.log(km.stepSurvival(1)), -1 / Math.log(km.stepSurvival(1)));
        for (double t = 1; t <= 24; t += 0.25) {
            assertTrue(DefaultModels.SPOT_CONSERVATIVE.cdf(t) >= 1 - km.stepSurvival(t) - 0.001, "T = " + t);
        }
    }

    @Test
    void spotModelFromHistoryPrefersTheBathtubOnCappedData() {
        // The 2019 VMs all died by about 24.8 h: the bathtub's wear-out should win on AIC.
        AttributedModel m = DefaultModels.spot(SharedData.preemptions());
        assertEquals("scispot", m.model().family(), m.source());
        assertTrue(m.source().contains("717 preempted"), m.source());
    }
}
