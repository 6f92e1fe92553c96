package org.mdscape.engine.campaign;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** The sqlite3 command-line shell: a reader of our campaign files that we did not write. */
final class SqliteCli {
    private SqliteCli() {
    }

    /** Whether sqlite3 is installed; CI (MDSCAPE_REQUIRE_READERS) must have it. */
    static boolean available() {
        try {
            Process p = new ProcessBuilder("sqlite3", "-version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            if (System.getenv("MDSCAPE_REQUIRE_READERS") != null) {
                throw new AssertionError("sqlite3 is required in CI (apt package sqlite3)", e);
            }
            return false;
        }
    }

    /** Runs SQL with a busy timeout (as any careful reader would) and returns standard output; fails on errors. */
    static String query(Path file, String sql) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("sqlite3", "-batch", "-cmd", ".timeout 10000", file.toString(), sql)
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0 || out.contains("Error")) {
            throw new AssertionError("sqlite3 failed on " + sql + ": " + out);
        }
        return out;
    }
}
