package dev.demarc.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.demarc.model.ComponentType;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/**
 * The side panel in the real window: the Responsibility tab beside the settings, brought forward by the
 * overlay, whose source links open in the browser through the app's dialogs.
 */
class ResponsibilityTabTest extends EditorTestBase {

    private String selectedTab() {
        return fx(() -> ((TabPane) lookup("#side-panel").query()).getSelectionModel().getSelectedItem().getId());
    }

    @Test
    void switchingTheOverlayOnBringsTheResponsibilityTabForward() {
        show(diagram(service("db", ComponentType.RDS, 60, 60, null)));
        assertEquals("tab-settings", selectedTab(), "a new window shows the settings");

        focusCanvas();
        shortcut(KeyCode.R);

        assertEquals("tab-responsibility", selectedTab());
    }

    @Test
    void aSourceLinkOfTheSelectedComponentOpensInTheBrowser() {
        show(diagram(service("db", ComponentType.RDS, 60, 60, null)));
        clickOn(centreOf("db"));
        clickOn("Responsibility");
        Hyperlink link = fx(() -> (Hyperlink) lookup("#details").query().lookup(".source-link"));
        String url = link.getTooltip().getText();
        assertTrue(url.startsWith("https://"), url);

        clickOn(link);

        assertEquals(List.of(url), dialogs.openedLinks());
        assertFalse(fx(() -> lookup("#details").query().lookupAll(".layer-row").isEmpty()));
        Node first = fx(() -> lookup("#details").query().lookup(".layer-row"));
        assertTrue(fx(first::isVisible));
    }
}
