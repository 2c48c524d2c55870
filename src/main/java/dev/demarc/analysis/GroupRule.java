package dev.demarc.analysis;

import dev.demarc.model.InboundRule;
import dev.demarc.model.Protocol;
import java.util.List;
import java.util.stream.Collectors;

/**
 * An inbound rule as a component gets it: through one of its security groups ({@code group}, its id), or, for a
 * file read as format 2 without its migration, written on the component itself ({@code group} null). Findings
 * name the group, so a student knows which one to fix.
 */
record GroupRule(String group, InboundRule rule) {

    Protocol protocol() {
        return rule.protocol();
    }

    boolean covers(int port) {
        return rule.covers(port);
    }

    boolean fromAnywhere() {
        return rule.fromAnywhere();
    }

    /** {@code group 'web-sg' admits tcp/22 from 0.0.0.0/0}, or {@code tcp/22 from 0.0.0.0/0} without a group. */
    @Override
    public String toString() {
        return group == null ? rule.toString() : "group '" + group + "' admits " + rule;
    }

    /** The rules for a message, in order, separated by commas. */
    static String describe(List<GroupRule> rules) {
        return rules.stream().map(GroupRule::toString).collect(Collectors.joining(", "));
    }
}
