package dev.demarc.grade;

import dev.demarc.io.Problem;

/**
 * The solution file cannot be used: it cannot be read, is neither a diagram nor a rubric, or the rubric is
 * wrong. The problem says what and, for content, where (line and column).
 */
public final class SolutionException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Problem problem;

    public SolutionException(Problem problem) {
        super(problem.describe());
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
