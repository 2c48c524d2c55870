package dev.demarc.ui;

import dev.demarc.catalog.Catalog;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.stage.Window;

/** Help > Keyboard Shortcuts and Help > About. */
final class HelpDialogs {

    private static final String[][] SHORTCUTS = {
        {"Ctrl+N / Ctrl+O / Ctrl+S", "New, open, save (Ctrl+Shift+S: save as)"},
        {"Ctrl+Z / Ctrl+Shift+Z or Ctrl+Y", "Undo / redo"},
        {"Ctrl+X / Ctrl+C / Ctrl+V", "Cut / copy / paste components"},
        {"Ctrl+D", "Duplicate the selection"},
        {"Delete or Backspace", "Delete the selection"},
        {"Ctrl+A", "Select all"},
        {"Shift+click or Ctrl+click", "Add to or remove from the selection"},
        {"Drag on empty canvas", "Select with a rubber band"},
        {"Arrow keys (Shift: 20 px)", "Move the selection"},
        {"F2 or double-click", "Rename the selected component"},
        {"Tab / Shift+Tab", "Select the next / previous component"},
        {"Alt+arrow keys", "Select the nearest component in that direction"},
        {"F6 / Shift+F6", "Move between canvas, findings and side panel"},
        {"Ctrl+L", "Connect the two selected components"},
        {"Drag the round handle", "Connect the selected component to another"},
        {"Enter on a palette entry", "Add that component in the middle of the view"},
        {"Ctrl+= / Ctrl+- / Ctrl+0 / Ctrl+9", "Zoom in / out / actual size / fit"},
        {"Ctrl+wheel, pinch", "Zoom at the pointer"},
        {"Ctrl+R", "Show or hide the responsibility overlay"},
        {"Alt+1 ... Alt+7 / Alt+0", "Overlay lens: patch, encrypt, expose, access, back up, monitor, configure / all"},
        {"F5 (then arrows, N, Esc)", "Present: step through the boundary layer by layer; N speaker notes"},
        {"F7 / F8", "Compare services side by side / quiz (1-4 answer, Ctrl+Enter checks)"},
        {"Wheel, middle-drag, Space+drag", "Pan"},
        {"Escape", "Clear the selection"},
    };

    private HelpDialogs() {
    }

    static void shortcuts(Window owner) {
        GridPane grid = new GridPane();
        grid.setHgap(24);
        grid.setVgap(6);
        for (int i = 0; i < SHORTCUTS.length; i++) {
            Label keys = new Label(SHORTCUTS[i][0]);
            keys.setStyle("-fx-font-weight: bold;");
            // The keys are never cut short; a long description wraps instead.
            keys.setMinWidth(Region.USE_PREF_SIZE);
            Label what = new Label(SHORTCUTS[i][1]);
            what.setWrapText(true);
            what.setMaxWidth(420);
            grid.addRow(i, keys, what);
        }
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(owner);
        alert.setTitle("Keyboard Shortcuts");
        alert.setHeaderText("Keyboard shortcuts (Cmd instead of Ctrl on macOS)");
        alert.getDialogPane().setContent(grid);
        alert.getDialogPane().setMinWidth(Region.USE_PREF_SIZE);
        alert.setResizable(true);
        alert.showAndWait();
    }

    static void about(Window owner) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(owner);
        alert.setTitle("About Demarc");
        alert.setHeaderText("Demarc " + version());
        Label text = new Label("Shows where AWS's security responsibility ends and the customer's begins.\n\n"
                + "The responsibility facts come from AWS's documentation; every catalog entry names its source. "
                + "The wording, the code and the icons are Demarc's own.\n\n"
                + Catalog.builtIn().asOfLine()
                + "; AWS changes defaults, so check the cited pages for anything newer.");
        text.setWrapText(true);
        text.setMaxWidth(480);
        alert.getDialogPane().setContent(text);
        alert.showAndWait();
    }

    private static String version() {
        String v = HelpDialogs.class.getPackage().getImplementationVersion();
        return v == null ? "0.1.0" : v;
    }
}
