package dev.demarc.grade;

import dev.demarc.analysis.Severity;
import java.util.List;

/**
 * The points each kind of difference costs, and the score that follows: 100 minus the points of every
 * difference, never below 0. Written down in docs/grading.md; a change here is a change to that table.
 */
public final class Scoring {

    public static final int FULL_MARKS = 100;
    /** Per component of a type the solution has more of. */
    public static final int MISSING_COMPONENT = 10;
    /** Per component of a type the solution has fewer of (or none). */
    public static final int EXTRA_COMPONENT = 5;
    /** Per component placed differently from the solution or the rubric. */
    public static final int PLACEMENT = 10;
    /** Per component the rubric says must not be reachable from the internet and is. */
    public static final int REACHABLE = 25;
    /** Per encryption finding on a type the rubric says must be encrypted. */
    public static final int UNENCRYPTED = 15;
    /** Per finding of a rule the rubric forbids. */
    public static final int FORBIDDEN_RULE = 15;

    private Scoring() {
    }

    /** What a finding the solution does not have, or one above the rubric's maximum, costs by its severity. */
    public static int points(Severity severity) {
        return switch (severity) {
            case CRITICAL -> 25;
            case HIGH -> 15;
            case MEDIUM -> 8;
            case LOW -> 3;
            case INFO -> 0;
        };
    }

    /** 100 minus the points of all differences, floored at 0. */
    public static int score(List<Difference> differences) {
        long lost = differences.stream().mapToLong(Difference::points).sum();
        return (int) Math.max(0, FULL_MARKS - lost);
    }
}
