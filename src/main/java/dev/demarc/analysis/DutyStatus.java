package dev.demarc.analysis;

import dev.demarc.catalog.Duty;
import java.util.Locale;
import java.util.Optional;

/**
 * Where one of the customer's duties stands on one component: how many of its findings have that duty as
 * their category, and the worst one's severity. The overlay's badges and the details checklist both show it.
 */
public record DutyStatus(Duty duty, int open, Optional<Severity> worst) {

    /** "no open findings", or "2 open findings, worst high": the same words on the badge and the checklist. */
    public String describe() {
        return worst.map(w -> open + (open == 1 ? " open finding" : " open findings") + ", worst "
                + w.displayName().toLowerCase(Locale.ROOT)).orElse("no open findings");
    }

    /** Done: no finding of this duty is open. */
    public boolean done() {
        return open == 0;
    }
}
