package dev.demarc.io;

import java.util.List;

/**
 * A diagram file could not be loaded. Carries every problem found (at least one), each with its place,
 * phrased for the person who wrote the file.
 */
public class DiagramLoadException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    public DiagramLoadException(List<Problem> problems) {
        super(summary(problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a load failure needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public DiagramLoadException(Problem problem) {
        this(List.of(problem));
    }

    public List<Problem> problems() {
        return problems;
    }

    /** The first problem: the one to show when there is room for one. */
    public Problem first() {
        return problems.get(0);
    }

    private static String summary(List<Problem> problems) {
        if (problems.isEmpty()) {
            return "";
        }
        String first = problems.get(0).describe();
        return problems.size() == 1 ? first : first + " (and " + (problems.size() - 1) + " more problems)";
    }
}
