package dev.demarc.ui.recovery;

import dev.demarc.io.DiagramWriter;
import dev.demarc.io.SaveFailures;
import dev.demarc.recovery.Recovered;
import dev.demarc.recovery.RecoveryStore;
import dev.demarc.ui.editor.EditorModel;
import dev.demarc.ui.files.Dialogs;
import java.io.IOException;
import javafx.application.Platform;
import java.util.concurrent.CompletableFuture;
import java.util.ArrayList;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
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

    /**
     * Looks for the copies of instances that died on the autosave thread (reading them is file work), then asks
     * about each on the JavaFX thread. The returned future ends once every copy is settled.
     */
    CompletableFuture<Void> start() {
        CompletableFuture<List<Recovered>> found = new CompletableFuture<>();
        autosaver.inBackground(() -> {
            try {
                found.complete(store.orphans());
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.WARNING, "Could not look for recovery copies", e);
                found.complete(List.of());
            }
        });
        return found.thenComposeAsync(this::askAbout, Platform::runLater);
    }

    /** Asks about each recovered diagram, oldest first; must run on the JavaFX thread. */
    CompletableFuture<Void> askAbout(List<Recovered> found) {
        List<CompletableFuture<Void>> settled = new ArrayList<>();
        boolean restored = false;
        for (Recovered r : found) {
            RecoveryDialogs.Choice choice = ask.askAboutRecovered(r.info(), !restored);
            switch (choice) {
                case RESTORE -> {
                    if (restored) {
                        settled.add(settle(r, false));
                    } else {
                        restored = true;
                        settled.add(restore(r));
                    }
                }
                case SAVE_AS -> settled.add(settle(r, saveAs(r)));
                case DISCARD -> settled.add(settle(r, true));
                case LATER -> settled.add(settle(r, false));
            }
        }
        return CompletableFuture.allOf(settled.toArray(CompletableFuture[]::new));
    }

    /**
     * Opens the copy as unsaved work, and lets the old copy go only once this instance has copied it again;
     * the copy is written on the autosave thread, not here.
     */
    private CompletableFuture<Void> restore(Recovered r) {
        model.openUnsaved(r.diagram(), r.info().originalFile());
        return autosaver.copyIfChanged().handle((done, failed) -> {
            if (failed != null) {
                LOG.log(Level.WARNING, "Could not copy the restored diagram; keeping the old copy", failed);
            }
            return failed == null;
        }).thenCompose(safe -> settle(r, safe));
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

    /**
     * Deletes the old copy when its diagram is safe elsewhere, else keeps it for the next start; on the autosave
     * thread.
     */
    private CompletableFuture<Void> settle(Recovered r, boolean safe) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        autosaver.inBackground(() -> {
            try {
                if (safe) {
                    store.discard(r);
                } else {
                    store.keep(r);
                }
            } catch (IOException e) {
                LOG.log(Level.WARNING, "Could not tidy the recovery copy " + r.info().name(), e);
            }
            done.complete(null);
        });
        return done;
    }
}
