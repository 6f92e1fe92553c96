package org.mdscape.app.export;

import java.awt.Font;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The typeface of figures: DejaVu Sans, because it has every glyph a figure of ours needs (±, σ, ρ, Greek
 * letters, superscripts) and may be embedded in PDFs. It is found among the fonts installed on the computer
 * (Debian and Ubuntu: the fonts-dejavu-core package); where it is missing, figures use the JDK's sans-serif and
 * PDFs draw their text as outlines, which print correctly but cannot be searched.
 */
public final class PaperFonts {
    public static final String FAMILY = "DejaVu Sans";
    static final List<String> FILES = List.of("DejaVuSans.ttf", "DejaVuSans-Bold.ttf");

    private static volatile PaperFonts installed;

    private final List<Path> files;

    private PaperFonts(List<Path> files) {
        this.files = List.copyOf(files);
    }

    /** The fonts found on this computer (searched once). */
    public static PaperFonts installed() {
        PaperFonts f = installed;
        if (f == null) {
            f = new PaperFonts(search(fontFolders()));
            installed = f;
        }
        return f;
    }

    /** The TrueType files of the family, regular first; empty where it is not installed. */
    public List<Path> files() {
        return files;
    }

    public boolean available() {
        return !files.isEmpty();
    }

    /** The family figures are drawn in. */
    public String family() {
        return available() ? FAMILY : Font.SANS_SERIF;
    }

    public Font font(int style, float size) {
        return new Font(family(), style, Math.round(size)).deriveFont(size);
    }

    /** The folders where operating systems keep fonts, system-wide and per user. */
    static List<Path> fontFolders() {
        List<Path> dirs = new ArrayList<>();
        String home = System.getProperty("user.home", "");
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String windir = System.getenv().getOrDefault("WINDIR", "C:\\Windows");
            dirs.add(Path.of(windir, "Fonts"));
            String local = System.getenv("LOCALAPPDATA");
            if (local != null) {
                dirs.add(Path.of(local, "Microsoft", "Windows", "Fonts"));
            }
        } else if (os.contains("mac")) {
            dirs.add(Path.of(home, "Library", "Fonts"));
            dirs.add(Path.of("/Library/Fonts"));
            dirs.add(Path.of("/System/Library/Fonts"));
        } else {
            String dataHome = System.getenv().getOrDefault("XDG_DATA_HOME", home + "/.local/share");
            dirs.add(Path.of(dataHome, "fonts"));
            dirs.add(Path.of(home, ".fonts"));
            for (String d : System.getenv().getOrDefault("XDG_DATA_DIRS", "/usr/local/share:/usr/share").split(":")) {
                if (!d.isBlank()) {
                    dirs.add(Path.of(d, "fonts"));
                }
            }
        }
        return dirs;
    }

    static List<Path> search(List<Path> folders) {
        List<Path> found = new ArrayList<>();
        for (String name : FILES) {
            find(folders, name).ifPresent(found::add);
        }
        // A bold face without the regular one is of no use.
        return found.isEmpty() || !found.getFirst().getFileName().toString().equals(FILES.getFirst()) ? List.of() : found;
    }

    private static Optional<Path> find(List<Path> folders, String name) {
        for (Path dir : folders) {
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(dir, 6)) {
                Optional<Path> hit = walk.filter(p -> p.getFileName().toString().equals(name) && Files.isRegularFile(p))
                        .findFirst();
                if (hit.isPresent()) {
                    return hit;
                }
            } catch (IOException | java.io.UncheckedIOException e) {
                // an unreadable folder: look in the next one
            }
        }
        return Optional.empty();
    }
}
