package org.mdscape.app.gui;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The questions the workbench asks through the operating system's dialogs. Tests answer them without native
 * windows, which a robot cannot drive reliably.
 */
public interface Dialogs {
    Optional<Path> openFile(Path folder);

    Optional<Path> saveFile(Path folder, String name, String description, String extension);

    Optional<Path> folder(Path folder, String title);

    boolean confirm(String title, String question);
}
