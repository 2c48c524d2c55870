package dev.demarc.analysis;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * When each managed Lambda runtime the catalog offers is (or was) deprecated, from AWS's runtime tables
 * (LAM-RUNTIMES, LAM-DEPLIST; nodejs20.x also in the domain reference). A runtime counts as deprecated from its
 * date on, judged against the catalog's "as of" date so a finding does not change with the computer's clock.
 */
final class LambdaRuntimes {

    private static final Map<String, LocalDate> DEPRECATED_ON = Map.of(
            "nodejs18.x", LocalDate.of(2025, 9, 1),
            "python3.9", LocalDate.of(2025, 12, 15),
            "nodejs20.x", LocalDate.of(2026, 4, 30),
            "nodejs22.x", LocalDate.of(2027, 4, 30),
            "nodejs24.x", LocalDate.of(2028, 4, 30),
            "python3.13", LocalDate.of(2029, 6, 30),
            "python3.14", LocalDate.of(2029, 6, 30));

    private LambdaRuntimes() {
    }

    /** The day {@code runtime} was deprecated, when that is on or before {@code asOf}. */
    static Optional<LocalDate> deprecatedBy(String runtime, LocalDate asOf) {
        LocalDate on = DEPRECATED_ON.get(runtime);
        return on != null && !on.isAfter(asOf) ? Optional.of(on) : Optional.empty();
    }
}
