package dev.demarc.analysis;

import dev.demarc.model.InboundRule;
import dev.demarc.model.Protocol;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * An inbound rule as a component gets it: through one of its security groups ({@code group}, its id). Findings
 * name the group, so a student knows which one to fix.
 */
record GroupRule(String group, InboundRule rule) {

    GroupRule {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(rule, "rule");
    }

    Protocol protocol() {
        return rule.protocol();
    }

    boolean covers(int port) {
        return rule.covers(port);
    }

    boolean fromAnywhere() {
        return rule.fromAnywhere();
    }

    /** {@code group 'web-sg' admits tcp/22 from 0.0.0.0/0}. */
    @Override
    public String toString() {
        return "group '" + group + "' admits " + rule;
    }

    /** Who admits the rules, for a sentence: {@code group 'db-sg' admits} or {@code groups 'a', 'b' admit}. */
    static String admitters(List<GroupRule> rules) {
        List<String> groups = quotedGroups(rules);
        return groups.size() == 1 ? "group " + groups.get(0) + " admits"
                : "groups " + String.join(", ", groups) + " admit";
    }

    /** The groups the rules come from, once each in order and quoted ({@code 'web-sg'}). */
    static List<String> quotedGroups(List<GroupRule> rules) {
        return rules.stream().map(GroupRule::group).distinct().map(g -> "'" + g + "'").toList();
    }

    /** The rules for a message, in order, separated by commas. */
    static String describe(List<GroupRule> rules) {
        return rules.stream().map(GroupRule::toString).collect(Collectors.joining(", "));
    }
}
