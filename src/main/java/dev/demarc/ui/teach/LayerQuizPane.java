package dev.demarc.ui.teach;

import dev.demarc.model.ComponentType;
import dev.demarc.quiz.LayerQuestion;
import dev.demarc.quiz.LayerQuiz;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The "Layers" tab of the quiz: one {@link AnswerRow} per layer of every component asked about, under a
 * heading per component, with Check (Ctrl+Enter) and the score below. The owners stay hidden until Check.
 */
final class LayerQuizPane extends BorderPane {

    private final VBox rows = new VBox(4);
    private final List<AnswerRow> answerRows = new ArrayList<>();
    private final Label score = new Label();
    private final Function<ComponentType, String> typeName;
    private LayerQuiz quiz;

    LayerQuizPane(Function<ComponentType, String> typeName) {
        this.typeName = typeName;
        getStyleClass().add("quiz-layers");
        Label help = new Label("Who owns each layer? Press 1 for AWS, 2 for Customer, 3 for Shared, 4 where the "
                + "layer does not exist for the service (n/a). Up and Down move between layers; Ctrl+Enter checks.");
        help.setWrapText(true);
        help.getStyleClass().add("quiz-help");
        setTop(help);
        BorderPane.setMargin(help, new Insets(0, 0, 8, 0));
        rows.getStyleClass().add("quiz-rows");
        ScrollPane scroll = new ScrollPane(rows);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("quiz-scroll");
        setCenter(scroll);
        Button check = new Button("Check");
        check.setId("quiz-check");
        check.setDefaultButton(false);
        check.getStyleClass().add("accent");
        check.setOnAction(e -> check());
        Button again = new Button("Start Over");
        again.setId("quiz-reset");
        again.setOnAction(e -> show(new LayerQuiz(quiz.questions())));
        score.setId("quiz-score");
        score.getStyleClass().add("quiz-score");
        HBox bottom = new HBox(12, check, again, score);
        bottom.setAlignment(Pos.CENTER_LEFT);
        bottom.setPadding(new Insets(10, 0, 0, 0));
        setBottom(bottom);
    }

    LayerQuiz quiz() {
        return quiz;
    }

    /** Asks {@code next}'s questions, all unanswered. */
    void show(LayerQuiz next) {
        quiz = next;
        rows.getChildren().clear();
        answerRows.clear();
        showRemaining();
        String component = null;
        for (int i = 0; i < next.questions().size(); i++) {
            LayerQuestion q = next.questions().get(i);
            if (!q.component().equals(component)) {
                component = q.component();
                Label heading = new Label(q.name() + "  (" + typeName.apply(q.type()) + ")");
                heading.getStyleClass().add("quiz-component");
                rows.getChildren().add(heading);
            }
            AnswerRow row = new AnswerRow(i, next, this::showRemaining);
            answerRows.add(row);
            rows.getChildren().add(row);
        }
    }

    /** The count under the questions follows the answers, so the student sees how far they are. */
    private void showRemaining() {
        int left = quiz.remaining();
        score.setText(left == 0 ? "All " + quiz.questions().size() + " layers answered: press Check"
                : left + (left == 1 ? " layer" : " layers") + " left to answer of " + quiz.questions().size());
    }

    void focusFirst() {
        if (!answerRows.isEmpty()) {
            answerRows.get(0).requestFocus();
        }
    }

    void check() {
        List<LayerQuiz.Marked> marked = quiz.marked();
        for (int i = 0; i < marked.size(); i++) {
            answerRows.get(i).showResult(marked.get(i));
        }
        score.setText("Score: " + quiz.score().describe());
    }
}
