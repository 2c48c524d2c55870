package dev.demarc.bench;

import dev.demarc.ui.MainWindow;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * What every harness does with JavaFX: start it headless (Monocle, software rendering), open the real editor
 * window, and run tasks on the JavaFX thread from the harness' main thread.
 */
final class FxCalls {

    private FxCalls() {
    }

    /** Starts JavaFX on the headless platform, as the UI tests run it. */
    static void startHeadless() throws Exception {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("headless.geometry", "1920x1200-32");
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get(30, TimeUnit.SECONDS);
    }

    /** The editor window as the app builds it, 1600 x 1000, shown, with dialogs that answer nothing. */
    static MainWindow openWindow(Preferences prefs) throws Exception {
        return onFx(() -> {
            Stage stage = new Stage();
            MainWindow window = MainWindow.build(stage, s -> new HarnessDialogs(), prefs);
            stage.setWidth(1600);
            stage.setHeight(1000);
            stage.show();
            return window;
        });
    }

    static <T> T onFx(Callable<T> task) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(task.call());
            } catch (Exception | Error e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(120, TimeUnit.SECONDS);
    }
}
