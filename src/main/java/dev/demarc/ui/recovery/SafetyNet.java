package dev.demarc.ui.recovery;

import dev.demarc.io.DiagramReader;
import dev.demarc.io.DiagramWriter;
import dev.demarc.recovery.AppFolder;
import dev.demarc.recovery.RecoveryStore;
import dev.demarc.ui.editor.EditorModel;
import dev.demarc.ui.files.Dialogs;
import java.io.IOException;
import java.time.Duration;
import java.util.function.Supplier;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * Connects crash safety to one editor window: autosave while there are unsaved changes, the recovery offer
 * once the window is first shown, the error handler, and the removal of the copies on a clean close.
 */
public final class SafetyNet {

    private SafetyNet() {
    }

    /**
     * Attaches autosave, recovery and the error handler to the window on {@code stage}. When the
     * application folder cannot be used, the editor runs without them and the hint says so.
     */
    public static void attach(Stage stage, EditorModel model, Supplier<String> documentName, Dialogs files,
            DiagramWriter writer, DiagramReader reader, AppFolder folder, RecoveryDialogs dialogs,
            Duration autosaveEvery) {
        RecoveryStore store;
        try {
            store = RecoveryStore.open(folder.recovery(), writer, reader);
        } catch (IOException e) {
            model.hint("Autosave is off: the folder " + folder.recovery() + " cannot be used (" + e.getMessage()
                    + ").");
            return;
        }
        Autosaver autosaver = new Autosaver(model, store, documentName, autosaveEvery);
        autosaver.start(stage);
        new CrashHandler(autosaver, folder.logFile(), dialogs).install(Thread.currentThread());
        RecoveryOffer offer = new RecoveryOffer(store, dialogs, files, writer, model, autosaver);
        boolean[] offered = {false};
        stage.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> {
            if (!offered[0]) {
                offered[0] = true;
                offer.start();
            }
        });
        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> autosaver.close());
    }
}
