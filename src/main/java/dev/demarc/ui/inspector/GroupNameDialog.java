package dev.demarc.ui.inspector;

import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextInputDialog;
import javafx.stage.Window;

/** Asks for the name of a new security group. */
final class GroupNameDialog {

    private GroupNameDialog() {
    }

    /** The name typed, or empty when the user cancelled. */
    static Optional<String> ask(Window owner) {
        TextInputDialog dialog = new TextInputDialog();
        dialog.initOwner(owner);
        dialog.setTitle("New security group");
        dialog.setHeaderText("Name the group, such as \"Web servers\". Its id is made from the name.");
        dialog.getEditor().setId("group-name");
        dialog.getDialogPane().lookupButton(ButtonType.OK).setId("group-name-ok");
        return dialog.showAndWait();
    }
}
