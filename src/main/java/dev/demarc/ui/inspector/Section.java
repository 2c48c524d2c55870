package dev.demarc.ui.inspector;

import dev.demarc.model.Diagram;
import javafx.scene.Node;
import javafx.scene.control.Label;

/** What the inspector shows for one kind of selection: nothing, a component, a connection, several. */
interface Section {

    Node node();

    /** Shows {@code diagram}'s current values; called after every change to the diagram or the selection. */
    void refresh(Diagram diagram);

    /**
     * Called when the section is taken off screen. From then on only text the user had typed but not yet
     * committed may still reach the model (see {@link TextCommit}).
     */
    void dispose();

    /** A section's title line. */
    static Label heading(String text, String id) {
        Label heading = new Label(text);
        heading.setId(id);
        heading.getStyleClass().add("inspector-heading");
        heading.setWrapText(true);
        return heading;
    }

    /** A paragraph that wraps to the inspector's width. */
    static Label paragraph(String text, String id) {
        Label label = new Label(text);
        label.setId(id);
        label.setWrapText(true);
        return label;
    }
}
