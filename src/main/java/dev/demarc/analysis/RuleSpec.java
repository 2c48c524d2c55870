package dev.demarc.analysis;

import dev.demarc.catalog.Duty;
import dev.demarc.catalog.Source;
import java.util.List;

/**
 * The data half of an analyzer rule, read from {@code rules.json}: its id, severity, category, what to do
 * about it, the matching scanner checks (tool and id) and the AWS documents behind it. The condition and the message
 * naming the components are code, in one of the rule-family classes.
 *
 * @param relationship the relationship rule of the domain reference it implements (R1-R22), or empty
 */
public record RuleSpec(String id, Severity severity, Duty category, String title, String remediation,
        List<ScannerCheck> references, String relationship, List<Source> sources) {

    public RuleSpec {
        references = List.copyOf(references);
        sources = List.copyOf(sources);
    }
}
