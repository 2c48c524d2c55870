package dev.demarc.ui.teach;

import dev.demarc.catalog.Owner;
import dev.demarc.quiz.LayerQuestion;
import dev.demarc.quiz.LayerQuiz;
import dev.demarc.ui.overlay.OwnerStyle;
import dev.demarc.ui.overlay.OwnerSwatch;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * One question of the layer quiz: the layer's name, four choices (AWS, Customer, Shared, n/a; each drawn in
 * its owner's fill and letter, like the overlay), and after Check, right or wrong with the catalog's reason.
 * The row takes the keyboard focus: 1 to 4 pick a choice, Left and Right move between choices, Up and Down
 * move to the previous and next question.
 */
final class AnswerRow extends HBox {

    /** The choices in the order of their keys 1, 2, 3, 4. */
    static final Owner[] CHOICES = {Owner.AWS, Owner.CUSTOMER, Owner.SHARED, Owner.NONE};

    private final int index;
    private final LayerQuiz quiz;
    private final ToggleGroup group = new ToggleGroup();
    private final Label result = new Label();
    private final HBox resultBox = new HBox(8);

    /** A row for question {@code index}; {@code answered} runs after each answer the student gives. */
    AnswerRow(int index, LayerQuiz quiz, Runnable answered) {
        this.index = index;
        this.quiz = quiz;
        LayerQuestion q = quiz.questions().get(index);
        setId("quiz-row-" + index);
        getStyleClass().add("quiz-row");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(10);
        Label layer = new Label(q.layerName());
        layer.getStyleClass().add("quiz-layer");
        layer.setMinWidth(290);
        layer.setPrefWidth(290);
        HBox choices = new HBox(6);
        choices.setMinWidth(Region.USE_PREF_SIZE);
        for (int i = 0; i < CHOICES.length; i++) {
            choices.getChildren().add(choice(i + 1, CHOICES[i]));
        }
        group.selectedToggleProperty().addListener((o, a, now) -> {
            if (now != null) {
                quiz.answer(index, (Owner) now.getUserData());
                answered.run();
            }
            clearResult();
        });
        result.setId("quiz-result-" + index);
        result.setWrapText(true);
        result.getStyleClass().add("quiz-result");
        resultBox.getChildren().add(result);
        resultBox.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(resultBox, Priority.ALWAYS);
        HBox.setHgrow(result, Priority.ALWAYS);
        getChildren().addAll(layer, choices, resultBox);
        setFocusTraversable(true);
        setAccessibleRole(AccessibleRole.TEXT);
        setAccessibleText(q.name() + ", " + q.layerName() + ": who owns it? Keys 1 AWS, 2 Customer, 3 Shared, 4 not "
                + "applicable");
        addEventHandler(KeyEvent.KEY_PRESSED, this::key);
        setOnMouseClicked(e -> requestFocus());
    }

    private ToggleButton choice(int key, Owner owner) {
        ToggleButton b = new ToggleButton(key + "  " + OwnerStyle.shortName(owner),
                new OwnerSwatch(owner, 22, 22, false));
        b.setId("quiz-answer-" + index + "-" + owner.name().toLowerCase(Locale.ROOT));
        b.getStyleClass().add("quiz-choice");
        b.setUserData(owner);
        b.setToggleGroup(group);
        b.setFocusTraversable(false);
        b.setPrefWidth(owner == Owner.CUSTOMER ? 175 : 145);
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.setOnAction(e -> requestFocus());
        return b;
    }

    private void key(KeyEvent e) {
        KeyCode code = e.getCode();
        int digit = switch (code) {
            case DIGIT1, NUMPAD1 -> 1;
            case DIGIT2, NUMPAD2 -> 2;
            case DIGIT3, NUMPAD3 -> 3;
            case DIGIT4, NUMPAD4 -> 4;
            default -> 0;
        };
        if (digit > 0) {
            select(digit - 1);
        } else if (code == KeyCode.LEFT || code == KeyCode.RIGHT) {
            int now = selected();
            int step = code == KeyCode.RIGHT ? 1 : -1;
            select(now < 0 ? 0 : Math.floorMod(now + step, CHOICES.length));
        } else if (code == KeyCode.UP || code == KeyCode.DOWN) {
            int target = getParent().getChildrenUnmodifiable().indexOf(this) + (code == KeyCode.DOWN ? 1 : -1);
            focusRow(target, code == KeyCode.DOWN ? 1 : -1);
        } else {
            return;
        }
        e.consume();
    }

    /** Focuses the next row up or down, skipping the component headings between them. */
    private void focusRow(int from, int step) {
        var siblings = getParent().getChildrenUnmodifiable();
        for (int i = from; i >= 0 && i < siblings.size(); i += step) {
            if (siblings.get(i) instanceof AnswerRow row) {
                row.requestFocus();
                return;
            }
        }
    }

    private int selected() {
        for (int i = 0; i < CHOICES.length; i++) {
            if (group.getSelectedToggle() != null && group.getSelectedToggle().getUserData() == CHOICES[i]) {
                return i;
            }
        }
        return -1;
    }

    private void select(int choice) {
        group.selectToggle(group.getToggles().get(choice));
    }

    /** Shows whether the answer is right; when wrong, the right owner and the catalog's reason. */
    void showResult(LayerQuiz.Marked marked) {
        clearResult();
        getStyleClass().add(marked.right() ? "quiz-right" : "quiz-wrong");
        LayerQuestion q = marked.question();
        if (marked.right()) {
            result.setText("\u2713 Right");
        } else {
            String owner = q.expected() == Owner.NONE ? "not applicable" : q.expected().displayName();
            result.setText((marked.answer().isPresent() ? "\u2717 Wrong: " : "\u2717 Not answered: ") + "the owner is "
                    + owner + ". " + q.why());
            resultBox.getChildren().add(0, new OwnerSwatch(q.expected(), 30, 30, false));
        }
    }

    private void clearResult() {
        getStyleClass().removeAll("quiz-right", "quiz-wrong");
        result.setText("");
        resultBox.getChildren().removeIf(n -> n instanceof OwnerSwatch);
    }
}
