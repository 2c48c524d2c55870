package dev.demarc.ui.teach;

import dev.demarc.analysis.Analyzer;
import dev.demarc.ui.editor.EditorModel;
import dev.demarc.ui.files.Dialogs;
import dev.demarc.ui.look.Theme;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * The teaching windows opened from the View menu, Compare Services and Quiz, each a window of its own beside
 * the editor (so an instructor can put one on the projector and keep editing). One of each: asking again
 * brings it forward; the quiz starts afresh from the diagram open at that moment. Esc or Ctrl+W closes either.
 */
public final class TeachWindows {

    static final String STYLESHEET = Objects.requireNonNull(TeachWindows.class.getResource("teach.css"),
            "teach.css").toExternalForm();

    /** Closes a teaching window, as Ctrl+W closes a tab or document window elsewhere. */
    private static final KeyCombination CLOSE = new KeyCodeCombination(KeyCode.W, KeyCombination.SHORTCUT_DOWN);

    private final Stage owner;
    private final EditorModel model;
    private final Dialogs dialogs;
    private final Analyzer analyzer;
    private Stage compare;
    private Stage quiz;

    public TeachWindows(Stage owner, EditorModel model, Dialogs dialogs) {
        this.owner = owner;
        this.model = model;
        this.dialogs = dialogs;
        // The analyzer is a pure function of diagram and catalog: its own instance gives the same answers.
        this.analyzer = new Analyzer(model.catalog());
    }

    public void showCompare() {
        compare = show(compare, "Compare Services - Demarc", () -> new CompareView(model.catalog(), analyzer));
    }

    public void showQuiz() {
        if (quiz != null) {
            quiz.close();
        }
        quiz = show(null, "Quiz - Demarc", () -> new QuizView(model, analyzer, dialogs));
        // The keys 1 to 4 answer at once, as the instructions say; the name field is a click away.
        if (quiz.getScene().getRoot() instanceof QuizView view) {
            view.focusQuestions();
        }
    }

    private Stage show(Stage existing, String title, Supplier<Parent> content) {
        Stage stage = existing;
        if (stage == null) {
            stage = new Stage();
            stage.initOwner(owner);
            stage.setTitle(title);
            // Room for four columns where the screen has it, and never larger than the screen.
            Rectangle2D screen = Screen.getPrimary().getVisualBounds();
            Scene scene = new Scene(content.get(), Math.min(1500, screen.getWidth() - 40),
                    Math.min(960, screen.getHeight() - 40));
            scene.getStylesheets().add(STYLESHEET);
            Theme.follow(scene);
            stage.setScene(scene);
            Stage closing = stage;
            // A handler, not a filter: an open chooser's list takes Esc first and only closes itself.
            scene.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
                if (e.getCode() == KeyCode.ESCAPE || CLOSE.match(e)) {
                    e.consume();
                    closing.close();
                }
            });
        }
        stage.show();
        stage.toFront();
        stage.requestFocus();
        return stage;
    }
}
