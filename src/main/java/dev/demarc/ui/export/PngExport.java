package dev.demarc.ui.export;

import dev.demarc.io.SaveFailures;
import dev.demarc.model.Diagram;
import dev.demarc.ui.editor.EditorModel;
import dev.demarc.ui.export.StripDrawing.Strip;
import dev.demarc.ui.files.Dialogs;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.stage.Window;

/**
 * File > Export > PNG: asks for the options and the file, draws the picture ({@link DiagramPicture}) and
 * writes it. Remembers the scale and area between runs; the overlay choice starts from what the canvas
 * shows. It only reads the document: a failed export reports the file and why, and changes nothing.
 *
 * <p>The picture is drawn on the JavaFX thread (a snapshot must be), in strips ({@link PreparedPicture}). A
 * small one is drawn, encoded and written at once. A large one ({@link #BACKGROUND_FROM} pixels on) is drawn a
 * strip per frame ({@link StripDrawing}) while a thread of its own encodes the strips as they come and writes
 * the file ({@link StripEncoding}), with a progress window and Cancel; the file appears only whole, and only
 * if not cancelled before the final move, so a cancelled export leaves none.
 */
public final class PngExport {

    static final String SCALE_KEY = "export.png.scale";
    static final String SELECTION_KEY = "export.png.selection";
    static final String SLIDE_KEY = "export.png.slide";

    /** From this many pixels on (about 1,400 x 1,400), pictures are encoded and written in the background. */
    public static final long BACKGROUND_FROM = 2_000_000;
    /**
     * Strips drawn ahead of the encoding at most: enough to keep both threads busy, few enough that memory holds
     * a few strips rather than the picture.
     */
    private static final int STRIPS_AHEAD = 3;
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
        PreparedPicture picture;
        try {
            picture = DiagramPicture.prepare(diagram, model.catalog(), options, only);
        } catch (ExportException e) {
            dialogs.showError("Nothing exported", e.getMessage());
            return;
        }
        if ((long) picture.width() * picture.height() >= BACKGROUND_FROM) {
            exportInBackground(picture, target);
            return;
        }
        try {
            PngFiles.write(picture, target);
        } catch (IOException e) {
            writeFailed(target, SaveFailures.reason(e));
            return;
        }
        written(target, picture.width(), picture.height());
    }

    /**
     * Draws {@code picture} a strip per frame on this thread while the writing thread encodes the strips as they
     * come and then writes the file, with the progress of both and Cancel.
     */
    private void exportInBackground(PreparedPicture picture, Path target) {
        ExportJob job = new ExportJob();
        ExportProgress progress = new ExportProgress(owner, target.getFileName().toString(), job, picture.height());
        progress.show();
        BlockingQueue<Strip> strips = new ArrayBlockingQueue<>(STRIPS_AHEAD);
        StripEncoding.Outcome outcome = new StripEncoding.Outcome() {
            @Override
            public void written() {
                progress.close();
                PngExport.this.written(target, picture.width(), picture.height());
            }

            @Override
            public void cancelled() {
                progress.close();
                model.hint("Export cancelled; " + target.getFileName() + " was not written.");
            }

            @Override
            public void failed(String reason) {
                progress.close();
                writeFailed(target, reason);
            }
        };
        writing.execute(new StripEncoding(picture, strips, job, target, writing,
                rows -> Platform.runLater(() -> progress.encoded(rows)), outcome));
        new StripDrawing(picture, strips, job, progress::drawn).start();
    }

    private void writeFailed(Path target, String reason) {
        dialogs.showError("Export failed", "The picture could not be written to " + target + ": "
                + reason + ".\n\nThe diagram has not been changed.");
    }

    private void written(Path target, int width, int height) {
        model.hint("Picture exported to " + target + " (" + width + " x " + height + " pixels)");
    }
}
