package dev.demarc.ui.editor;

import dev.demarc.io.DiagramLoadException;
import dev.demarc.io.DiagramReader;
import dev.demarc.io.LoadedDiagram;
import java.nio.file.Path;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * Reads and checks a diagram file on a thread of its own and hands the outcome back on the JavaFX thread, so
 * the window keeps answering while a large file is parsed. A bug in the reader (an unchecked exception) is
 * thrown again on the JavaFX thread, where the crash handler sees it, rather than lost on the reading thread.
 */
final class BackgroundReader {

    private static final Executor READING_THREAD = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "demarc-open");
        t.setDaemon(true);
        return t;
    });

    private final DiagramReader reader;

    BackgroundReader(DiagramReader reader) {
        this.reader = reader;
    }

    /** Reads {@code file}; then, on the JavaFX thread, calls {@code loaded} or {@code failed}. */
    void read(Path file, Consumer<LoadedDiagram> loaded, Consumer<DiagramLoadException> failed) {
        READING_THREAD.execute(() -> {
            try {
                LoadedDiagram result = reader.read(file);
                Platform.runLater(() -> loaded.accept(result));
            } catch (DiagramLoadException e) {
                Platform.runLater(() -> failed.accept(e));
            } catch (RuntimeException | Error bug) {
                // Thrown again on the JavaFX thread, where the window's safety net reports it and "Opening ..."
                // is cleared; on this thread it would die unseen.
                Platform.runLater(() -> {
                    throw bug;
                });
            }
        });
    }
}
