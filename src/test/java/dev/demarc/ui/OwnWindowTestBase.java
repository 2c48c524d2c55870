package dev.demarc.ui;

import dev.demarc.ui.editor.EditorModel;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiFunction;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * For tests that build the real window themselves, unlike {@link EditorTestBase}: they give it file operations
 * or a recovery folder of their own, or open it only once the test has set the scene. Holds the window's
 * stage, model and {@link FakeDialogs}, gives it a throw-away preferences node, and closes it after each test.
 */
abstract class OwnWindowTestBase extends FxRobot {

    protected final FakeDialogs dialogs = new FakeDialogs();
    protected Stage stage;
    protected EditorModel model;
    private Preferences prefs;

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    final void closeWindow() throws BackingStoreException {
        interact(() -> stage.hide());
        prefs.removeNode();
    }

    /**
     * Builds the window with {@code build}, given a new stage and a fresh preferences node, then shows it at
     * 1000 x 700 with the focus.
     */
    protected MainWindow openWindow(BiFunction<Stage, Preferences, MainWindow> build) {
        prefs = Preferences.userRoot().node("dev/demarc/ui-test-" + UUID.randomUUID());
        AtomicReference<MainWindow> built = new AtomicReference<>();
        interact(() -> {
            stage = new Stage();
            MainWindow window = build.apply(stage, prefs);
            stage.setWidth(1000);
            stage.setHeight(700);
            stage.show();
            stage.requestFocus();
            model = window.model();
            built.set(window);
        });
        WaitForAsyncUtils.waitForFxEvents();
        return built.get();
    }
}
