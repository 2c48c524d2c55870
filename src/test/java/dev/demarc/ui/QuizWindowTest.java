package dev.demarc.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.demarc.model.ComponentType;
import dev.demarc.quiz.CatalogFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * View > Quiz in the real window, on a diagram of one RDS database: answers marked against the owners in the
 * catalog's RDS file (read here with Jackson), the seeded exam deck, and the saved results.
 */
class QuizWindowTest extends EditorTestBase {

    /** Questions run from the top of the stack (logging, row 0) down to facilities (row 13). */
    private static final List<String> ROWS = List.of("logging", "backup", "encryption", "data", "identity-access",
            "network-config", "application", "runtime", "guest-os", "managed-service", "network-infrastructure",
            "virtualization", "hardware", "facilities");

    @AfterEach
    void closeTeachingWindows() {
        interact(() -> new ArrayList<>(Window.getWindows()).stream().filter(w -> w != stage).forEach(Window::hide));
    }

    private void openQuizOnOneDatabase() {
        show(diagram(service("db", ComponentType.RDS, 60, 60, null)));
        clickOn("View").clickOn("Quiz...");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(lookup("#quiz-view").queryAll().isEmpty(), "the quiz window is open");
    }

    private static String choice(String owner) {
        return owner.toLowerCase(Locale.ROOT);
    }

    /** An owner that is not {@code owner}. */
    private static String wrong(String owner) {
        return owner.equals("AWS") ? "CUSTOMER" : "AWS";
    }

    private String text(String query) {
        return fx(() -> ((Label) lookup(query).query()).getText());
    }

    private boolean selected(String query) {
        return fx(() -> ((ToggleButton) lookup(query).query()).isSelected());
    }

    @Test
    void aRightAndAWrongAnswerAreMarkedWithTheCatalogsReasonAndScored() {
        Map<String, String> owners = CatalogFiles.owners("RDS");
        int guestOs = ROWS.indexOf("guest-os");
        int data = ROWS.indexOf("data");
        openQuizOnOneDatabase();

        clickOn("#quiz-answer-" + guestOs + "-" + choice(owners.get("guest-os")));
        clickOn("#quiz-answer-" + data + "-" + choice(wrong(owners.get("data"))));
        clickOn("#quiz-check");

        assertEquals("Score: 1 / 14 (7%)", text("#quiz-score"));
        assertTrue(fx(() -> lookup("#quiz-row-" + guestOs).query().getStyleClass().contains("quiz-right")));
        assertTrue(fx(() -> lookup("#quiz-row-" + data).query().getStyleClass().contains("quiz-wrong")));
        String why = text("#quiz-result-" + data);
        assertTrue(why.startsWith("\u2717 Wrong"), why);
        assertTrue(why.contains(CatalogFiles.why("RDS", "data")), "the catalog's reason is shown: " + why);
    }

    @Test
    void numberKeysAnswerAndArrowKeysMoveBetweenLayers() {
        openQuizOnOneDatabase();
        clickOn("#quiz-row-0");

        type(KeyCode.DIGIT2);
        type(KeyCode.DOWN);
        type(KeyCode.DIGIT4);
        type(KeyCode.RIGHT);

        assertTrue(selected("#quiz-answer-0-customer"));
        assertTrue(selected("#quiz-answer-1-aws"), "Right after n/a wraps round to AWS");
        assertFalse(selected("#quiz-answer-1-none"));
    }

    @Test
    void theNumberKeysAnswerAsSoonAsTheQuizOpens() {
        openQuizOnOneDatabase();

        type(KeyCode.DIGIT3);

        assertTrue(selected("#quiz-answer-0-shared"), "the first question has the keyboard, as the instructions say");
        assertEquals("", fx(() -> ((TextField) lookup("#quiz-student").query()).getText()),
                "not the name field");
    }

