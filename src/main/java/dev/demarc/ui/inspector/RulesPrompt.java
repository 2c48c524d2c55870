package dev.demarc.ui.inspector;

import dev.demarc.model.InboundRule;
import java.util.List;
import java.util.Optional;
import javafx.stage.Window;

/**
 * Asks the user for a new list of a security group's inbound rules. Behind an interface so editing a group's
 * rules can be driven without a dialog; {@link RulesDialog} is the real one.
 */
@FunctionalInterface
interface RulesPrompt {

    /** The edited rules, or empty when the user cancelled. */
    Optional<List<InboundRule>> edit(Window owner, String title, List<InboundRule> rules);

    /**
     * As {@link #edit(Window, String, List)}, with the port a new rule starts with (a database's engine
     * port), or null for none.
     */
    default Optional<List<InboundRule>> edit(Window owner, String title, List<InboundRule> rules,
            Integer suggestedPort) {
        return edit(owner, title, rules);
    }

    /** As above, offering the ids of the diagram's security groups as sources besides CIDR blocks. */
    default Optional<List<InboundRule>> edit(Window owner, String title, List<InboundRule> rules,
            Integer suggestedPort, List<String> groups) {
        return edit(owner, title, rules, suggestedPort);
    }
}
