package dev.demarc.ui.present;

import dev.demarc.ui.editor.EditorModel;
import javafx.beans.property.IntegerProperty;
import javafx.event.EventHandler;
import javafx.geometry.Rectangle2D;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * When and where the {@link SpeakerNotes} window opens: never over the presentation by itself. With a second
 * screen it opens there as the presentation starts; with one screen only when the presenter asks (N). The
 * presenter's keys step from the notes too, but Esc there closes only the notes.
 */
final class PresenterNotes {

    private final Stage presentation;
    private final EditorModel model;
    private final IntegerProperty step;
    private final EventHandler<KeyEvent> presenterKeys;
    private SpeakerNotes notes;

    PresenterNotes(Stage presentation, EditorModel model, IntegerProperty step, EventHandler<KeyEvent> presenterKeys) {
        this.presentation = presentation;
        this.model = model;
        this.step = step;
        this.presenterKeys = presenterKeys;
    }

    /** Opens the notes on a screen other than the presentation's, if there is one. */
    void openOnAnotherScreen() {
        Screen ours = Screen.getScreensForRectangle(presentation.getX(), presentation.getY(),
                Math.max(1, presentation.getWidth()), Math.max(1, presentation.getHeight())).stream().findFirst()
                .orElse(Screen.getPrimary());
        Screen.getScreens().stream().filter(s -> !s.equals(ours)).findFirst().ifPresent(other -> {
            open(other.getVisualBounds());
            // The presentation keeps the keyboard: the presenter's clicker talks to it.
            presentation.requestFocus();
        });
    }

    /** N: opens the notes (where the window system puts them) or closes them. */
    void toggle() {
        if (notes == null) {
            open(null);
        } else {
            close();
        }
    }

    void close() {
        if (notes != null) {
            notes.close();
            notes = null;
        }
    }

    private void open(Rectangle2D area) {
        SpeakerNotes window = new SpeakerNotes(presentation, model, step);
        window.getScene().addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                window.close();
            } else {
                presenterKeys.handle(e);
            }
        });
        window.setOnHidden(e -> {
            if (notes == window) {
                notes = null;
            }
        });
        if (area != null) {
            window.setX(area.getMinX() + 40);
            window.setY(area.getMinY() + 40);
        }
        notes = window;
        window.show();
    }
}
