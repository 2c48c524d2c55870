package dev.demarc.ui;

import dev.demarc.catalog.Catalog;
import dev.demarc.io.BuildVersion;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Help > Getting Started, Help > Keyboard Shortcuts and Help > About. */
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

    /** The steps of the short guide, in Demarc's own words; shown offline, in a dialog. */
    static final String[][] GUIDE = {
        {"1. Build the network", "Drag a VPC from the palette onto the canvas, a subnet into the VPC, then an EC2 "
                + "instance or an RDS database into the subnet. S3 and CloudFront sit outside the VPC."},
        {"2. Read the findings", "The table under the canvas lists what is the customer's to fix, worst first. "
                + "Click a finding to select its component; hover it for the whole text."},
        {"3. Change a setting", "Select a component and use the Settings tab on the right. Findings update "
                + "as you type; Ctrl+Z undoes any change."},
        {"4. See the boundary", "Press Ctrl+R for the responsibility overlay: each component's layers, from "
                + "the building up to your data, coloured by who owns them. The Responsibility tab explains the "
                + "selected component and shows what would make it worse."},
        {"5. Practise", "File > Open Sample has worked examples; View > Compare Services (F7) and View > Quiz "
                + "(F8) test what you learnt."},
    };

    static void guide(Window owner) {
        VBox steps = new VBox(10);
        steps.setId("guide-steps");
        for (String[] step : GUIDE) {
            Label head = new Label(step[0]);
            head.setStyle("-fx-font-weight: bold;");
            Label text = new Label(step[1]);
            text.setWrapText(true);
            text.setMaxWidth(480);
            text.setMinHeight(Region.USE_PREF_SIZE);
            steps.getChildren().add(new VBox(2, head, text));
        }
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(owner);
        alert.setTitle("Getting Started");
        alert.setHeaderText("Your first diagram in five steps");
        alert.getDialogPane().setContent(steps);
        alert.setResizable(true);
        alert.show();
    }

    static void about(Window owner) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(owner);
        alert.setTitle("About Demarc");
        alert.setHeaderText("Demarc " + BuildVersion.current());
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
}
