package org.mdscape.app.viewmodel;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.Preferences;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The campaigns and specs opened lately, newest first, remembered across sessions in the user's preferences. */
public final class RecentCampaigns {
    static final int MAX = 8;
    static final String KEY = "recent";

    private final Preferences prefs;
    private final ObservableList<Path> files = FXCollections.observableArrayList();

    public RecentCampaigns(Preferences prefs) {
        this.prefs = prefs;
        for (String line : prefs.get(KEY, "").split("\n")) {
            if (!line.isBlank()) {
                files.add(Path.of(line));
            }
        }
    }

    public ObservableList<Path> files() {
        return files;
    }

    /** Puts {@code file} first (once) and saves the list. */
    public void remember(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        List<Path> next = new ArrayList<>(files);
        next.remove(abs);
        next.addFirst(abs);
        while (next.size() > MAX) {
            next.removeLast();
        }
        files.setAll(next);
        prefs.put(KEY, String.join("\n", next.stream().map(Path::toString).toList()));
    }

    public void forget(Path file) {
        files.remove(file);
        prefs.put(KEY, String.join("\n", files.stream().map(Path::toString).toList()));
    }
}