    /** The first {@code n} questions of the deck shuffled with {@code seed}, stepping with the Right key. */
    private List<String> firstQuestions(String seed, int n) {
        TextField field = fx(() -> (TextField) lookup("#deck-seed").query());
        interact(field::clear);
        clickOn(field).write(seed);
        clickOn("#deck-shuffle");
        clickOn("#deck-position");
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(text("#deck-question"));
            type(KeyCode.RIGHT);
        }
        return out;
    }

    @Test
    void theDeckRepeatsItsOrderForASeedAndChangesItForAnother() {
        openQuizOnOneDatabase();
        clickOn("Exam Questions");

        List<String> first = firstQuestions("42", 6);
        List<String> again = firstQuestions("42", 6);
        List<String> other = firstQuestions("43", 6);

        assertEquals(first, again);
        assertNotEquals(first, other);
        assertTrue(CatalogFiles.examSignals().keySet().containsAll(first), "the cards are the catalog's questions");
    }

    @Test
    void showAnswerRevealsTheCatalogsAnswer() {
        openQuizOnOneDatabase();
        clickOn("Exam Questions");
        Label answer = fx(() -> (Label) lookup("#deck-answer").query());
        assertFalse(fx(answer::isVisible));

        clickOn("#deck-reveal");

        assertTrue(fx(answer::isVisible));
        assertEquals(CatalogFiles.examSignals().get(text("#deck-question")), fx(answer::getText));
    }

    @Test
    void savedResultsParseBackWithWhoAnsweredWhat(@TempDir Path dir) throws Exception {
        Map<String, String> owners = CatalogFiles.owners("RDS");
        openQuizOnOneDatabase();
        clickOn("#quiz-student").write("Ana Lopes");
        clickOn("#quiz-answer-" + ROWS.indexOf("guest-os") + "-" + choice(owners.get("guest-os")));
        clickOn("Exam Questions");
        TextField seed = fx(() -> (TextField) lookup("#deck-seed").query());
        interact(seed::clear);
        clickOn(seed).write("7");
        clickOn("#deck-shuffle");
        clickOn("#deck-wrong");
        Path json = dir.resolve("results.json");
        dialogs.answerExportWith(json);

        clickOn("#quiz-save-json");

        JsonNode root = new ObjectMapper().readTree(json.toFile());
        assertEquals("Ana Lopes", root.get("student").asText());
        assertEquals(7, root.get("examDeck").get("seed").asLong());
        assertEquals(1, root.get("layerQuiz").get("right").asInt());
        assertEquals(14, root.get("layerQuiz").get("answers").size());
        JsonNode answered = root.get("layerQuiz").get("answers").get(ROWS.indexOf("guest-os"));
        assertEquals("guest-os", answered.get("layer").asText());
        assertEquals(owners.get("guest-os"), answered.get("answer").asText());
        assertEquals("wrong", root.get("examDeck").get("cards").get(0).get("result").asText());
        assertEquals(CatalogFiles.examSignals().size(), root.get("examDeck").get("cards").size());

        Path csv = dir.resolve("results.csv");
        dialogs.answerExportWith(csv);
        clickOn("#quiz-save-csv");

        List<String> lines = List.of(Files.readString(csv, StandardCharsets.UTF_8).split("\r\n"));
        assertEquals(1 + 14 + CatalogFiles.examSignals().size() + 2, lines.size(), "with a score row per part");
        assertTrue(lines.get(lines.size() - 2).matches("Ana Lopes,[^,]+,7,score,,,,layers,1,14,7%"),
                lines.get(lines.size() - 2));
        assertTrue(lines.get(1).split(",")[1].matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ"),
                "saved_at in whole seconds: " + lines.get(1));
        assertTrue(dialogs.suggestedExportNames().stream().allMatch(n -> n.startsWith("quiz-ana-lopes-")),
                "named after the student: " + dialogs.suggestedExportNames());
        assertTrue(lines.get(1 + ROWS.indexOf("guest-os")).startsWith("Ana Lopes,"));
        assertTrue(lines.get(1 + ROWS.indexOf("guest-os")).endsWith(",RDS,guest-os," + owners.get("guest-os") + ","
                + owners.get("guest-os") + ",right"), lines.get(1 + ROWS.indexOf("guest-os")));
        assertTrue(text("#quiz-status").contains("results.csv"));
    }

    @Test
    void escapeAndCtrlWCloseTheQuizWindow() {
        openQuizOnOneDatabase();
        Window quiz = fx(() -> lookup("#quiz-view").query().getScene().getWindow());
        type(KeyCode.ESCAPE);
        assertFalse(fx(quiz::isShowing), "Esc closes the quiz");
        assertTrue(fx(stage::isShowing), "... and only the quiz");

        openQuizOnOneDatabase();
        Window again = fx(() -> lookup("#quiz-view").query().getScene().getWindow());
        shortcut(KeyCode.W);
        assertFalse(fx(again::isShowing), "Ctrl+W closes the quiz");
    }

    @Test
    void theCountOfLayersLeftFollowsTheAnswers() {
        openQuizOnOneDatabase();
        assertEquals("14 layers left to answer of 14", text("#quiz-score"));

        clickOn("#quiz-answer-0-aws");
        assertEquals("13 layers left to answer of 14", text("#quiz-score"));
        clickOn("#quiz-answer-0-customer");
        assertEquals("13 layers left to answer of 14", text("#quiz-score"), "a changed answer is still one answer");
        clickOn("#quiz-answer-1-shared");
        assertEquals("12 layers left to answer of 14", text("#quiz-score"));
    }

    @Test
    void quizOnOneServiceAsksOnlyThatServicesExamQuestions() {
        openQuizOnOneDatabase();
        @SuppressWarnings("unchecked")
        ComboBox<Object> subject = fx(() ->
                (ComboBox<Object>) lookup("#quiz-subject").query());
        Object rds = fx(() -> subject.getItems().stream().filter(s -> s.toString().startsWith("One RDS"))
                .findFirst().orElseThrow());
        interact(() -> subject.setValue(rds));
        clickOn("Exam Questions");

        long rdsCards = CatalogFiles.examSignals().keySet().stream()
                .filter(q -> CatalogFiles.examSignalsOf("RDS").contains(q)).count();
        assertTrue(rdsCards > 0 && rdsCards < CatalogFiles.examSignals().size());
        String position = text("#deck-position");
        assertTrue(position.startsWith("Card 1 of " + rdsCards + "  \u00b7  RDS"), position);
        for (int i = 0; i < rdsCards; i++) {
            assertTrue(CatalogFiles.examSignalsOf("RDS").contains(text("#deck-question")), text("#deck-question"));
            type(KeyCode.RIGHT);
        }
    }

    @Test
    void anUnusedDeckWritesNoRowsAndTheDefaultFileGoesToTheDocumentsFolder(@TempDir Path dir) throws Exception {
        openQuizOnOneDatabase();
        clickOn("#quiz-student").write("Zoe");
        Path csv = dir.resolve("results.csv");
        dialogs.answerExportWith(csv);

        clickOn("#quiz-save-csv");

        List<String> lines = List.of(Files.readString(csv, StandardCharsets.UTF_8).split("\r\n"));
        assertEquals(1 + 14 + 1, lines.size(), "header, the layers and their score; no deck rows");
        assertTrue(lines.stream().noneMatch(l -> l.contains(",deck,")), lines.toString());
        String name = dialogs.suggestedExportNames().get(0);
        assertEquals("quiz-zoe-" + LocalDate.now() + ".csv", name);
    }
}
