package dev.demarc.ui.export;

import dev.demarc.io.SaveFailures;
import dev.demarc.model.Diagram;
import dev.demarc.ui.editor.EditorModel;
import dev.demarc.ui.files.Dialogs;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.scene.image.WritableImage;
import javafx.stage.Window;

/**
 * File > Export > PNG: asks for the options and the file, draws the picture ({@link DiagramPicture}) and
 * writes it. Remembers the scale and area between runs; the overlay choice starts from what the canvas
 * shows. It only reads the document: a failed export reports the file and why, and changes nothing.
 *
 * <p>The picture is drawn on the JavaFX thread (a snapshot must be). A large one ({@link #BACKGROUND_FROM}
 * pixels on) is then encoded and written on a thread of its own, with a progress window and Cancel; the file
 * appears only whole, so a cancelled export leaves none.
 */
public final class PngExport {

    static final String SCALE_KEY = "export.png.scale";
    static final String SELECTION_KEY = "export.png.selection";
    static final String SLIDE_KEY = "export.png.slide";

    /** From this many pixels on (about 1,400 x 1,400), pictures are encoded and written in the background. */
    public static final long BACKGROUND_FROM = 2_000_000;
    private static final Executor WRITING_THREAD = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "demarc-png-export");
        t.setDaemon(true);
        return t;
    });

    private final EditorModel model;
    private final Dialogs dialogs;
    private final Preferences prefs;
    private final Window owner;
    private final Executor writing;

    public PngExport(EditorModel model, Dialogs dialogs, Preferences prefs, Window owner) {
        this(model, dialogs, prefs, owner, WRITING_THREAD);
    }

    /** As the other constructor, writing large pictures on {@code writing}. */
    public PngExport(EditorModel model, Dialogs dialogs, Preferences prefs, Window owner, Executor writing) {
        this.model = model;
        this.dialogs = dialogs;
        this.prefs = prefs;
        this.owner = owner;
        this.writing = writing;
    }

    /**
     * Runs the whole export: options, file, picture. {@code overlayShown} is whether the canvas shows the
     * overlay now, the dialog's default; {@code documentName} suggests the file name.
     */
    public void run(boolean overlayShown, String documentName) {
        int scale = Math.max(1, Math.min(PngOptions.MAX_SCALE, prefs.getInt(SCALE_KEY, 2)));
        PngOptions initial = new PngOptions(scale, overlayShown, prefs.getBoolean(SELECTION_KEY, false),
                prefs.getBoolean(SLIDE_KEY, false));
        Optional<PngOptions> chosen = PngExportDialog.ask(owner, initial, model.selection().size());
        if (chosen.isEmpty()) {
            return;
        }
        PngOptions options = chosen.get();
        prefs.putInt(SCALE_KEY, options.scale());
        prefs.putBoolean(SELECTION_KEY, options.selectionOnly());
        prefs.putBoolean(SLIDE_KEY, options.slide());
        String name = documentName.replaceFirst("\\.json$", "") + (options.selectionOnly() ? "-selection"
                : options.slide() ? "-slide" : "")
                + ".png";
        Path folder = model.file() == null ? null : model.file().toAbsolutePath().getParent();
        dialogs.chooseExportFile(folder, name, "PNG image (*.png)", "png").ifPresent(target -> export(options, target));
    }

    /**
     * The export without its questions: draws the picture with {@code options} and writes it to
     * {@code target}; reports the outcome in the hint, or a failure in an error dialog.
     */
    public void export(PngOptions options, Path target) {
        Diagram diagram = model.diagram();
        List<String> only = options.selectionOnly() ? List.copyOf(model.selection()) : List.of();
        WritableImage image;
        try {
            image = DiagramPicture.draw(diagram, model.catalog(), options, only);
        } catch (ExportException e) {
            dialogs.showError("Nothing exported", e.getMessage());
            return;
        }
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        int[] argb = PngFiles.pixels(image);
        if ((long) width * height < BACKGROUND_FROM) {
            try {
                PngFiles.write(width, height, argb, options.scale(), target, (done, total) -> { });
            } catch (IOException e) {
                writeFailed(target, e);
                return;
            }
            written(target, width, height);
            return;
        }
        ExportProgress progress = new ExportProgress(owner, target.getFileName().toString());
        progress.show();
        writing.execute(() -> writeInBackground(width, height, argb, options.scale(), target, progress));
    }

    private void writeInBackground(int width, int height, int[] argb, int scale, Path target,
            ExportProgress progress) {
        try {
            PngFiles.write(width, height, argb, scale, target, (done, total) -> {
                if (progress.isCancelled()) {
                    throw new CancellationException();
                }
                Platform.runLater(() -> progress.progress((double) done / total));
            });
            Platform.runLater(() -> {
                progress.close();
                written(target, width, height);
            });
        } catch (CancellationException e) {
            Platform.runLater(() -> model.hint("Export cancelled; " + target.getFileName() + " was not written."));
        } catch (IOException e) {
            Platform.runLater(() -> {
                progress.close();
                writeFailed(target, e);
            });
        }
    }

    private void writeFailed(Path target, IOException e) {
        dialogs.showError("Export failed", "The picture could not be written to " + target + ": "
                + SaveFailures.reason(e) + ".\n\nThe diagram has not been changed.");
    }

    private void written(Path target, int width, int height) {
        model.hint("Picture exported to " + target + " (" + width + " x " + height + " pixels)");
    }
}
