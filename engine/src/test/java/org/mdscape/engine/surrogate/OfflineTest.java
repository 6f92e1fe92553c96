package org.mdscape.engine.surrogate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * DJL must never download: a fresh user (empty data folder) trains and predicts in a process that has no
 * network at all (its own empty network namespace, where even loopback is down), or, where namespaces are
 * not allowed, behind a proxy that refuses every connection. The PyTorch library must then come out of the
 * native jar into the user's data folder.
 */
class OfflineTest {
    static boolean canIsolateNetwork() {
        try {
            Process p = new ProcessBuilder("unshare", "-rn", "true").redirectErrorStream(true).start();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (Exception e) {
            return false;
        }
    }

    @Test
    void trainsAndPredictsWithNoNetworkAndAFreshDataFolder(@TempDir Path dir) throws Exception {
        Path dataHome = dir.resolve("data-home");
        List<String> cmd = new ArrayList<>();
        boolean isolated = canIsolateNetwork();
        if (isolated) {
            cmd.addAll(List.of("unshare", "-rn"));
        }
        cmd.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED",
                // Where namespaces are not allowed: every HTTP(S) connection goes to a port nothing listens on.
                "-Dhttp.proxyHost=127.0.0.1", "-Dhttp.proxyPort=9", "-Dhttps.proxyHost=127.0.0.1", "-Dhttps.proxyPort=9",
                "-cp", System.getProperty("java.class.path"), OfflineTrainingProbe.class.getName(),
                dir.resolve("work").toString()));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().put("MDSCAPE_DATA_HOME", dataHome.toString());
        pb.environment().keySet().removeIf(k -> k.startsWith("DJL_") || k.startsWith("ENGINE_CACHE"));
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes());
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), (isolated ? "(no network namespace) " : "(refusing proxy) ") + out);
        assertTrue(out.contains("predicted 8 points"), out);
        try (Stream<Path> files = Files.walk(dataHome)) {
            assertTrue(files.anyMatch(f -> f.getFileName().toString().startsWith("libtorch")),
                    "PyTorch extracted into the user's data folder");
        }
    }
}
