package dev.demarc.ui;

import dev.demarc.analysis.Analyzer;
import dev.demarc.catalog.Catalog;
import dev.demarc.io.AtomicFiles;
import dev.demarc.io.DiagramReader;
import dev.demarc.io.DiagramWriter;
import dev.demarc.io.FileOps;
import dev.demarc.recovery.AppFolder;
import dev.demarc.ui.editor.ClipboardActions;
import dev.demarc.ui.editor.DocumentActions;
import dev.demarc.ui.editor.EditorModel;
import dev.demarc.ui.files.Dialogs;
import dev.demarc.ui.files.FxDialogs;
import dev.demarc.ui.files.RecentFiles;
import dev.demarc.ui.details.DetailsView;
import dev.demarc.ui.inspector.InspectorView;
import dev.demarc.ui.recovery.FxRecoveryDialogs;
import dev.demarc.ui.recovery.RecoveryDialogs;
import dev.demarc.ui.recovery.SafetyNet;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * The desktop application and its composition root: every object of the editor is created and wired here
 * by hand, so tests can build the same window with fake dialogs and their own preferences.
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
        MainWindow window = build(stage, owner -> new FxDialogs(owner, getHostServices()), prefs, FileOps.system(),
                new Safety(AppFolder.forUser(), FxRecoveryDialogs::new, Duration.ofSeconds(30)));
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

    /** Builds the editor window on {@code stage}; the caller shows it. */
    public static MainWindow build(Stage stage, Function<Stage, Dialogs> dialogsFactory, Preferences prefs) {
        return build(stage, dialogsFactory, prefs, FileOps.system());
    }

    /** As {@link #build(Stage, Function, Preferences)}, saving through {@code files} (tests make them fail). */
    public static MainWindow build(Stage stage, Function<Stage, Dialogs> dialogsFactory, Preferences prefs,
            FileOps files) {
        return build(stage, dialogsFactory, prefs, files, null);
    }

    /**
     * Crash safety for a window: the application folder for recovery copies and the log, the recovery
     * questions, and how often unsaved work is copied.
     */
    public record Safety(AppFolder folder, Function<Stage, RecoveryDialogs> dialogs, Duration autosaveEvery) {
    }

    /**
     * As {@link #build(Stage, Function, Preferences, FileOps)}, with autosave, recovery and the error handler
     * unless {@code safety} is null.
     */
    public static MainWindow build(Stage stage, Function<Stage, Dialogs> dialogsFactory, Preferences prefs,
            FileOps files, Safety safety) {
        Catalog catalog = Catalog.builtIn();
        EditorModel model = new EditorModel(catalog, new Analyzer(catalog));
        DiagramReader reader = new DiagramReader(catalog);
        DiagramWriter writer = new DiagramWriter(catalog, new AtomicFiles(files));
        RecentFiles recent = new RecentFiles(prefs);
        Dialogs dialogs = dialogsFactory.apply(stage);
        DocumentActions documents = new DocumentActions(model, reader, writer, dialogs, recent);
        if (safety != null) {
            SafetyNet.attach(stage, model, documents::documentName, dialogs, writer, reader, safety.folder(),
                    safety.dialogs().apply(stage), safety.autosaveEvery());
        }
        ClipboardActions clipboard = new ClipboardActions(model, reader, writer);
        MainMenus.Settings settings = new MainMenus.Settings(prefs, recent, () -> {
            if (documents.confirmDiscard()) {
                stage.hide();
                Platform.exit();
            }
        }, dialogs);
        return new MainWindow(stage, model, documents, clipboard, settings, new InspectorView(model),
                new DetailsView(model, dialogs::openLink));
    }
}
