package dev.demarc.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.demarc.model.Component;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/**
 * Format 2 to 3, the identity half: an EC2 instance's {@code iamRole} and an ECS service's {@code taskRole} flags
 * become IAM role components. A flag that was {@code true} becomes a role with permissions {@code "unknown"} (the
 * flag never said how broad the role was), connected from the workload by an unlabelled arrow (a label could land
 * on whatever lies between them) and stacked to the right of everything on the diagram, outside any VPC, since
 * IAM is global; a flag that was {@code false} simply goes.
 *
 * <p>A pure step on the JSON tree. What does not have the expected shape (a flag that is not a boolean, a
 * component without a text id, positions that are not numbers) is left as it is for validation to name.
 */
final class RoleFlagMigration {

    /** The flag each type used to carry. */
    private static final Map<String, String> FLAGS = Map.of("EC2", "iamRole", "ECS", "taskRole");
    private static final String ROLE_TYPE = "IAM_ROLE";
    /** Space between the diagram and the roles, and between two roles. */
    private static final double GAP = 40;

    private RoleFlagMigration() {
    }

    /**
     * Returns {@code root} with the role flags turned into role components.
     *
     * @param defaultWidth a type's width when a component leaves it out, to find the right edge of the diagram
     * @param roleHeight   the height of a role component, to stack them
     */
    static ObjectNode apply(ObjectNode root, ToDoubleFunction<String> defaultWidth, double roleHeight) {
        if (!(root.get("components") instanceof ArrayNode components)) {
            return root;
        }
        JsonNode existing = root.get("connections");
        if (existing != null && !(existing instanceof ArrayNode)) {
            return root;
        }
        Set<String> ids = new HashSet<>();
        components.forEach(c -> ids.add(c.path("id").asText("")));
        Set<String> connectionIds = new HashSet<>();
        if (existing != null) {
            existing.forEach(k -> connectionIds.add(k.path("id").asText("")));
        }
        double x = rightEdge(components, defaultWidth) + GAP;
        double y = topEdge(components);
        ArrayNode roles = components.arrayNode();
        ArrayNode links = components.arrayNode();
        for (JsonNode c : components) {
            String flag = FLAGS.get(c.path("type").asText(""));
            if (flag == null || !(c.get("properties") instanceof ObjectNode props) || !props.path(flag).isBoolean()) {
                continue;
            }
            boolean hadRole = props.remove(flag).booleanValue();
            // A component without a valid id is refused for its id alone: no role is made for it, so that no
            // problem is reported about a role and a link its author never wrote.
            if (!hadRole || !c.path("id").isTextual() || !Component.isValidId(c.path("id").textValue())) {
                continue;
            }
            String workload = c.get("id").asText();
            String roleId = MigratedIds.unique(workload, "-role", ids);
            ObjectNode role = roles.addObject();
            role.put("id", roleId);
            role.put("type", ROLE_TYPE);
            String label = c.path("label").isTextual() ? c.get("label").asText() : workload;
            role.put("label", MigratedIds.label(label, " role"));
            role.put("x", x);
            role.put("y", y);
            role.putObject("properties").put("permissions", "unknown");
            ObjectNode link = links.addObject();
            link.put("id", MigratedIds.unique(roleId, "-link", connectionIds));
            link.put("from", workload);
            link.put("to", roleId);
            y += roleHeight + GAP;
        }
        if (!roles.isEmpty()) {
            components.addAll(roles);
            (existing == null ? root.putArray("connections") : (ArrayNode) existing).addAll(links);
        }
        return root;
    }

    /** The rightmost edge of any component; 0 on an empty diagram. */
    private static double rightEdge(ArrayNode components, ToDoubleFunction<String> defaultWidth) {
        double right = 0;
        for (JsonNode c : components) {
            if (c.path("x").isNumber()) {
                double width = c.path("width").isNumber() ? c.get("width").asDouble()
                        : defaultWidth.applyAsDouble(c.path("type").asText(""));
                double edge = c.get("x").asDouble() + width;
                if (Double.isFinite(edge)) {
                    right = Math.max(right, edge);
                }
            }
        }
        return right;
    }

    /** The topmost edge of any component, where the stack of roles starts; 0 on an empty diagram. */
    private static double topEdge(ArrayNode components) {
        double top = Double.POSITIVE_INFINITY;
        for (JsonNode c : components) {
            if (c.path("y").isNumber()) {
                top = Math.min(top, c.get("y").asDouble());
            }
        }
        return top == Double.POSITIVE_INFINITY ? 0 : top;
    }
}
