package dev.demarc.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.demarc.catalog.Layer;
import dev.demarc.catalog.Owner;
import dev.demarc.model.ComponentType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Quiz results written as JSON and CSV, read back as an instructor's script or spreadsheet would. */
class ResultsFilesTest {

    private static final Instant WHEN = Instant.parse("2026-11-29T10:15:30Z");

    /** Two hand-made questions (one answered right, one wrong) and a deck of three cards, one marked. */
    private static QuizResults results(String student) {
        ComponentType rds = new ComponentType("RDS");
        LayerQuiz quiz = new LayerQuiz(List.of(
                new LayerQuestion("db", "Orders", rds, Layer.GUEST_OS, "Guest OS", Owner.AWS, "AWS patches it."),
                new LayerQuestion("db", "Orders", rds, Layer.DATA, "Data", Owner.CUSTOMER, "Yours.")));
        quiz.answer(0, Owner.AWS);
        quiz.answer(1, Owner.SHARED);
        ExamDeck deck = new ExamDeck(List.of(new ExamCard(rds, "RDS", "Q1?", "A1"),
                new ExamCard(rds, "RDS", "Q2, with a comma?", "A2"), new ExamCard(rds, "RDS", "Q3?", "A3")), 99);
        deck.mark(0, false);
        return new QuizResults(student, WHEN, "One RDS", quiz, deck);
    }

    @Test
    void jsonHoldsWhoWhenTheSeedAndEveryAnswer(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("r.json");

        ResultsFiles.writeJson(results("Ana"), file);

        JsonNode root = new ObjectMapper().readTree(file.toFile());
        assertEquals("Ana", root.get("student").asText());
        assertEquals("2026-11-29T10:15:30Z", root.get("savedAt").asText());
        assertEquals(1, root.get("layerQuiz").get("right").asInt());
        assertEquals(2, root.get("layerQuiz").get("total").asInt());
        JsonNode wrong = root.get("layerQuiz").get("answers").get(1);
        assertEquals("data", wrong.get("layer").asText());
        assertEquals("SHARED", wrong.get("answer").asText());
        assertEquals("CUSTOMER", wrong.get("expected").asText());
        assertEquals(false, wrong.get("right").asBoolean());
        assertEquals(99, root.get("examDeck").get("seed").asLong());
        assertEquals(3, root.get("examDeck").get("cards").size());
        assertEquals(1, root.get("examDeck").get("marked").asInt());
        assertEquals("wrong", root.get("examDeck").get("cards").get(0).get("result").asText());
        assertEquals("unmarked", root.get("examDeck").get("cards").get(1).get("result").asText());
    }

    @Test
    void csvHasAHeaderAndOneRowPerAnswerAndCard(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("r.csv");

        ResultsFiles.writeCsv(results("Ana"), file);

        List<String> lines = List.of(Files.readString(file, StandardCharsets.UTF_8).split("\r\n"));
        assertEquals(ResultsFiles.CSV_HEADER, lines.get(0));
        assertEquals(1 + 2 + 3 + 2, lines.size(), "header, answers, cards, and a score row each");
        assertEquals("Ana,2026-11-29T10:15:30Z,99,layers,2,db,RDS,data,SHARED,CUSTOMER,wrong", lines.get(2));
        String firstCard = lines.get(3);
        assertTrue(firstCard.startsWith("Ana,2026-11-29T10:15:30Z,99,deck,1,,RDS,") && firstCard.endsWith(",,,wrong"),
                "the first card asked was marked wrong: " + firstCard);
        String quoted = "Ana,[^,]+,99,deck,[23],,RDS,\"Q2, with a comma\\?\",,,unmarked";
        assertTrue(lines.stream().anyMatch(l -> l.matches(quoted)), "a question with a comma is quoted: " + lines);
        assertEquals("Ana,2026-11-29T10:15:30Z,99,score,,,,layers,1,2,50%", lines.get(6));
        assertEquals("Ana,2026-11-29T10:15:30Z,99,score,,,,deck,0,1,0%", lines.get(7));
    }

    @Test
    void aDeckNobodyMarkedWritesNoRowsAndTimesAreInWholeSeconds() {
        QuizResults used = results("Ana");
        ExamDeck unused = new ExamDeck(used.deck().cards(), 99);
        QuizResults r = new QuizResults("Ana", Instant.parse("2026-11-29T10:15:30.123456789Z"), "One RDS",
                used.layers(), unused);

        List<String> lines = List.of(ResultsFiles.csv(r).split("\r\n"));

        assertEquals(List.of("layers", "layers", "score"), lines.subList(1, lines.size()).stream()
                .map(l -> l.split(",")[3]).toList());
        assertTrue(lines.get(1).startsWith("Ana,2026-11-29T10:15:30Z,"), lines.get(1));
    }

    @Test
    void theDefaultFileIsNamedAfterTheStudentAndTheDateInTheDocumentsFolder(@TempDir Path home) throws Exception {
        LocalDate day = LocalDate.of(2026, 12, 6);
        assertEquals("quiz-ana-lopes-2026-12-06.csv", ResultsFiles.defaultName(" Ana Lopes ", day, "csv"));
        assertEquals("quiz-jose-d-arc-2026-12-06.json", ResultsFiles.defaultName("Jos\u00e9 d'Arc", day, "json"));
        assertEquals("quiz-2026-12-06.csv", ResultsFiles.defaultName("", day, "csv"));
        assertEquals("quiz-2026-12-06.csv", ResultsFiles.defaultName("../../", day, "csv"));
        assertEquals(home, ResultsFiles.defaultFolder(home), "no Documents folder: the home folder");
        Files.createDirectory(home.resolve("Documents"));
        assertEquals(home.resolve("Documents"), ResultsFiles.defaultFolder(home));
    }

    @Test
    void aNameASpreadsheetWouldRunIsDefused() {
        String csv = ResultsFiles.csv(results("=HYPERLINK(\"x\")"));

        assertTrue(csv.contains("\r\n\"'=HYPERLINK(\"\"x\"\")\","), csv);
    }
}
