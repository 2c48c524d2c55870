package dev.demarc.grade;

import dev.demarc.io.Problem;
import java.util.List;
import java.util.Optional;

/**
 * The grade of one student file: its score, the points at stake and the differences, or, when the file could
 * not be read, the problem that stopped it (with its line and column when it has one).
 */
public record GradedFile(String file, int score, int possible, List<Difference> differences,
        Optional<Problem> error) {

    public GradedFile {
        differences = List.copyOf(differences);
    }

    public static GradedFile graded(String file, Marking marking) {
        return new GradedFile(file, marking.score(), marking.possible(), marking.differences(), Optional.empty());
    }

    public static GradedFile failed(String file, Problem problem) {
        return new GradedFile(file, 0, 0, List.of(), Optional.of(problem));
    }

    /** The points earned: those at stake less those the differences cost, never below 0. */
    public int earned() {
        return Math.max(0, possible - differences.stream().mapToInt(Difference::points).sum());
    }

    public boolean ok() {
        return error.isEmpty();
    }

    /** "students/bob.json: Not valid JSON: ... (line 3, column 5)", for tables and the CSV. */
    public String errorMessage() {
        return error.map(p -> file + ": " + p.describe()).orElse("");
    }
}
