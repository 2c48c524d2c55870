package dev.demarc.analysis;

import dev.demarc.catalog.Duty;
import java.util.List;

/**
 * A mistake (or a fact worth teaching) that is the customer's to fix, found on the diagram.
 *
 * @param rule        the rule id, e.g. {@code rds.exposed-to-internet}
 * @param message     what is wrong, naming the components
 * @param components  the ids of the components concerned, the one to fix first
 * @param references  the checks of common scanners (Checkov, Prowler, cfn-nag) that fail on the same mistake
 */
public record Finding(String rule, Severity severity, Duty category, String message, String remediation,
        List<String> components, List<ScannerCheck> references) {

    public Finding {
        components = List.copyOf(components);
        references = List.copyOf(references);
    }

    public boolean concerns(String componentId) {
        return components.contains(componentId);
    }
}
