package dev.demarc.quiz;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.demarc.catalog.Owner;
import dev.demarc.io.AtomicFiles;
import dev.demarc.spreadsheet.Csv;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Quiz results as files an instructor can collect: JSON (one object, for scripts) or CSV (RFC 4180, one row
 * per answer, for a spreadsheet). Both hold the student, the time, the deck's seed, and per answer what was
 * asked, what the student answered, the right answer and whether it matched. The formats are described in
 * {@code docs/teaching.md}.
 *
 * <p>Cells a spreadsheet would run as a formula (starting with {@code = + - @}, a tab or a carriage
 * return) get a leading apostrophe, since a student types the name.
 */
public final class ResultsFiles {

    public static final String CSV_HEADER =
            "student,saved_at,seed,section,position,component,type,question,answer,expected,result";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ResultsFiles() {
    }

    public static void writeJson(QuizResults results, Path target) throws IOException {
        AtomicFiles.write(target, json(results).getBytes(StandardCharsets.UTF_8));
    }

    public static void writeCsv(QuizResults results, Path target) throws IOException {
        AtomicFiles.write(target, csv(results).getBytes(StandardCharsets.UTF_8));
    }

    static String json(QuizResults r) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("student", r.student());
        root.put("savedAt", r.savedAt().toString());
        ObjectNode layers = root.putObject("layerQuiz");
        layers.put("subject", r.subject());
        layers.put("right", r.layers().score().right());
        layers.put("total", r.layers().score().total());
        layers.put("percent", r.layers().score().percent());
        ArrayNode answers = layers.putArray("answers");
        for (LayerQuiz.Marked m : r.layers().marked()) {
            ObjectNode a = answers.addObject();
            a.put("component", m.question().component());
            a.put("type", m.question().type().id());
            a.put("layer", m.question().layer().id());
            a.put("answer", m.answer().map(Owner::name).orElse(null));
            a.put("expected", m.question().expected().name());
            a.put("right", m.right());
        }
        ObjectNode deck = root.putObject("examDeck");
        deck.put("seed", r.deck().seed());
        deck.put("marked", r.deck().score().total());
        deck.put("right", r.deck().score().right());
        ArrayNode cards = deck.putArray("cards");
        for (int i = 0; i < r.deck().size(); i++) {
            ExamCard c = r.deck().cards().get(i);
            ObjectNode card = cards.addObject();
            card.put("position", i + 1);
            card.put("type", c.type().id());
            card.put("question", c.question());
            card.put("result", result(r.deck(), i));
        }
        return JSON.writeValueAsString(root) + "\n";
    }

    static String csv(QuizResults r) {
        StringBuilder out = new StringBuilder(CSV_HEADER).append("\r\n");
        String head = Csv.cell(r.student()) + "," + r.savedAt() + "," + r.deck().seed() + ",";
        List<LayerQuiz.Marked> marked = r.layers().marked();
        for (int i = 0; i < marked.size(); i++) {
            LayerQuiz.Marked m = marked.get(i);
            out.append(head).append("layers,").append(i + 1).append(',').append(Csv.cell(m.question().component()))
                    .append(',').append(Csv.cell(m.question().type().id()))
                    .append(',').append(m.question().layer().id())
                    .append(',').append(m.answer().map(Owner::name).orElse("")).append(',')
                    .append(m.question().expected().name()).append(',').append(m.right() ? "right" : "wrong")
                    .append("\r\n");
        }
        // An exam deck the student never marked says nothing: no rows for it.
        boolean deckUsed = r.deck().score().total() > 0;
        for (int i = 0; deckUsed && i < r.deck().size(); i++) {
            ExamCard c = r.deck().cards().get(i);
            out.append(head).append("deck,").append(i + 1).append(",,").append(Csv.cell(c.type().id())).append(',')
                    .append(Csv.cell(c.question())).append(",,,").append(result(r.deck(), i)).append("\r\n");
        }
        scoreRow(out, head, "layers", r.layers().score());
        if (deckUsed) {
            scoreRow(out, head, "deck", r.deck().score());
        }
        return out.toString();
    }

    /**
     * A score row: section {@code score}, the part scored in the question column, right answers in the
     * answer column, the number asked (or, for the deck, marked) in the expected column, the percentage as
     * the result.
     */
    private static void scoreRow(StringBuilder out, String head, String part, Score score) {
        out.append(head).append("score,,,,").append(part).append(',').append(score.right()).append(',')
                .append(score.total()).append(',').append(score.percent()).append("%\r\n");
    }

    /** Where results are offered by default: the user's Documents folder, or the home folder without one. */
    public static Path defaultFolder(Path home) {
        Path documents = home.resolve("Documents");
        return Files.isDirectory(documents) ? documents : home;
    }

    /**
     * The default file name: the student's name and the date ({@code quiz-ada-lovelace-2026-12-06.csv}),
     * with only letters, digits and dashes from the name so it is a valid file name everywhere.
     */
    public static String defaultName(String student, LocalDate date, String extension) {
        String name = Normalizer.normalize(student == null ? "" : student, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        if (name.length() > 40) {
            name = name.substring(0, 40).replaceAll("-+$", "");
        }
        return "quiz-" + (name.isEmpty() ? "" : name + "-") + date + "." + extension;
    }

    private static String result(ExamDeck deck, int position) {
        return deck.mark(position).map(right -> right ? "right" : "wrong").orElse("unmarked");
    }
}
