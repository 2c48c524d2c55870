package dev.demarc.edit;

import dev.demarc.model.Component;
import dev.demarc.model.Diagram;
import dev.demarc.model.InboundRule;
import dev.demarc.model.SecurityGroup;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Pure edits of a diagram's security groups; components join them through their membership property. */
public final class GroupEdits {


    private GroupEdits() {
    }

    /**
     * A group id not yet used, made from {@code name}: lower case, runs of other characters as one '-', ending in
     * {@code -sg} ({@code "Web servers"} gives {@code web-servers-sg}), numbered when taken.
     */
    public static String freshId(Diagram d, String name) {
        String slug = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._]+", "-").replaceAll("^-+|-+$", "");
        String base = (slug.isEmpty() ? "group" : slug.endsWith("sg") ? slug : slug + "-sg");
        base = base.substring(0, Math.min(base.length(), Component.MAX_ID - 4));
        String id = base;
        for (int n = 2; d.securityGroup(id).isPresent(); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    /** Adds a group without rules named {@code name} under {@code id}. */
    public static Diagram add(Diagram d, String id, String name) {
        if (!Component.isValidId(id)) {
            throw new EditException("\"" + id + "\" is not a valid group id");
        }
        if (d.securityGroup(id).isPresent()) {
            throw new EditException("Another security group already has the id \"" + id + "\"");
        }
        List<SecurityGroup> groups = new ArrayList<>(d.securityGroups());
        groups.add(new SecurityGroup(id, name, null, List.of()));
        return d.withSecurityGroups(groups);
    }

    /** Replaces the inbound rules of the group {@code id}; a rule naming a group that does not exist is refused. */
    public static Diagram setRules(Diagram d, String id, List<InboundRule> rules) {
        for (InboundRule r : rules) {
            if (r.sourceGroup() != null && d.securityGroup(r.sourceGroup()).isEmpty()) {
                throw new EditException("There is no security group \"" + r.sourceGroup() + "\"");
            }
        }
        List<SecurityGroup> groups = new ArrayList<>();
        for (SecurityGroup g : d.securityGroups()) {
            groups.add(g.id().equals(id) ? g.withInbound(rules) : g);
        }
        return d.withSecurityGroups(groups);
    }
}
