package org.mdscape.app.gui;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The real dialogs: JavaFX file choosers and a confirmation alert. */
final class FxDialogs implements Dialogs {
    private final Window owner;

    FxDialogs(Window owner) {
        this.owner = owner;
    }

    @Override
    public Optional<Path> openFile(Path folder) {
        FileChooser c = new FileChooser();
        c.setTitle("Open a campaign or a sweep spec");
        c.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Campaigns and specs", "*.mdscape", "*.json"),
                new FileChooser.ExtensionFilter("All files", "*"));
        c.setInitialDirectory(existing(folder));
        return Optional.ofNullable(c.showOpenDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> saveFile(Path folder, String name, String description, String extension) {
        FileChooser c = new FileChooser();
        c.setTitle("Save as");
        c.getExtensionFilters().add(new FileChooser.ExtensionFilter(description, "*." + extension));
        c.setInitialDirectory(existing(folder));
        c.setInitialFileName(name);
        return Optional.ofNullable(c.showSaveDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> folder(Path folder, String title) {
        DirectoryChooser c = new DirectoryChooser();
        c.setTitle(title);
        c.setInitialDirectory(existing(folder));
        return Optional.ofNullable(c.showDialog(owner)).map(File::toPath);
    }

    @Override
    public boolean confirm(String title, String question) {
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, question, ButtonType.OK, ButtonType.CANCEL);
        a.initOwner(owner);
        a.setTitle(title);
        a.setHeaderText(null);
        return a.showAndWait().filter(b -> b == ButtonType.OK).isPresent();
    }

    private static File existing(Path folder) {
        return folder != null && Files.isDirectory(folder) ? folder.toFile() : null;
    }
}
