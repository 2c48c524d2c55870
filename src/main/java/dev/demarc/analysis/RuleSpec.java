package dev.demarc.analysis;

import dev.demarc.catalog.Duty;
import dev.demarc.catalog.Source;
import java.util.List;
import java.util.Set;

/**
 * The data half of an analyzer rule, read from {@code rules.json}: its id, severity, category, what to do
 * about it, the matching scanner checks (tool and id) and the AWS documents behind it. The condition and the message
 * naming the components are code, in one of the rule-family classes.
 *
 * @param relationship the relationship rule of the domain reference it implements (R1-R22), or empty
 * @param tags         what a finding of the rule means to other parts, e.g. {@value #UNENCRYPTED}
 */
public record RuleSpec(String id, Severity severity, Duty category, String title, String remediation,
        List<ScannerCheck> references, String relationship, List<Source> sources, Set<String> tags) {

    /** The tag of rules whose finding means data is stored or sent unencrypted (grading asks for it). */
    public static final String UNENCRYPTED = "unencrypted";

    public RuleSpec {
        references = List.copyOf(references);
        sources = List.copyOf(sources);
        tags = Set.copyOf(tags);
    }

    public boolean tagged(String tag) {
        return tags.contains(tag);
    }
}
