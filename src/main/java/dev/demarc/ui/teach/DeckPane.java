package dev.demarc.ui.teach;

import dev.demarc.catalog.Catalog;
import dev.demarc.model.ComponentType;
import dev.demarc.quiz.ExamCard;
import dev.demarc.quiz.ExamDeck;
import java.util.Set;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The "Exam Questions" tab: the catalog's exam signals as a deck of cards shuffled with a seed the student
 * can see and change (an instructor reads one out to get the same order everywhere). One card at a time:
 * Show Answer (Space), then the student marks it right (R) or wrong (W); Left and Right step through the deck.
 */
final class DeckPane extends VBox {

    private final Catalog catalog;
    private final TextField seed = new TextField();
    private final Label seedProblem = new Label();
    private final Label position = new Label();
    private final Label question = new Label();
    private final Label answer = new Label();
    private final Label mark = new Label();
    private final Label score = new Label();
    private ExamDeck deck;
    private int current;
    /** The types the deck asks about; empty for all. */
    private Set<ComponentType> types = Set.of();

    DeckPane(Catalog catalog, long initialSeed) {
        super(12);
        this.catalog = catalog;
        getStyleClass().add("quiz-deck");
        setPadding(new Insets(4, 4, 4, 4));
        seed.setId("deck-seed");
        seed.setPrefColumnCount(10);
        seed.setText(Long.toString(initialSeed));
        seed.setOnAction(e -> shuffle());
        Button shuffle = button("Shuffle", "deck-shuffle", this::shuffle);
        seedProblem.setId("deck-seed-problem");
        seedProblem.getStyleClass().add("quiz-problem");
        Label seedLabel = new Label("Seed:");
        seedLabel.setLabelFor(seed);
        HBox seedRow = new HBox(8, seedLabel, seed, shuffle, seedProblem);
        seedRow.setAlignment(Pos.CENTER_LEFT);
        position.setId("deck-position");
        position.getStyleClass().add("deck-position");
        question.setId("deck-question");
        question.getStyleClass().add("deck-question");
        question.setWrapText(true);
        answer.setId("deck-answer");
        answer.getStyleClass().add("deck-answer");
        answer.setWrapText(true);
        mark.setId("deck-mark");
        mark.getStyleClass().add("deck-mark");
        score.setId("deck-score");
        score.getStyleClass().add("quiz-score");
        HBox actions = new HBox(8, button("Show Answer (Space)", "deck-reveal", this::reveal),
                button("I was right (R)", "deck-right", () -> markCurrent(true)),
                button("I was wrong (W)", "deck-wrong", () -> markCurrent(false)));
        HBox moves = new HBox(8, button("\u2190 Previous", "deck-previous", () -> move(-1)),
                button("Next \u2192", "deck-next", () -> move(1)), score);
        moves.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(seedRow, position, question, actions, answer, mark, moves);
        addEventHandler(KeyEvent.KEY_PRESSED, this::key);
        setFocusTraversable(true);
        setOnMouseClicked(e -> requestFocus());
        deck = ExamDeck.of(catalog, initialSeed);
        showCard();
    }

    ExamDeck deck() {
        return deck;
    }

    private static Button button(String text, String id, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    private void key(KeyEvent e) {
        if (getScene() != null && getScene().getFocusOwner() instanceof TextInputControl) {
            return;
        }
        switch (e.getCode()) {
            case SPACE -> reveal();
            case R -> markCurrent(true);
            case W -> markCurrent(false);
            case LEFT -> move(-1);
            case RIGHT -> move(1);
            default -> {
                return;
            }
        }
        e.consume();
    }

    /** A new deck shuffled with the seed typed; a seed that is not a whole number is refused, with why. */
    private void shuffle() {
        long value;
        try {
            value = Long.parseLong(seed.getText().trim());
        } catch (NumberFormatException ex) {
            seedProblem.setText("The seed must be a whole number, such as 42; the deck is unchanged.");
            return;
        }
        seedProblem.setText("");
        deck = ExamDeck.of(catalog, value, types);
        current = 0;
        showCard();
    }

    /**
     * Asks only about {@code only} (empty: every type), with the same seed; marks made so far go, as the
     * cards are new.
     */
    void askAbout(Set<ComponentType> only) {
        if (only.equals(types)) {
            return;
        }
        types = Set.copyOf(only);
        deck = ExamDeck.of(catalog, deck.seed(), types);
        current = 0;
        showCard();
    }

    private void showCard() {
        if (deck.size() == 0) {
            position.setText("The catalog has no exam questions about this.");
            question.setText("");
            answer.setText("");
            return;
        }
        ExamCard card = deck.cards().get(current);
        position.setText("Card " + (current + 1) + " of " + deck.size() + "  \u00b7  " + card.service()
                + "  \u00b7  seed " + deck.seed());
        question.setText(card.question());
        answer.setText("");
        answer.setVisible(false);
        mark.setText(deck.mark(current).map(r -> r ? "You marked this right." : "You marked this wrong.")
                .orElse(""));
        score.setText("Marked right: " + deck.score().right() + " of " + deck.score().total());
    }

    private void reveal() {
        if (deck.size() > 0) {
            answer.setText(deck.cards().get(current).answer());
            answer.setVisible(true);
        }
    }

    private void markCurrent(boolean right) {
        if (deck.size() == 0) {
            return;
        }
        deck.mark(current, right);
        if (current + 1 < deck.size()) {
            current++;
        }
        showCard();
    }

    private void move(int step) {
        int next = current + step;
        if (next >= 0 && next < deck.size()) {
            current = next;
            showCard();
        }
    }
}
