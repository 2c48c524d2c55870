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
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The File menu's work: new, open, save, save as, and the "save changes?" question before anything that
 * would drop unsaved work. A file that fails to load leaves the open diagram untouched; a failed save
 * leaves the document open and marked unsaved.
 */
public final class DocumentActions {

    private final EditorModel model;
    private final DiagramReader reader;
    private final DiagramWriter writer;
    private final Dialogs dialogs;
    private final RecentFiles recent;

    public DocumentActions(EditorModel model, DiagramReader reader, DiagramWriter writer, Dialogs dialogs,
            RecentFiles recent) {
        this.model = model;
        this.reader = reader;
        this.writer = writer;
        this.dialogs = dialogs;
        this.recent = recent;
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

    /** Opens {@code file} after asking about unsaved changes; returns whether it opened. */
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

    private boolean load(Path file) {
        LoadedDiagram loaded;
        try {
            loaded = reader.read(file);
        } catch (DiagramLoadException e) {
            dialogs.showError("Cannot open " + file.getFileName(), describe(e));
            return false;
        }
        model.open(loaded.diagram(), file);
        recent.add(file);
        if (!loaded.warnings().isEmpty()) {
            model.hint(loaded.warnings().size() == 1 ? loaded.warnings().get(0).describe()
                    : loaded.warnings().size() + " warnings while opening; the first: "
                            + loaded.warnings().get(0).describe());
        }
        return true;
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
