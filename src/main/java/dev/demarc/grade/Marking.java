package dev.demarc.grade;

import java.util.List;

/**
 * What one student's diagram is worth against a solution: the points the rubric is worth and the differences
 * that cost some of them. The score follows ({@link Scoring#score}).
 */
public record Marking(int possible, List<Difference> differences) {

    public Marking {
        differences = List.copyOf(differences);
        if (possible <= 0) {
            throw new IllegalArgumentException("a rubric must be worth some points: " + possible);
        }
    }

    public int score() {
        return Scoring.score(possible, differences);
    }
}
