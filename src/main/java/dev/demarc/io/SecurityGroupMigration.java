package dev.demarc.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.demarc.model.Component;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * The step from format 2 to 3, a pure function on the JSON tree: security groups became objects of their own.
 * Each EC2 instance, ECS service and RDS database that wrote {@code inboundRules} gets a group of its own holding
 * those rules (id {@code <component id>-sg}, made unique; name {@code <label> group}, the label cut to fit) and
 * lists it in its new {@code securityGroups} property. A rule's single {@code port} p becomes {@code fromPort} =
 * {@code toPort} = p; a rule for all protocols keeps no ports. An empty list of rules admits nothing, as no group
 * does, so it just goes.
 *
 * <p>{@link InlineRuleCheck} runs first and takes out every list of rules it refuses, so the step may assume the
 * rules are well formed; anything else it leaves where it is for the reader to name. Groups the file already has
 * (an error in a file of format 2, which the check names) stay first, so each keeps its place in the text.
 */
final class SecurityGroupMigration {

    /** The format version this step produces. */
    static final int VERSION = 3;
    /** The component property that held a component's own rules up to format 2. */
    static final String INLINE_RULES = "inboundRules";
    /** The component property that lists the groups a component belongs to from format 3. */
    static final String MEMBERSHIP = "securityGroups";

    /** The types that had {@code inboundRules} in format 2; that format is frozen, so the list is too. */
    private static final Set<String> TYPES = Set.of("EC2", "ECS", "RDS");
    private static final String SUFFIX = "-sg";

    private SecurityGroupMigration() {
    }

    /** Whether components of the type {@code typeId} (null for none) could have inline rules in format 2. */
    static boolean hadInlineRules(String typeId) {
        return typeId != null && TYPES.contains(typeId);
    }

    /** Returns {@code root} (changed in place) with inline rules moved into security groups. */
    static ObjectNode apply(ObjectNode root) {
        Set<String> taken = new HashSet<>();
        root.path(MEMBERSHIP).forEach(g -> taken.add(g.path("id").asText()));
        ArrayNode groups = root.arrayNode();
        for (JsonNode c : root.path("components")) {
            JsonNode id = c.path("id");
            if (!hadInlineRules(c.path("type").asText(null)) || !id.isTextual() || !Component.isValidId(id.asText())
                    || !(c.path("properties") instanceof ObjectNode props)
                    || !(props.get(INLINE_RULES) instanceof ArrayNode rules)) {
                continue;
            }
            ObjectNode moved = props.objectNode();
            for (Iterator<Map.Entry<String, JsonNode>> it = props.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                if (!e.getKey().equals(INLINE_RULES)) {
                    moved.set(e.getKey(), e.getValue());
                } else if (!rules.isEmpty()) {
                    String groupId = MigratedIds.unique(id.asText(), SUFFIX, taken);
                    groups.add(group(groupId, label(c), rules));
                    moved.set(MEMBERSHIP, props.arrayNode().add(groupId));
                }
            }
            props.removeAll();
            props.setAll(moved);
        }
        if (!groups.isEmpty() && root.get(MEMBERSHIP) instanceof ArrayNode existing) {
            existing.addAll(groups);
        } else if (!groups.isEmpty()) {
            root.set(MEMBERSHIP, groups);
        }
        return root;
    }

    private static ObjectNode group(String id, String label, ArrayNode rules) {
        ObjectNode group = rules.objectNode().put("id", id).put("name", MigratedIds.label(label, " group"));
        ArrayNode inbound = group.putArray("inbound");
        for (JsonNode rule : rules) {
            if (!(rule instanceof ObjectNode old)) {
                inbound.add(rule);
                continue;
            }
            ObjectNode converted = inbound.addObject();
            boolean all = "all".equals(old.path("protocol").asText(null));
            old.fields().forEachRemaining(f -> {
                if (!f.getKey().equals("port")) {
                    converted.set(f.getKey(), f.getValue());
                } else if (!all) {
                    converted.set("fromPort", f.getValue());
                    converted.set("toPort", f.getValue());
                }
            });
        }
        return group;
    }

    private static String label(JsonNode c) {
        JsonNode label = c.path("label");
        return label.isTextual() && !label.asText().isBlank() ? label.asText() : c.path("id").asText();
    }
}
