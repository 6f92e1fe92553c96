package org.mdscape.app.gui;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/** Dialog answers given by a test in advance, and the questions asked, in order. */
final class ScriptedDialogs implements Dialogs {
    final Deque<Path> files = new ArrayDeque<>();
    final List<String> asked = new ArrayList<>();

    @Override
    public Optional<Path> openFile(Path folder) {
        asked.add("open");
        return Optional.ofNullable(files.poll());
    }

    @Override
    public Optional<Path> saveFile(Path folder, String name, String description, String extension) {
        asked.add("save " + name);
        return Optional.ofNullable(files.poll());
    }

    @Override
    public Optional<Path> folder(Path folder, String title) {
        asked.add("folder " + title);
        return Optional.ofNullable(files.poll());
    }

    @Override
    public boolean confirm(String title, String question) {
        asked.add("confirm " + question);
        return false;
    }
}
