package dev.demarc.grade;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The grades as CSV (RFC 4180) for a spreadsheet or a course system: one row per student file with
 * {@code file, score, difference_count, differences, error}. The differences share one cell, one per
 * line. A file that could not be read has an empty score and its problem in {@code error}.
 *
 * <p>Student files are named by students, so a cell that a spreadsheet would run as a formula (starting
 * with {@code = + - @}, a tab or a carriage return) gets a leading apostrophe.
 */
public final class GradeCsv {

    public static final String HEADER = "file,score,difference_count,differences,error";

    private GradeCsv() {
    }

    public static String render(List<GradedFile> grades) {
        StringBuilder out = new StringBuilder(HEADER).append("\r\n");
        for (GradedFile g : grades) {
            String differences = g.differences().stream().map(Difference::describe)
                    .collect(Collectors.joining("\n"));
            out.append(cell(g.file())).append(',')
                    .append(g.ok() ? Integer.toString(g.score()) : "").append(',')
                    .append(g.ok() ? Integer.toString(g.differences().size()) : "").append(',')
                    .append(cell(differences)).append(',')
                    .append(cell(g.errorMessage())).append("\r\n");
        }
        return out.toString();
    }

    static String cell(String value) {
        String text = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
