package dev.demarc.analysis;

import java.util.Locale;
import java.util.Optional;

/** How urgent a finding is, most urgent first (so natural order sorts the worst to the top). */
public enum Severity {
    CRITICAL, HIGH, MEDIUM, LOW, INFO;

    /** Whether this severity is at least as urgent as {@code threshold}. */
    public boolean atLeast(Severity threshold) {
        return ordinal() <= threshold.ordinal();
    }

    public String displayName() {
        String lower = name().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

    /** Parses a severity name in any case ({@code high}, {@code HIGH}). */
    public static Optional<Severity> parse(String text) {
        for (Severity s : values()) {
            if (s.name().equalsIgnoreCase(text)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
