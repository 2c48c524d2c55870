package dev.demarc.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.demarc.model.Component;
import dev.demarc.model.Protocol;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.IntFunction;

/**
 * Checks a file from before security groups (format 1 or 2) on its JSON tree, before {@link SecurityGroupMigration}
 * moves its inline rules into groups, so that a bad rule is named as its author wrote it: the component, the
 * property {@code inboundRules}, the rule's number and what is wrong, at the component's line. A refused list is
 * taken out of the tree, so the step moves only good rules and nothing is named twice; the rest of the file is
 * still read, so that all its problems are reported at once.
 */
final class InlineRuleCheck {

    private static final Set<String> FIELDS = Set.of("protocol", "port", "source");
    private static final String EXAMPLE = "{\"protocol\": \"tcp\", \"port\": 443, \"source\": \"0.0.0.0/0\"}";

    private InlineRuleCheck() {
    }

    /**
     * The problems of {@code root}'s inline rules (and of security groups and memberships of them it should not have,
     * which are taken out), each at the place
     * {@code componentAt} gives for the component's index; {@code root} is changed as said above.
     */
    static List<Problem> check(ObjectNode root, IntFunction<JsonLocation> componentAt) {
        List<Problem> problems = new ArrayList<>();
        JsonNode groups = root.get(SecurityGroupMigration.MEMBERSHIP);
        if (groups != null && !groups.isNull()) {
            problems.add(Problem.general("The field \"" + SecurityGroupMigration.MEMBERSHIP + "\" is new in format "
                    + SecurityGroupMigration.VERSION + ", but this file says \"formatVersion\": "
                    + root.get("formatVersion") + "; write " + SecurityGroupMigration.VERSION + " there"));
        }
        JsonNode components = root.path("components");
        for (int i = 0; i < components.size(); i++) {
            JsonNode c = components.get(i);
            if (!(c.get("properties") instanceof ObjectNode properties)) {
                continue;
            }
            JsonNode id = c.path("id");
            String name = id.isTextual() ? "Component '" + id.textValue() + "'" : "components[" + i + "]";
            DiagramMapper.Place place = new DiagramMapper.Place(name, componentAt.apply(i), problems);
            // Membership of groups came with them in format 3; the step to groups writes it from the inline rules.
            if (properties.remove(SecurityGroupMigration.MEMBERSHIP) != null) {
                place.error("has the property '" + SecurityGroupMigration.MEMBERSHIP + "', which is new in format "
                        + SecurityGroupMigration.VERSION + ", but this file says \"formatVersion\": "
                        + root.get("formatVersion") + "; write " + SecurityGroupMigration.VERSION + " there");
            }
            if (!SecurityGroupMigration.hadInlineRules(c.path("type").asText(null))
                    || !properties.has(SecurityGroupMigration.INLINE_RULES)) {
                continue;
            }
            int before = problems.size();
            rules(properties.get(SecurityGroupMigration.INLINE_RULES), place);
            // Without a valid id the step has no group to put the rules in; the component is refused for its id.
            if (problems.size() > before || !id.isTextual() || !Component.isValidId(id.textValue())) {
                properties.remove(SecurityGroupMigration.INLINE_RULES);
            }
        }
        return problems;
    }

    private static void rules(JsonNode rules, DiagramMapper.Place place) {
        String property = "property '" + SecurityGroupMigration.INLINE_RULES + "' ";
        if (!rules.isArray()) {
            place.error(property + "must be a list of inbound rules such as [" + EXAMPLE + "]"
                    + DiagramMapper.shown(rules));
            return;
        }
        for (int r = 0; r < rules.size(); r++) {
            String where = property + "rule " + (r + 1) + " ";
            rule(rules.get(r), text -> place.error(where + text));
        }
    }

    private static void rule(JsonNode rule, Consumer<String> problem) {
        if (!rule.isObject()) {
            problem.accept("must be an object such as " + EXAMPLE);
            return;
        }
        rule.fieldNames().forEachRemaining(field -> {
            if (!FIELDS.contains(field)) {
                problem.accept("has an unknown field \"" + Problem.shorten(field)
                        + "\"; a rule has protocol, port and source");
            }
        });
        JsonNode protocolText = rule.path("protocol");
        Protocol protocol = RuleChecks.protocol(protocolText.isTextual() ? protocolText.textValue() : null, problem);
        JsonNode port = rule.get("port");
        if (port != null) {
            RuleChecks.port(port, problem);
        } else if (protocol != null && protocol != Protocol.ALL) {
            problem.accept("needs a \"port\" from 0 to 65535 (a rule for all protocols needs none)");
        }
        JsonNode source = rule.get("source");
        if (source == null || !source.isTextual()) {
            problem.accept("needs a \"source\" CIDR block such as " + RuleChecks.CIDR_EXAMPLES);
        } else {
            RuleChecks.source(source.textValue(), problem);
        }
    }
}
