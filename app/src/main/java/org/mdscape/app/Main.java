package org.mdscape.app;

import org.mdscape.app.cli.MdscapeCommand;

/** Entry point of the {@code mdscape} command (and, later, of the workbench when run without arguments). */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(MdscapeCommand.execute(args, System.out, System.err));
    }
}
