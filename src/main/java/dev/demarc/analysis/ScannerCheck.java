package dev.demarc.analysis;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One check of one scanner that fails on the same mistake as a rule: an id means nothing without its tool
 * ({@code W2} or {@code F22} could be anything), so the two always travel together.
 */
public record ScannerCheck(Scanner scanner, String id) {

    public ScannerCheck {
        Objects.requireNonNull(scanner, "scanner");
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("a scanner check needs an id");
        }
    }

    /** "Checkov CKV_AWS_17", "Prowler rds_instance_no_public_access", "cfn-nag F22". */
    public String label() {
        return scanner.displayName() + " " + id;
    }

    /** The labels joined with commas, for one line of a report or a card. */
    public static String labels(List<ScannerCheck> checks) {
        return checks.stream().map(ScannerCheck::label).collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return label();
    }
}
