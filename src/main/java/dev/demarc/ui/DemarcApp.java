package dev.demarc.ui;

import dev.demarc.io.FileOps;
import dev.demarc.recovery.AppFolder;
import dev.demarc.ui.files.FxDialogs;
import dev.demarc.ui.recovery.FxRecoveryDialogs;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.stage.Stage;

/**
 * The desktop application: starts JavaFX, opens the editor window ({@link MainWindow#build}, where the editor is
 * wired) with the real dialogs, the user's preferences and crash safety, restores the window's size and opens
 * the diagram named on the command line.
 */
public class DemarcApp extends Application {

    /** Preferences node of the app; tests point {@code demarc.prefs} elsewhere to keep the user's untouched. */
    static final String PREFS_NODE = System.getProperty("demarc.prefs", "dev/demarc/app");

    /** Starts the JavaFX application with the command-line arguments. */
    public static void start(String[] args) {
        // JavaFX warns when started from the class path (java -jar); the warning means nothing to users.
        Logger.getLogger("javafx").setLevel(Level.SEVERE);
        Application.launch(DemarcApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        Preferences prefs = Preferences.userRoot().node(PREFS_NODE);
        MainWindow window = MainWindow.build(stage, owner -> new FxDialogs(owner, getHostServices()), prefs,
                FileOps.system(), new MainWindow.Safety(AppFolder.forUser(), FxRecoveryDialogs::new,
                        Duration.ofSeconds(30)));
        WindowState state = new WindowState(prefs);
        state.restore(stage);
        stage.setOnHidden(e -> state.save(stage));
        FirstShowExit.armFromProperty(stage);
        stage.show();
        window.placeDividers();
        List<String> args = getParameters() == null ? List.of() : getParameters().getUnnamed();
        if (!args.isEmpty()) {
            window.open(Path.of(args.get(0)));
        }
    }
}
