package dev.demarc.ui.inspector;

import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Gives a text field the inspector's commit rules: Enter or leaving the field commits, Esc puts the model's
 * value back. Typing alone changes nothing, so one edit is one undo step and a half-typed id is never
 * applied.
 *
 * <p>When the field is taken off screen while it still holds typed text (the selection changed without the
 * field losing focus first), the text is committed on the next pulse rather than at once: at that moment
 * the inspector is inside the selection's change notification, where changing the diagram would change
 * the selection again under its own feet.
 */
final class TextCommit {

    /** Applies typed text; returns why it was refused, or empty when it was taken or changed nothing. */
    @FunctionalInterface
    interface Committer {
        Optional<String> commit(String text);
    }

    private final TextField field;
    private final Committer committer;
    private final Consumer<String> message;
    private final BooleanSupplier live;
    private String shown = "";

    /**
     * @param message shows a refusal under the field; called with "" to clear it
     * @param live    whether the field is still on screen for the selection it was built for
     */
    TextCommit(TextField field, Committer committer, Consumer<String> message, BooleanSupplier live) {
        this.field = field;
        this.committer = committer;
        this.message = message;
        this.live = live;
        field.setOnAction(e -> commit());
        field.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                leave();
            }
        });
        // A filter, so that the field's own Esc handling and the window's shortcuts see nothing to undo.
        field.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && isDirty()) {
                revert();
                e.consume();
            }
        });
    }

    /** Shows the model's value, unless it is the one already shown (then typed text is left alone). */
    void show(String value) {
        String text = value == null ? "" : value;
        if (!text.equals(shown)) {
            shown = text;
            field.setText(text);
            message.accept("");
        }
    }

    /** Puts the model's value back and clears any message. */
    void revert() {
        field.setText(shown);
        message.accept("");
    }

    boolean isDirty() {
        return !field.getText().equals(shown);
    }

    private void commit() {
        if (!isDirty()) {
            message.accept("");
            return;
        }
        Optional<String> problem = committer.commit(field.getText());
        if (problem.isPresent()) {
            message.accept(problem.get());
        } else {
            // The model's refresh has already shown the new value; this also puts back text that changed
            // nothing (a blank label on a component without one).
            revert();
        }
    }

    private void leave() {
        if (live.getAsBoolean()) {
            commit();
        } else if (isDirty()) {
            String text = field.getText();
            Platform.runLater(() -> committer.commit(text));
        }
    }
}
