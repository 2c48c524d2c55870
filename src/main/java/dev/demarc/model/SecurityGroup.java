package dev.demarc.model;

import java.util.List;
import java.util.Objects;

/**
 * A security group: a named set of inbound rules that components (EC2 instances, ECS services, databases ...)
 * belong to. A component admits what the union of its groups' rules admits. Immutable.
 *
 * @param id          unique among the diagram's groups, 1-64 of {@code [A-Za-z0-9._-]} as component ids
 * @param name        the name shown to people (AWS's group name)
 * @param description what the group is for, or {@code null}
 * @param inbound     the inbound rules, in the order written
 */
public record SecurityGroup(String id, String name, String description, List<InboundRule> inbound) {

    public SecurityGroup {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        if (!Component.isValidId(id)) {
            throw new IllegalArgumentException("Not a valid security group id: " + id);
        }
        if (name.isBlank()) {
            // A file refuses a group without a name, so the model never holds one it could not read back.
            throw new IllegalArgumentException("Security group " + id + " needs a name");
        }
        inbound = List.copyOf(inbound);
    }

    public SecurityGroup withInbound(List<InboundRule> newInbound) {
        return new SecurityGroup(id, name, description, newInbound);
    }
}
