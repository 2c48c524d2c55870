package dev.demarc.catalog;

import dev.demarc.model.ComponentType;
import java.util.Set;

/**
 * Where a component of a type belongs: inside which container types, and whether it must have one.
 * An empty {@code parents} set means the component belongs outside any VPC.
 */
public record Placement(Set<ComponentType> parents, boolean required, String advice) {

    public Placement {
        parents = Set.copyOf(parents);
    }

    public boolean allows(ComponentType parentType) {
        return parents.contains(parentType);
    }
}
