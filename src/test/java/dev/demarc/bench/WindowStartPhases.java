package dev.demarc.bench;

import dev.demarc.catalog.Catalog;
import dev.demarc.io.FileOps;
import dev.demarc.recovery.AppFolder;
import dev.demarc.ui.MainWindow;
import dev.demarc.ui.WindowState;
import dev.demarc.ui.files.FxDialogs;
import dev.demarc.ui.recovery.FxRecoveryDialogs;
import java.nio.file.Path;
import java.time.Duration;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * Where the first window's processor time goes: the JavaFX thread's time per step of what {@code DemarcApp} does
 * before its window shows a diagram, then every thread's total (the JIT compilers' share is large). Run on the
 * packaged runtime with a display, Linux only: {@code RUNTIME/bin/java -cp
 * target/test-classes:APP/lib/app/demarc.jar dev.demarc.bench.WindowStartPhases FILE.json}. Preferences go to a
 * node of their own; autosave and recovery use the user's folder as the app does.
 */
public final class WindowStartPhases {

    private WindowStartPhases() {
    }

    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    /** The app's start, step by step. */
    public static final class Window extends Application {

        @Override
        public void start(Stage stage) {
            ProcessClock clock = new ProcessClock(System.out);
            Catalog.builtIn();
            clock.mark("catalog");
            Preferences prefs = Preferences.userRoot().node("dev/demarc/bench");
            MainWindow window = MainWindow.build(stage, owner -> new FxDialogs(owner, getHostServices()), prefs,
                    FileOps.system(), new MainWindow.Safety(AppFolder.forUser(), FxRecoveryDialogs::new,
                            Duration.ofSeconds(30)));
            clock.mark("build the window");
            new WindowState(prefs).restore(stage);
            stage.show();
            window.placeDividers();
            clock.mark("show (CSS, layout)");
            window.open(Path.of(getParameters().getUnnamed().get(0)));
            clock.mark("open the diagram");
            Platform.runLater(() -> {
                clock.mark("first frame's events");
                clock.threads();
                Platform.exit();
            });
        }
    }
}
