package dev.demarc.grade;

import java.util.Objects;

/**
 * One rubric rule a student's diagram does not meet, or one forbidden finding, with the points it costs and
 * what to do about it. The message names the component or type concerned so the student can find it; the fix
 * says in plain words what would meet the rule (for findings, the remediation {@code demarc check} prints).
 */
public record Difference(Kind kind, int points, String message, String fix) {

    /** The kinds of difference; {@link #label()} is the word shown in tables and the CSV. */
    public enum Kind {
        /** Fewer components of a type than the rubric requires. */
        MISSING("missing"),
        /** A rule about a type the diagram has no component of: nothing shows the rule is met. */
        ABSENT("absent"),
        REACHABLE("reachable"),
        UNENCRYPTED("unencrypted"),
        PLACEMENT("placement"),
        FORBIDDEN("forbidden"),
        SEVERITY("severity");

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
        Objects.requireNonNull(fix, "fix");
        if (points < 0) {
            throw new IllegalArgumentException("points must not be negative: " + points);
        }
    }

    /** "placement (-10): RDS 'db' must be in a private subnet, ...", as tables show it above the fix. */
    public String describe() {
        return kind.label() + " (-" + points + "): " + message;
    }

    /** The difference and its fix on one line, for the CSV, where a cell holds one difference per line. */
    public String describeWithFix() {
        return fix.isEmpty() ? describe() : describe() + " Fix: " + fix;
    }
}
