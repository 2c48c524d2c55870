package dev.demarc.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.demarc.model.ComponentType;
import java.util.Set;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.Test;

/**
 * Leaving a presentation gives the editor back exactly as the user had it, the speaker notes window steps
 * like the slide, and closing the window while presenting ends the presentation first.
 */
class PresentRestoreTest extends EditorTestBase {

    private void showSample() {
        show(diagram(service("web", ComponentType.EC2, 60, 60, null), service("db", ComponentType.RDS, 60, 180, null)));
    }

    private String selectedTab() {
        return fx(() -> ((TabPane) lookup("#side-panel").query()).getSelectionModel().getSelectedItem().getId());
    }

    private boolean presenting() {
        return fx(() -> window.presentMode().activeProperty().get());
    }

    @Test
    void theTabTheLegendAndTheFullScreenExitKeyComeBackAsTheyWere() {
        showSample();
        focusCanvas();
        shortcut(KeyCode.R);
        clickOn("#legend-toggle");
        clickOn("Settings");
        focusCanvas();
        shortcut(KeyCode.R);
        assertEquals("tab-settings", selectedTab());
        KeyCombination exitKey = fx(stage::getFullScreenExitKeyCombination);

        focusCanvas();
        type(KeyCode.F5);
        assertTrue(presenting());
        assertTrue(fx(() -> lookup("#overlay-legend").query().isVisible()), "the class sees the legend");
        type(KeyCode.ESCAPE);

        assertFalse(presenting());
        assertEquals("tab-settings", selectedTab(), "the user's tab, not the one the overlay brought forward");
        assertEquals(exitKey, fx(stage::getFullScreenExitKeyCombination));
        focusCanvas();
        shortcut(KeyCode.R);
        assertFalse(fx(() -> lookup("#overlay-legend").query().isVisible()), "the legend stays hidden as chosen");
    }

    @Test
    void aPresentationShowsNoSelectionFrameAndLeavingItGivesTheSelectionBack() {
        showSample();
        clickOn(centreOf("db"));
        assertEquals(Set.of("db"), fx(() -> Set.copyOf(model.selection())));

        type(KeyCode.F5);
        assertTrue(presenting());
        assertTrue(fx(() -> model.selection().isEmpty()), "no selection frame in front of the class");

        type(KeyCode.ESCAPE);
        assertFalse(presenting());
        assertEquals(Set.of("db"), fx(() -> Set.copyOf(model.selection())));
    }

    @Test
    void theSpeakerNotesWindowStepsTheSlideTooAndEscThereClosesOnlyTheNotes() {
        showSample();
        focusCanvas();
        type(KeyCode.F5);
        type(KeyCode.N);
        Stage notes = fx(() -> Window.getWindows().stream().filter(w -> w instanceof Stage s
                && "Speaker Notes - Demarc".equals(s.getTitle())).map(w -> (Stage) w).findFirst().orElseThrow());
        interact(notes::requestFocus);

        type(KeyCode.RIGHT);

        assertEquals("Layer 1 of 14", fx(() -> ((Label) lookup("#present-counter").query()).getText()));
        type(KeyCode.ESCAPE);
        assertFalse(fx(notes::isShowing), "Esc in the notes window closes the notes");
        assertTrue(presenting(), "... and not the presentation");
        assertEquals("Layer 1 of 14", fx(() -> ((Label) lookup("#present-counter").query()).getText()));
        interact(stage::requestFocus);
        type(KeyCode.ESCAPE);
        assertFalse(presenting(), "Esc on the presentation leaves it");
    }

    @Test
    void closingTheWindowWhilePresentingEndsThePresentationFirst() {
        showSample();
        focusCanvas();
        type(KeyCode.F5);
        assertTrue(presenting());

        interact(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));

        assertFalse(presenting());
        assertFalse(canvas.showOverlayProperty().get(), "the overlay setting is the user's again before it is saved");
    }
}
