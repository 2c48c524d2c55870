package dev.demarc.grade;

import dev.demarc.analysis.Severity;
import java.util.List;

/**
 * The default weights of a rubric's rules, and the score that follows from them. A rubric is worth the sum of
 * the weights of its expectations; a student earns the weight of every expectation met, loses the weight of
 * every forbidden finding from that, and scores the share earned, out of 100, rounded down. Written down in
 * docs/grading.md; a change here is a change to that table.
 */
public final class Scoring {

    public static final int FULL_MARKS = 100;
    /** Per component a rubric requires ({@code require}). */
    public static final int REQUIRED_COMPONENT = 10;
    /** Per type whose components the internet must not reach. */
    public static final int NOT_REACHABLE = 25;
    /** Per type whose components must be encrypted. */
    public static final int ENCRYPTED = 15;
    /** Per type whose components must sit in a private subnet. */
    public static final int PRIVATE_SUBNET = 10;
    /** Per finding of a rule the rubric forbids. */
    public static final int FORBIDDEN_RULE = 15;

    private Scoring() {
    }

    /** What a finding above the rubric's maximum severity costs, by its severity. */
    public static int points(Severity severity) {
        return switch (severity) {
            case CRITICAL -> 25;
            case HIGH -> 15;
            case MEDIUM -> 8;
            case LOW -> 3;
            case INFO -> 0;
        };
    }

    /**
     * The share of {@code possible} points left after the differences, out of 100 and rounded down, so only a
     * diagram without differences scores 100; never below 0.
     */
    public static int score(int possible, List<Difference> differences) {
        if (possible <= 0) {
            throw new IllegalArgumentException("a rubric must be worth some points: " + possible);
        }
        long lost = differences.stream().mapToLong(Difference::points).sum();
        long earned = Math.max(0, possible - lost);
        return (int) (FULL_MARKS * earned / possible);
    }
}
