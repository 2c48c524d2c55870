package dev.demarc.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.node.IntNode;
import dev.demarc.model.Component;
import dev.demarc.model.InboundRule;
import dev.demarc.model.Protocol;
import dev.demarc.model.SecurityGroup;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks the bound {@code securityGroups} of a format-3 file and builds the model's {@link SecurityGroup}s,
 * collecting every problem with the group (and the rule number) it is in. A group with a problem is left out,
 * and its id is remembered so that references to it are not reported a second time.
 */
final class SecurityGroupMapper {

    /** A description is a sentence or two, not a document. */
    static final int MAX_DESCRIPTION = 1000;

    private final Map<String, SecurityGroup> groups = new LinkedHashMap<>();
    private final Map<String, JsonLocation> where = new LinkedHashMap<>();
    private final List<String> refused = new ArrayList<>();

    /** Reads {@code dtos} (null when the file has no groups); problems go to {@code errors}. */
    SecurityGroupMapper(List<DiagramJson.SecurityGroupJson> dtos, Map<Object, JsonLocation> locations,
            List<Problem> errors) {
        List<DiagramJson.SecurityGroupJson> list = dtos == null ? List.of() : dtos;
        Map<String, List<RuleAt>> rulesOf = new LinkedHashMap<>();
        for (int i = 0; i < list.size(); i++) {
            DiagramJson.SecurityGroupJson g = list.get(i);
            String name = g == null || g.id() == null || !Component.isValidId(g.id()) ? "securityGroups[" + i + "]"
                    : "Security group '" + g.id() + "'";
            DiagramMapper.Place place = new DiagramMapper.Place(name, locations.get(g), errors);
            if (g == null) {
                place.error("must be an object, not null");
                continue;
            }
            int before = errors.size();
            header(g, place);
            List<RuleAt> rules = new ArrayList<>();
            List<DiagramJson.RuleJson> inbound = g.inbound() == null ? List.of() : g.inbound();
            for (int r = 0; r < inbound.size(); r++) {
                DiagramJson.RuleJson json = inbound.get(r);
                DiagramMapper.Place at = new DiagramMapper.Place(name + " rule " + (r + 1), locations.get(json),
                        errors);
                InboundRule rule = rule(json, at);
                if (rule != null) {
                    rules.add(new RuleAt(rule, at));
                }
            }
            if (errors.size() > before) {
                if (g.id() != null) {
                    refused.add(g.id());
                }
                continue;
            }
            if (groups.containsKey(g.id())) {
                JsonLocation first = where.get(g.id());
                place.error("reuses the id '" + g.id() + "' already used by another security group"
                        + (first == null ? "" : " (line " + first.getLineNr() + ")") + "; ids must be unique");
                continue;
            }
            groups.put(g.id(), new SecurityGroup(g.id(), g.name(), g.description(),
                    rules.stream().map(RuleAt::rule).toList()));
            where.put(g.id(), locations.get(g));
            rulesOf.put(g.id(), rules);
        }
        // Group-to-group rules may name a group written further down, so they are checked once all are read.
        rulesOf.values().forEach(rules -> {
            for (RuleAt r : rules) {
                String source = r.rule().sourceGroup();
                if (source != null && !groups.containsKey(source) && !refused.contains(source)) {
                    r.place().error("has sourceGroup '" + source + "', but there is no security group with that id");
                }
            }
        });
    }

    /** The groups read without a problem, in file order. */
    List<SecurityGroup> groups() {
        return List.copyOf(groups.values());
    }

    /** Whether {@code id} names a group that exists or one already reported as broken. */
    boolean knows(String id) {
        return groups.containsKey(id) || refused.contains(id);
    }

    private static void header(DiagramJson.SecurityGroupJson g, DiagramMapper.Place place) {
        if (g.id() == null) {
            place.error("has no \"id\"; every security group needs a unique id");
        } else if (!Component.isValidId(g.id())) {
            place.error("has the id \"" + g.id() + "\"; an id is " + Component.ID_RULE);
        }
        if (g.name() == null || g.name().isBlank()) {
            place.error("has no \"name\"; every security group needs a name");
        } else if (g.name().length() > DiagramMapper.MAX_LABEL) {
            place.error("has a name longer than " + DiagramMapper.MAX_LABEL + " characters");
        }
        if (g.description() != null && g.description().length() > MAX_DESCRIPTION) {
            place.error("has a description longer than " + MAX_DESCRIPTION + " characters");
        }
    }

    private static InboundRule rule(DiagramJson.RuleJson r, DiagramMapper.Place place) {
        if (r == null) {
            place.error("must be an object such as {\"protocol\": \"tcp\", \"fromPort\": 443, \"toPort\": 443, "
                    + "\"source\": \"0.0.0.0/0\"}, not null");
            return null;
        }
        Protocol protocol = RuleChecks.protocol(r.protocol(), place::error);
        boolean portsOk = ports(r, protocol, place);
        boolean sourceOk = source(r, place);
        if (protocol == null || !portsOk || !sourceOk) {
            return null;
        }
        int from = r.fromPort() == null ? 0 : r.fromPort();
        int to = r.toPort() == null ? InboundRule.MAX_PORT : r.toPort();
        return new InboundRule(protocol, from, to, r.source(), r.sourceGroup());
    }

    private static boolean ports(DiagramJson.RuleJson r, Protocol protocol, DiagramMapper.Place place) {
        if (protocol == Protocol.ALL) {
            if (r.fromPort() != null || r.toPort() != null) {
                place.error("is for all protocols, which covers every port; leave out \"fromPort\" and \"toPort\"");
                return false;
            }
            return true;
        }
        if (r.fromPort() == null || r.toPort() == null) {
            place.error("needs \"fromPort\" and \"toPort\" from 0 to 65535 (the same number for one port)");
            return false;
        }
        if (!RuleChecks.port(IntNode.valueOf(r.fromPort()), place::error)
                || !RuleChecks.port(IntNode.valueOf(r.toPort()), place::error)) {
            return false;
        }
        if (r.fromPort() > r.toPort()) {
            place.error("has fromPort " + r.fromPort() + " above toPort " + r.toPort()
                    + "; a range goes from the lower port to the higher");
            return false;
        }
        return true;
    }

    private static boolean source(DiagramJson.RuleJson r, DiagramMapper.Place place) {
        if ((r.source() == null) == (r.sourceGroup() == null)) {
            place.error("needs exactly one of \"source\" (a CIDR block such as " + RuleChecks.CIDR_EXAMPLES + ") "
                    + "and \"sourceGroup\" (the id of a security group)");
            return false;
        }
        if (r.source() != null) {
            return RuleChecks.source(r.source(), place::error);
        }
        if (!Component.isValidId(r.sourceGroup())) {
            place.error("has sourceGroup \"" + Problem.shorten(r.sourceGroup())
                    + "\", which is not a security group id");
            return false;
        }
        return true;
    }

    /** A rule read from the file and where it was, for the check of its source group. */
    private record RuleAt(InboundRule rule, DiagramMapper.Place place) {
    }
}
