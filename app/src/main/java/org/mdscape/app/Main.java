package org.mdscape.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.mdscape.app.cli.MdscapeCommand;

/**
 * Entry point of the {@code mdscape} command: with no arguments, or with a campaign file NAME.mdscape, it opens the
 * workbench; with a subcommand it runs headless.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 0 || args.length == 1 && args[0].endsWith(".mdscape")) {
            System.exit(workbench(args.length == 0 ? null : Path.of(args[0])));
        }
        System.exit(MdscapeCommand.execute(args, System.out, System.err));
    }

    private static int workbench(Path file) {
        if (file != null && !Files.isRegularFile(file)) {
            System.err.println("mdscape: " + file + ": no such campaign file");
            return 2;
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        boolean x11 = !os.contains("win") && !os.contains("mac");
        if (x11 && System.getenv("DISPLAY") == null && System.getenv("WAYLAND_DISPLAY") == null) {
            System.err.println("mdscape: no display for the workbench (DISPLAY is not set); run a subcommand instead"
                    + " (mdscape --help), or start it under a desktop or xvfb-run");
            return 2;
        }
        // Java2D draws figures into images and files only (never AWT windows), so AWT needs no display of its own.
        System.setProperty("java.awt.headless", "true");
        // A separate class, so that the headless commands never load JavaFX.
        org.mdscape.app.gui.WorkbenchApp.launchWith(file);
        return 0;
    }
}
