package dev.demarc.ui.recovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.demarc.analysis.Analyzer;
import dev.demarc.catalog.Catalog;
import dev.demarc.io.DiagramReader;
import dev.demarc.io.DiagramWriter;
import dev.demarc.model.Component;
import dev.demarc.model.ComponentType;
import dev.demarc.model.Diagram;
import dev.demarc.recovery.RecoveryInfo;
import dev.demarc.recovery.RecoveryStore;
import dev.demarc.ui.FakeDialogs;
import dev.demarc.ui.editor.EditorModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Restoring a recovered diagram deletes the old copy only once the restored work is copied again; when that
 * copy cannot be written, the old one stays for the next start.
 */
class RecoveryOfferTest {

    private static final Catalog CATALOG = Catalog.builtIn();
    private static final DiagramWriter WRITER = new DiagramWriter(CATALOG);
    private static final DiagramReader READER = new DiagramReader(CATALOG);

    @TempDir
    Path home;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    /** A copy left by an instance that died: a store's files under a folder nobody holds the lock of. */
    private Path deadInstancesCopy(Diagram diagram) throws Exception {
        Path root = home.resolve("recovery");
        Path dead = root.resolve("instance-1-deadbeef");
        try (RecoveryStore other = RecoveryStore.open(root, WRITER, READER)) {
            other.save(diagram, new RecoveryInfo("lost.json", null, Instant.parse("2026-11-29T08:00:00Z"),
                    diagram.components().size()));
            Files.createDirectory(dead);
            try (Stream<Path> files = Files.list(other.folder())) {
                for (Path f : files.toList()) {
                    Files.copy(f, dead.resolve(f.getFileName()));
                }
            }
        }
        return dead;
    }

    private static final class AlwaysRestore implements RecoveryDialogs {
        @Override
        public Choice askAboutRecovered(RecoveryInfo info, boolean canRestore) {
            return Choice.RESTORE;
        }

        @Override
        public void showError(String what, String safety, Path log) {
            throw new AssertionError("no error expected: " + what);
        }
    }

    private EditorModel restoreWith(RecoveryStore store) throws Exception {
        EditorModel model = WaitForAsyncUtils.asyncFx(() -> new EditorModel(CATALOG, new Analyzer(CATALOG)))
                .get(10, TimeUnit.SECONDS);
        Autosaver autosaver = WaitForAsyncUtils.asyncFx(() -> new Autosaver(model, store, () -> "lost.json",
                Duration.ofHours(1))).get(10, TimeUnit.SECONDS);
        new RecoveryOffer(store, new AlwaysRestore(), new FakeDialogs(), WRITER, model, autosaver).start()
                .get(30, TimeUnit.SECONDS);
        return model;
    }

    private static Diagram lostWork() {
        return new Diagram("lost", List.of(Component.of("files", ComponentType.S3, 40, 40)), List.of());
    }

    @Test
    void aRestoredDiagramThatIsCopiedAgainLetsTheOldCopyGo() throws Exception {
        Path dead = deadInstancesCopy(lostWork());
        RecoveryStore store = RecoveryStore.open(home.resolve("recovery"), WRITER, READER);

        EditorModel model = restoreWith(store);

        assertEquals(lostWork(), model.diagram());
        assertTrue(model.isDirty(), "restored work is unsaved work");
        assertFalse(Files.exists(dead), "the old copy goes once the new one is written");
        assertTrue(Files.exists(store.folder().resolve("diagram.json")));
    }

    @Test
    void whenTheNewCopyCannotBeWrittenTheOldOneIsKept() throws Exception {
        Path dead = deadInstancesCopy(lostWork());
        RecoveryStore store = RecoveryStore.open(home.resolve("recovery"), WRITER, READER);
        // This instance's folder becomes a plain file: its copy cannot be written, even as root.
        try (Stream<Path> files = Files.list(store.folder())) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
        }
        Files.delete(store.folder());
        Files.writeString(store.folder(), "in the way");

        EditorModel model = restoreWith(store);

        assertEquals(lostWork(), model.diagram(), "the work is still shown");
        assertEquals(lostWork(), READER.read(dead.resolve("diagram.json")).diagram(),
                "and its only copy on disk was not deleted");
    }
}
