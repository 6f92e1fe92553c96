package org.mdscape.app.cli;

import picocli.CommandLine;

/** Version from the jar manifest (set by Maven), or "development" when run from classes. */
final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = MdscapeCommand.class.getPackage().getImplementationVersion();
        return new String[] {"MDScape " + (v == null ? "development build" : v),
                "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"};
    }
}
