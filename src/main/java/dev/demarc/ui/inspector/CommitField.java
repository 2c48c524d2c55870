package dev.demarc.ui.inspector;

import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/**
 * A captioned text field that commits on Enter or focus loss, with a red message under it when the model
 * refuses the text (a duplicate id). The message stays until the text is fixed, reverted with Esc, or the
 * model's value changes.
 */
final class CommitField {

    private final TextField field = new TextField();
    private final Label error = new Label();
    private final VBox box;
    private final TextCommit commit;

    /**
     * @param id      the field's node id; the message gets {@code id + "-error"}
     * @param caption the visible caption, also the field's accessible text
     */
    CommitField(String id, String caption, TextCommit.Committer committer, BooleanSupplier live) {
        field.setId(id);
        field.setAccessibleText(caption);
        error.setId(id + "-error");
        error.getStyleClass().add("error-message");
        error.setWrapText(true);
        error.visibleProperty().bind(error.textProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        Label label = new Label(caption);
        label.setLabelFor(field);
        box = new VBox(4, label, field, error);
        commit = new TextCommit(field, committer, this::message, live);
    }

    private void message(String text) {
        error.setText(text);
        // Screen readers announce the reason with the field rather than a label they may never reach.
        field.setAccessibleHelp(text.isEmpty() ? null : text);
    }

    Node node() {
        return box;
    }

    TextField field() {
        return field;
    }

    /** Shows the model's value (see {@link TextCommit#show}). */
    void show(String value) {
        commit.show(value);
    }
}
