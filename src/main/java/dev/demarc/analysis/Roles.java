package dev.demarc.analysis;

import dev.demarc.model.Component;
import dev.demarc.model.ComponentType;
import java.util.List;
import java.util.Set;

/**
 * Which IAM roles the workloads of a diagram assume: a role component connected to an EC2 instance (instance
 * profile), a Lambda function (execution role), an ECS service (task role) or an EKS cluster (node role). The
 * connection may point either way.
 */
final class Roles {

    /** The types that assume a role to call AWS. */
    private static final Set<ComponentType> USERS = Set.of(ComponentType.EC2, ComponentType.LAMBDA, ComponentType.ECS,
            ComponentType.EKS);

    private Roles() {
    }

    /** The roles connected to {@code workload}, in connection order. */
    static List<Component> of(Facts facts, Component workload) {
        return facts.linkedOfType(workload, ComponentType.IAM_ROLE);
    }

    /** Whether {@code workload} has a role drawn for it. */
    static boolean drawnFor(Facts facts, Component workload) {
        return !of(facts, workload).isEmpty();
    }

    /** The workloads that assume {@code role}, in connection order. */
    static List<Component> usersOf(Facts facts, Component role) {
        return facts.diagram().components().stream().filter(c -> USERS.contains(c.type()))
                .filter(c -> of(facts, c).contains(role)).toList();
    }

    /** Whether a role's policies allow every action of some service or of all: administrator or {@code *} actions. */
    static boolean broad(Facts facts, Component role) {
        String permissions = facts.text(role, "permissions");
        return "administrator".equals(permissions) || "wildcard-actions".equals(permissions);
    }
}
