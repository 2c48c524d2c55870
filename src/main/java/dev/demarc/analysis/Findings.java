package dev.demarc.analysis;

import dev.demarc.model.Component;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Collects the findings of one analysis run; rule code supplies the message, {@link RuleBook} the rest. */
final class Findings {

    private final RuleBook rules;
    private final List<Finding> found = new ArrayList<>();

    Findings(RuleBook rules) {
        this.rules = rules;
    }

    /** Reports rule {@code ruleId} for {@code subject} (and any further components concerned). */
    void report(String ruleId, String message, Component subject, Component... others) {
        RuleSpec spec = rules.get(ruleId);
        List<String> ids = new ArrayList<>();
        ids.add(subject.id());
        Arrays.stream(others).map(Component::id).filter(id -> !ids.contains(id)).forEach(ids::add);
        found.add(new Finding(spec.id(), spec.severity(), spec.category(), message, spec.remediation(), ids,
                spec.references()));
    }

    List<Finding> all() {
        return found;
    }
}
