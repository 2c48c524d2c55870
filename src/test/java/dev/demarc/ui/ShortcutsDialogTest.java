package dev.demarc.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;

/** Help > Keyboard Shortcuts (F1) lists every shortcut in full: no key combination is cut short. */
class ShortcutsDialogTest extends EditorTestBase {

    @Test
    void f1ListsTheShortcutsWithNoKeysCutShort() {
        focusCanvas();
        type(KeyCode.F1);
        DialogPane pane = fx(() -> Window.getWindows().stream()
                .filter(w -> w != stage && w.getScene() != null && w.getScene().getRoot() instanceof DialogPane)
                .map(w -> (DialogPane) w.getScene().getRoot()).findFirst().orElseThrow());
        List<Label> keys = fx(() -> ((GridPane) pane.getContent()).getChildren().stream()
                .filter(n -> GridPane.getColumnIndex(n) == 0).map(n -> (Label) n).toList());

        assertTrue(keys.stream().anyMatch(k -> k.getText().startsWith("F5")), "the presentation is listed");
        for (Label k : keys) {
            double shown = fx(k::getWidth);
            double needed = fx(() -> k.prefWidth(-1));
            assertTrue(shown >= needed - 0.5, "'" + k.getText() + "' is cut short: " + shown + " < " + needed);
        }
        type(KeyCode.ESCAPE);
    }
}
