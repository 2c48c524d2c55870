package dev.demarc.ui.recovery;

import dev.demarc.io.DiagramWriter;
import dev.demarc.io.SaveFailures;
import dev.demarc.recovery.Recovered;
import dev.demarc.recovery.RecoveryStore;
import dev.demarc.ui.editor.EditorModel;
import dev.demarc.ui.files.Dialogs;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * At start, offers each diagram recovered from an earlier session that ended without closing cleanly:
 * Restore (the first one restored opens in the window, exactly as last autosaved and marked unsaved), Save
 * As (written to a file of the user's choice), Discard, or Later (asked again next time). A copy is deleted
 * only once its diagram is safe elsewhere.
 */
final class RecoveryOffer {

    private static final Logger LOG = Logger.getLogger(RecoveryOffer.class.getName());

    private final RecoveryStore store;
    private final RecoveryDialogs ask;
    private final Dialogs files;
    private final DiagramWriter writer;
    private final EditorModel model;
    private final Autosaver autosaver;

    RecoveryOffer(RecoveryStore store, RecoveryDialogs ask, Dialogs files, DiagramWriter writer, EditorModel model,
            Autosaver autosaver) {
        this.store = store;
        this.ask = ask;
        this.files = files;
        this.writer = writer;
        this.model = model;
        this.autosaver = autosaver;
    }

    void run() {
        List<Recovered> found;
        try {
            found = store.orphans();
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not look for recovery copies", e);
            return;
        }
        boolean restored = false;
        for (Recovered r : found) {
            RecoveryDialogs.Choice choice = ask.askAboutRecovered(r.info(), !restored);
            boolean safe = switch (choice) {
                case RESTORE -> !restored && restore(r);
                case SAVE_AS -> saveAs(r);
                case DISCARD -> true;
                case LATER -> false;
            };
            restored |= choice == RecoveryDialogs.Choice.RESTORE && safe;
            settle(r, safe);
        }
    }

    /** Opens the copy as unsaved work, and copies it into this instance's folder before the old copy goes. */
    private boolean restore(Recovered r) {
        model.openUnsaved(r.diagram(), r.info().originalFile());
        try {
            autosaver.copyIfChanged().get(10, TimeUnit.SECONDS);
            return true;
        } catch (Exception e) {
            LOG.log(Level.WARNING, "Could not copy the restored diagram; keeping the old copy", e);
            return false;
        }
    }

    private boolean saveAs(Recovered r) {
        Path original = r.info().originalFile();
        Optional<Path> target = files.chooseFileToSave(original == null ? null : original.getParent(),
                original == null ? "recovered.json" : original.getFileName().toString());
        if (target.isEmpty()) {
            return false;
        }
        try {
            writer.write(target.get(), r.diagram());
            return true;
        } catch (IOException e) {
            files.showError("Cannot save " + target.get().getFileName(), SaveFailures.describe(target.get(), e));
            return false;
        }
    }

    private void settle(Recovered r, boolean safe) {
        try {
            if (safe) {
                store.discard(r);
            } else {
                store.keep(r);
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not tidy the recovery copy " + r.info().name(), e);
        }
    }
}
