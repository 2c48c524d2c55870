package dev.demarc.ui;

import dev.demarc.ui.look.Theme;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Supplier;
import java.util.prefs.Preferences;
import javafx.scene.control.Label;
import javafx.scene.text.Font;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;

/** View > Theme: light, dark and high contrast for projectors, applied at once and remembered. */
class ThemeTest extends EditorTestBase {

    private boolean highContrastSheet() {
        return fx(() -> stage.getScene().getStylesheets().stream().anyMatch(s -> s.endsWith("high-contrast.css")));
    }

    private double statusFontSize() {
        return fx(() -> {
            stage.getScene().getRoot().applyCss();
            Font f = ((Label) lookup("#status-selection").query()).getFont();
            return f.getSize();
        });
    }

    @Test
    void highContrastEnlargesTheTypeAndIsRememberedAndLightUndoesIt() {
        assertFalse(highContrastSheet());
        double normal = statusFontSize();

        clickOn("View").clickOn("Theme").clickOn("High Contrast (Projector)");

        assertTrue(highContrastSheet());
        assertTrue(statusFontSize() > normal, "projector type is larger: " + statusFontSize() + " vs " + normal);
        assertEquals(Theme.HIGH_CONTRAST, Theme.load(prefs));

        clickOn("View").clickOn("Theme").clickOn("Light");

        assertFalse(highContrastSheet());
        assertEquals(normal, statusFontSize());
        assertEquals(Theme.LIGHT, Theme.load(prefs));
    }

    @Test
    void aUserOfTheEarlierDarkSwitchKeepsTheDarkTheme() {
        Preferences old = prefs.node("old-user");
        old.putBoolean("view.dark", true);

        assertEquals(Theme.DARK, Theme.load(old));
        assertEquals(Theme.LIGHT, Theme.load(prefs.node("new-user")));
    }

    @Test
    void theCompareWindowFollowsTheThemeToo() {
        clickOn("View").clickOn("Theme").clickOn("High Contrast (Projector)");
        clickOn("View").clickOn("Compare Services...");
        Window compare = fx(() -> Window.getWindows().stream()
                .filter(w -> w != stage && w.getScene() != null && w.getScene().lookup("#compare-view") != null)
                .findFirst().orElseThrow());
        Supplier<Boolean> sheet = () -> fx(() -> compare.getScene().getStylesheets().stream()
                .anyMatch(s -> s.endsWith("high-contrast.css")));
        assertTrue(sheet.get(), "a projected window gets the projector look");

        interact(() -> ((Stage) compare).hide());
        clickOn("View").clickOn("Theme").clickOn("Light");

        assertFalse(sheet.get(), "and loses it with the editor");
    }
}
