package dev.demarc.ui.details;

import dev.demarc.analysis.ComponentAnalysis;
import dev.demarc.analysis.Finding;
import dev.demarc.analysis.Severity;
import dev.demarc.catalog.Duty;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One duty of the checklist as the analysis states it: how many of the component's findings have that duty
 * as their category, and the worst one's severity. Done means none is open.
 */
record DutyStatus(Duty duty, int open, Optional<Severity> worst) {

    static DutyStatus of(Duty duty, ComponentAnalysis analysis) {
        List<Finding> open = analysis.findings().stream().filter(f -> f.category() == duty).toList();
        return new DutyStatus(duty, open.size(), open.stream().map(Finding::severity).min(Enum::compareTo));
    }

    boolean done() {
        return open == 0;
    }

    /** "no open findings", or "2 open findings, worst High". */
    String text() {
        return worst.map(w -> open + (open == 1 ? " open finding" : " open findings") + ", worst "
                + w.displayName()).orElse("no open findings");
    }

    /** The row's words for a screen reader: "Expose: your duty, done; no open findings". */
    String accessibleText(String dutyName) {
        return dutyName + ": your duty, " + (done() ? "done" : "not done") + "; "
                + text().toLowerCase(Locale.ROOT);
    }
}
