package dev.demarc.analysis;

import java.util.List;

/**
 * What must all hold for one exposure rule to fire on a component, each condition marked as it stands
 * now: "Reachable from the internet if: internet gateway attached - yes / public subnet - no / ...". It lets
 * a student see why a finding is not yet the critical one and which single change would make it so.
 *
 * @param rule the exposure rule these are the conditions of ({@code rds.exposed-to-internet})
 * @param severity the rule's severity, once every condition holds
 * @param title the rule's title, from the rule book
 * @param conditions the conditions, in the order the internet's traffic meets them
 */
public record Checklist(String rule, Severity severity, String title, List<Condition> conditions) {

    public Checklist {
        conditions = List.copyOf(conditions);
    }

    /**
     * One condition of an exposure.
     *
     * @param text what must hold, in words a student knows ("security group open to the world on 3306")
     * @param met whether it holds in the diagram now
     * @param componentId the component whose setting decides it (the database, its subnet, its VPC)
     */
    public record Condition(String text, boolean met, String componentId) {
    }

    /** Whether every condition holds, so the rule fires. */
    public boolean allMet() {
        return conditions.stream().allMatch(Condition::met);
    }

    /** How many conditions are still missing. */
    public long missing() {
        return conditions.stream().filter(c -> !c.met()).count();
    }

    /** The checklist in one line per condition, as tooltips and the CLI show it. */
    public String text() {
        StringBuilder out = new StringBuilder(severity.name() + " \"" + title + "\" if:");
        for (Condition c : conditions) {
            out.append("\n  ").append(c.met() ? "[x] " : "[ ] ").append(c.text()).append(" - ")
                    .append(c.met() ? "yes" : "no");
        }
        return out.toString();
    }
}
