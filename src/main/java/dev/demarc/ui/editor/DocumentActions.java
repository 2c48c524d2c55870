package dev.demarc.ui.editor;

import dev.demarc.io.DiagramLoadException;
import dev.demarc.io.DiagramReader;
import dev.demarc.io.DiagramWriter;
import dev.demarc.io.LoadedDiagram;
import dev.demarc.io.Problem;
import dev.demarc.io.SaveFailures;
import dev.demarc.model.Diagram;
import dev.demarc.ui.files.Dialogs;
import dev.demarc.ui.files.RecentFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The File menu's work: new, open, save, save as, and the "save changes?" question before anything that
 * would drop unsaved work. A file that fails to load leaves the open diagram untouched; a failed save
 * leaves the document open and marked unsaved.
 *
 * <p>A large file ({@link #READ_IN_BACKGROUND_FROM} bytes on) is read off the JavaFX thread with "Opening ..."
 * in the status bar, and the canvas then builds its views over several frames, so the window keeps answering.
 * Small files, the usual case, open at once: the new diagram is on screen when the command returns.
 */
public final class DocumentActions {

    /** From this file size on, reading and checking the file leaves the JavaFX thread (500 components: 150 KB). */
    public static final long READ_IN_BACKGROUND_FROM = 32 * 1024;

    private final EditorModel model;
    private final DiagramReader reader;
    private final DiagramWriter writer;
    private final Dialogs dialogs;
    private final RecentFiles recent;
    private final BackgroundReader backgroundReader;
    /** Counts background reads started, so only the newest one opens its diagram. */
    private long readTicket;

    public DocumentActions(EditorModel model, DiagramReader reader, DiagramWriter writer, Dialogs dialogs,
            RecentFiles recent) {
        this.model = model;
        this.reader = reader;
        this.writer = writer;
        this.dialogs = dialogs;
        this.recent = recent;
        this.backgroundReader = new BackgroundReader(reader);
    }

    /** The document's name for titles and questions: the file name, or "Untitled". */
    public String documentName() {
        Path file = model.file();
        if (file != null) {
            return file.getFileName().toString();
        }
        String title = model.diagram().title();
        return title == null || title.isBlank() ? "Untitled" : title;
    }

    public void newDiagram() {
        if (confirmDiscard()) {
            model.open(Diagram.empty(), null);
        }
    }

    public void open() {
        if (!confirmDiscard()) {
            return;
        }
        dialogs.chooseFileToOpen(folder()).ifPresent(this::load);
    }

    /**
     * Opens {@code file} after asking about unsaved changes; returns whether it opened, or, for a file large
     * enough to be read in the background, whether reading it began (a failure is then reported when it ends).
     */
    public boolean open(Path file) {
        return confirmDiscard() && load(file);
    }

    /** Opens a shipped sample as a new, untitled document (saving asks where, never overwriting it). */
    public boolean openSample(String name) {
        if (!confirmDiscard()) {
            return false;
        }
        Optional<byte[]> bytes = Samples.read(name);
        if (bytes.isEmpty()) {
            dialogs.showError("Sample not found", "The sample \"" + name + "\" is not part of this build.");
            return false;
        }
        try {
            model.open(reader.read(bytes.get()).diagram(), null);
            return true;
        } catch (DiagramLoadException e) {
            dialogs.showError("Cannot open the sample", describe(e));
            return false;
        }
    }

    /** Opens {@code file}; returns whether it opened, or, for a large file, whether reading it began. */
    private boolean load(Path file) {
        if (sizeOf(file) >= READ_IN_BACKGROUND_FROM) {
            loadInBackground(file);
            return true;
        }
        LoadedDiagram loaded;
        try {
            loaded = reader.read(file);
        } catch (DiagramLoadException e) {
            loadFailed(file, e);
            return false;
        }
        opened(file, loaded);
        return true;
    }

    private void loadInBackground(Path file) {
        long ticket = ++readTicket;
        Diagram asked = model.diagram();
        String reading = "Opening " + file.getFileName() + "...";
        model.hint(reading);
        backgroundReader.read(file, loaded -> {
            if (ticket != readTicket) {
                return;
            }
            clearHint(reading);
            // Edited while the file was read: the earlier "save changes?" answer no longer covers the edits.
            if (model.diagram() == asked || confirmDiscard()) {
                opened(file, loaded);
            }
        }, failure -> {
            if (ticket == readTicket) {
                clearHint(reading);
                loadFailed(file, failure);
            }
        });
    }

    private void clearHint(String shown) {
        if (model.hintProperty().get().equals(shown)) {
            model.hint("");
        }
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException | SecurityException e) {
            // Read at once, so the reader reports what is wrong with it by name.
            return 0;
        }
    }

    private void loadFailed(Path file, DiagramLoadException e) {
        dialogs.showError("Cannot open " + file.getFileName(), describe(e));
    }

    private void opened(Path file, LoadedDiagram loaded) {
        model.open(loaded.diagram(), file);
        recent.add(file);
        if (!loaded.warnings().isEmpty()) {
            model.hint(loaded.warnings().size() == 1 ? loaded.warnings().get(0).describe()
                    : loaded.warnings().size() + " warnings while opening; the first: "
                            + loaded.warnings().get(0).describe());
        }
    }

    /** Saves to the current file, or asks for one; returns whether the document was saved. */
    public boolean save() {
        return model.file() == null ? saveAs() : saveTo(model.file());
    }

    public boolean saveAs() {
        String suggested = model.file() != null ? model.file().getFileName().toString() : suggestedName();
        Optional<Path> target = dialogs.chooseFileToSave(folder(), suggested);
        return target.isPresent() && saveTo(target.get());
    }

    private boolean saveTo(Path file) {
        try {
            writer.write(file, model.diagram());
        } catch (IOException e) {
            dialogs.showError("Cannot save " + file.getFileName(), SaveFailures.describe(file, e));
            return false;
        }
        model.saved(file);
        recent.add(file);
        return true;
    }

    /**
     * Asks to save unsaved changes. Returns true when it is fine to go on (saved, or the user chose not to
     * save), false when the user cancelled or the save failed.
     */
    public boolean confirmDiscard() {
        if (!model.isDirty()) {
            return true;
        }
        Dialogs.SaveChoice choice = dialogs.askToSave(documentName());
        return switch (choice) {
            case SAVE -> save();
            case DONT_SAVE -> true;
            case CANCEL -> false;
        };
    }

    private String suggestedName() {
        String title = model.diagram().title();
        if (title == null || title.isBlank()) {
            return "diagram.json";
        }
        String slug = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return (slug.isEmpty() ? "diagram" : slug) + ".json";
    }

    private Path folder() {
        if (model.file() != null) {
            return model.file().toAbsolutePath().getParent();
        }
        return recent.files().isEmpty() ? null : recent.files().get(0).getParent();
    }

    /** A load failure as a user reads it: every problem on its own line, with line and column. */
    public static String describe(DiagramLoadException e) {
        int shown = Math.min(e.problems().size(), 8);
        String text = e.problems().subList(0, shown).stream().map(Problem::describe)
                .collect(Collectors.joining("\n"));
        if (e.problems().size() > shown) {
            text += "\n... and " + (e.problems().size() - shown) + " more problems.";
        }
        return text + "\n\nThe diagram you had open has not been changed.";
    }
}
