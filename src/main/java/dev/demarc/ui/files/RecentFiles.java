package dev.demarc.ui.files;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.Preferences;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The last ten diagrams opened or saved, most recent first, kept in the user's preferences. */
public final class RecentFiles {

    public static final int MAX = 10;
    private static final String KEY = "recent.";

    private final Preferences prefs;
    private final ObservableList<Path> files = FXCollections.observableArrayList();

    public RecentFiles(Preferences prefs) {
        this.prefs = prefs;
        for (int i = 0; i < MAX; i++) {
            String value = prefs.get(KEY + i, null);
            if (value != null && !value.isBlank()) {
                try {
                    files.add(Path.of(value));
                } catch (RuntimeException e) {
                    // A path that this system cannot parse is dropped from the list.
                }
            }
        }
    }

    public ObservableList<Path> files() {
        return files;
    }

    /** Moves {@code file} to the top of the list. */
    public void add(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        List<Path> next = new ArrayList<>(files);
        next.remove(absolute);
        next.add(0, absolute);
        while (next.size() > MAX) {
            next.remove(next.size() - 1);
        }
        files.setAll(next);
        store();
    }

    /** Drops {@code file}, e.g. once it turned out to be gone. */
    public void remove(Path file) {
        files.remove(file);
        store();
    }

    private void store() {
        for (int i = 0; i < MAX; i++) {
            if (i < files.size()) {
                prefs.put(KEY + i, files.get(i).toString());
            } else {
                prefs.remove(KEY + i);
            }
        }
    }
}
