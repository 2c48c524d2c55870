package dev.demarc.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.demarc.catalog.TypeSpec;
import dev.demarc.model.ComponentType;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;

/** The window as it opens: titled, with the palette, the canvas and the findings list in place. */
class MainWindowTest extends EditorTestBase {

    @Test
    void theApplicationOpensAnUntitledWindow() {
        Stage[] started = new Stage[1];
        // The app installs its crash handler; later tests in this JVM must not run under it.
        Thread.UncaughtExceptionHandler previousDefault = Thread.getDefaultUncaughtExceptionHandler();
        Thread.UncaughtExceptionHandler previousFx = fx(() -> Thread.currentThread().getUncaughtExceptionHandler());
        interact(() -> {
            started[0] = new Stage();
            new DemarcApp().start(started[0]);
        });
        try {
            assertTrue(started[0].isShowing());
            assertEquals("Untitled - Demarc", started[0].getTitle());
            assertTrue(System.getProperty("demarc.home", "").endsWith("demarc-home"),
                    "the app's folder is the build's, not the developer's");
        } finally {
            interact(started[0]::hide);
            Thread.setDefaultUncaughtExceptionHandler(previousDefault);
            interact(() -> Thread.currentThread().setUncaughtExceptionHandler(previousFx));
        }
    }

    @Test
    void thePaletteOffersEveryCatalogTypeAndTheFindingsListIsThere() {
        assertEquals("Untitled - Demarc", stage.getTitle());
        for (TypeSpec type : model.catalog().types()) {
            assertTrue(lookup("#palette-" + type.type().id()).tryQuery().isPresent(), "palette entry " + type.type());
        }
        assertTrue(lookup("#findings").tryQuery().isPresent());
    }

    @Test
    void theTitleMarksUnsavedChanges() {
        show(diagram(service("web", ComponentType.EC2, 0, 0, null)));
        clickOn(centreOf("web"));

        type(KeyCode.RIGHT);

        assertEquals("Untitled * - Demarc", stage.getTitle());

        undo();

        assertEquals("Untitled - Demarc", stage.getTitle());
    }
}
