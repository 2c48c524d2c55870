package dev.demarc.ui.recovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.demarc.analysis.Analyzer;
import dev.demarc.catalog.Catalog;
import dev.demarc.io.DiagramReader;
import dev.demarc.io.DiagramWriter;
import dev.demarc.model.Component;
import dev.demarc.model.ComponentType;
import dev.demarc.model.Diagram;
import dev.demarc.recovery.RecoveryStore;
import dev.demarc.ui.editor.EditorModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A recovery copy that cannot be written must never pass for a safe one: its future fails (so Restore keeps
 * the old copy and the error handler does not say "safe"), and the next attempt writes it again. Copies are
 * kept where only their owner can read them.
 */
class AutosaverFailureTest {

    private static final Catalog CATALOG = Catalog.builtIn();

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    private static RecoveryStore store(Path home) throws Exception {
        return RecoveryStore.open(home, new DiagramWriter(CATALOG), new DiagramReader(CATALOG));
    }

    @Test
    void aFailedWriteFailsItsFutureAndIsTriedAgain(@TempDir Path home) throws Exception {
        RecoveryStore store = store(home);
        EditorModel model = WaitForAsyncUtils.asyncFx(() -> {
            EditorModel m = new EditorModel(CATALOG, new Analyzer(CATALOG));
            m.apply("Add", d -> m.edits().add(d, Component.of("files", ComponentType.S3, 40, 40)));
            return m;
        }).get(10, TimeUnit.SECONDS);
        Autosaver autosaver = WaitForAsyncUtils.asyncFx(() -> new Autosaver(model, store, () -> "Untitled",
                Duration.ofHours(1))).get(10, TimeUnit.SECONDS);
        // The instance folder turns into a plain file: no write can succeed there, even as root.
        Path folder = store.folder();
        try (var files = Files.list(folder)) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
        }
        Files.delete(folder);
        Files.writeString(folder, "in the way");

        ExecutionException failed = assertThrows(ExecutionException.class,
                () -> autosaver.copyIfChanged().get(10, TimeUnit.SECONDS));
        assertTrue(failed.getCause() instanceof UncheckedIOException u
                && u.getCause() instanceof IOException, String.valueOf(failed.getCause()));

        Files.delete(folder);
        Files.createDirectories(folder);
        autosaver.copyIfChanged().get(10, TimeUnit.SECONDS);
        Diagram written = new DiagramReader(CATALOG).read(folder.resolve("diagram.json")).diagram();
        assertEquals(List.of("files"), written.components().stream().map(Component::id).toList(),
                "the failed copy is written on the next try, not skipped as already copied");
    }

    @Test
    void anInstanceFolderIsReadableByItsOwnerOnly(@TempDir Path home) throws Exception {
        assumeTrue(home.getFileSystem().supportedFileAttributeViews().contains("posix"), "POSIX only");
        try (RecoveryStore store = store(home)) {
            assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(store.folder())));
        }
    }
}
