package dev.demarc.ui.recovery;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.demarc.analysis.Analyzer;
import dev.demarc.catalog.Catalog;
import dev.demarc.io.DiagramReader;
import dev.demarc.io.DiagramWriter;
import dev.demarc.model.Component;
import dev.demarc.model.ComponentType;
import dev.demarc.recovery.RecoveryInfo;
import dev.demarc.recovery.RecoveryStore;
import dev.demarc.ui.editor.EditorModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The crash message never says the work is safe when the recovery copy could not be written. */
class CrashHandlerTest {

    private static final Catalog CATALOG = Catalog.builtIn();

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void aFailedRecoveryCopyIsReportedAsSuchWithWhereAndWhy(@TempDir Path home) throws Exception {
        RecoveryStore store = RecoveryStore.open(home, new DiagramWriter(CATALOG), new DiagramReader(CATALOG));
        EditorModel model = WaitForAsyncUtils.asyncFx(() -> {
            EditorModel m = new EditorModel(CATALOG, new Analyzer(CATALOG));
            m.apply("Add", d -> m.edits().add(d, Component.of("files", ComponentType.S3, 40, 40)));
            return m;
        }).get(10, TimeUnit.SECONDS);
        Autosaver autosaver = WaitForAsyncUtils.asyncFx(() -> new Autosaver(model, store, () -> "Untitled",
                Duration.ofHours(1))).get(10, TimeUnit.SECONDS);
        try (var files = Files.list(store.folder())) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
        }
        Files.delete(store.folder());
        Files.writeString(store.folder(), "in the way");
        List<String> shown = new ArrayList<>();
        RecoveryDialogs dialogs = new RecoveryDialogs() {
            @Override
            public Choice askAboutRecovered(RecoveryInfo info, boolean canRestore) {
                return Choice.LATER;
            }

            @Override
            public void showError(String what, String safety, Path log) {
                shown.add(safety);
            }
        };

        new CrashHandler(autosaver, home.resolve("logs/demarc.log"), dialogs)
                .uncaughtException(Thread.currentThread(), new IllegalStateException("boom"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !shown.isEmpty());

        String safety = shown.get(0);
        assertFalse(safety.startsWith("Your work is safe"), safety);
        assertTrue(safety.startsWith("The recovery copy could not be written to " + store.folder()), safety);
        assertTrue(safety.contains("save your work now"), safety);
        assertTrue(Files.readString(home.resolve("logs/demarc.log")).contains("boom"), "the error is logged");
    }
}
