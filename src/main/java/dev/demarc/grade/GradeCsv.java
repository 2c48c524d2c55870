package dev.demarc.grade;

import dev.demarc.spreadsheet.Csv;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The grades as CSV (RFC 4180) for a spreadsheet or a course system: one row per student file with
 * {@code file, score, difference_count, differences, error}. The differences share one cell, one per
 * line with its fix. A file that could not be read has an empty score and its problem in {@code error}.
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
            String differences = g.differences().stream().map(Difference::describeWithFix)
                    .collect(Collectors.joining("\n"));
            out.append(Csv.cell(g.file())).append(',')
                    .append(g.ok() ? Integer.toString(g.score()) : "").append(',')
                    .append(g.ok() ? Integer.toString(g.differences().size()) : "").append(',')
                    .append(Csv.cell(differences)).append(',')
                    .append(Csv.cell(g.errorMessage())).append("\r\n");
        }
        return out.toString();
    }
}
