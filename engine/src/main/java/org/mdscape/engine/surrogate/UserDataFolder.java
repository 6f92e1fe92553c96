package org.mdscape.engine.surrogate;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Where MDScape keeps per-user files that are not campaigns: the extracted PyTorch native library and
 * similar caches. {@code MDSCAPE_DATA_HOME} overrides it (tests, locked-down machines); otherwise the
 * platform's convention: XDG_DATA_HOME or ~/.local/share on Linux, ~/Library/Application Support on macOS,
 * %LOCALAPPDATA% on Windows.
 */
public final class UserDataFolder {
    private UserDataFolder() {
    }

    public static Path locate() {
        String override = System.getenv("MDSCAPE_DATA_HOME");
        if (override == null || override.isBlank()) {
            override = System.getProperty("mdscape.dataHome");
        }
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        Path home = Path.of(System.getProperty("user.home"));
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String local = System.getenv("LOCALAPPDATA");
            return (local != null ? Path.of(local) : home.resolve("AppData").resolve("Local")).resolve("MDScape");
        }
        if (os.contains("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("MDScape");
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".local").resolve("share")).resolve("mdscape");
    }
}
