package dev.demarc.grade;

import java.util.Objects;

/**
 * One way a student's diagram falls short of the solution, with the points it costs. The message names
 * the component or type concerned so the student can find it.
 */
public record Difference(Kind kind, int points, String message) {

    /** The kinds of difference; {@link #label()} is the word shown in tables and the CSV. */
    public enum Kind {
        MISSING("missing"),
        EXTRA("extra"),
        FINDING("finding"),
        PLACEMENT("placement"),
        REACHABLE("reachable"),
        UNENCRYPTED("unencrypted"),
        SEVERITY("severity"),
        FORBIDDEN("forbidden");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public Difference {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
        if (points < 0) {
            throw new IllegalArgumentException("points must not be negative: " + points);
        }
    }

    /** "placement (-10): RDS 'db' is in a public subnet; ...", as tables and the CSV show it. */
    public String describe() {
        return kind.label() + " (-" + points + "): " + message;
    }
}
