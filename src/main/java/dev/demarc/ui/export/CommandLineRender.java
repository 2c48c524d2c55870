package dev.demarc.ui.export;

import atlantafx.base.theme.PrimerLight;
import dev.demarc.catalog.Catalog;
import dev.demarc.io.SaveFailures;
import dev.demarc.model.Diagram;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Application;
import javafx.application.Platform;

/**
 * The JavaFX side of {@code demarc render}: starts the JavaFX toolkit without a window (or uses the one
 * already running, as in tests), draws the picture on its thread strip by strip as the desktop app's export
 * does, in the light theme, and writes it. The command line checks everything else before it gets here, and
 * has chosen the platform: the display, or the headless one when there is none.
 */
public final class CommandLineRender {

    /**
     * JavaFX's logger, held here: the logging system keeps loggers only weakly, so a level set on one nobody
     * holds is lost at the next garbage collection, and JavaFX's warning would reach the user after all.
     */
    private static final Logger JAVAFX_LOG = Logger.getLogger("javafx");

    private CommandLineRender() {
    }

    /**
     * Draws {@code diagram} into {@code out}, as a 16:9 slide with its title and the overlay when {@code slide};
     * returns the problem for the user, or empty when written.
     */
    public static Optional<String> render(Diagram diagram, boolean overlay, int scale, boolean slide, Path out) {
        Optional<String> noToolkit = startToolkit();
        if (noToolkit.isPresent()) {
            return noToolkit;
        }
        FutureTask<Optional<String>> task = new FutureTask<>(() -> draw(diagram,
                new PngOptions(scale, overlay || slide, false, slide), out));
        Platform.runLater(task);
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of("interrupted while drawing");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw cause instanceof RuntimeException r ? r : new IllegalStateException(cause);
        }
    }

    private static Optional<String> draw(Diagram diagram, PngOptions options, Path out) {
        PreparedPicture picture;
        try {
            picture = DiagramPicture.prepare(diagram, Catalog.builtIn(), options, List.of());
        } catch (ExportException e) {
            return Optional.of(e.getMessage());
        }
        try {
            // No window waits, so all strips are drawn at once.
            PngFiles.write(picture, out);
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of("cannot write " + out + ": " + SaveFailures.reason(e));
        }
    }

    /** Starts JavaFX unless it runs already; returns why it cannot start, if it cannot. */
    private static Optional<String> startToolkit() {
        // JavaFX warns when started from the class path (java -jar); the warning means nothing to users.
        JAVAFX_LOG.setLevel(Level.SEVERE);
        FutureTask<Void> theme = new FutureTask<>(() -> {
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            return null;
        });
        try {
            Platform.startup(theme);
        } catch (IllegalStateException alreadyRunning) {
            // Started before (a test's toolkit): draw with whatever theme it has.
            return Optional.empty();
        } catch (RuntimeException | Error e) {
            return Optional.of("JavaFX could not start ("
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())
                    + "): render needs a graphical display or JavaFX's headless platform. Run it on a desktop, or "
                    + "under xvfb-run.");
        }
        try {
            theme.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            // Without the theme the picture still draws, only in JavaFX's default look.
        }
        return Optional.empty();
    }
}
