package dev.demarc.catalog;

import dev.demarc.model.PropertyValue;
import java.util.List;

/**
 * A setting that moves the line on one layer: while the component's property has one of the given values,
 * the layer has this owner, these customer duties and this explanation instead of the type's usual ones.
 * For example, an RDS database with automatic minor upgrades off hands the scheduling of engine patches to
 * the customer. The catalog's {@code when} entries of a layer.
 *
 * @param property the property of the same type whose effective value decides
 * @param values   the values for which this variant applies
 */
public record LayerVariant(String property, List<PropertyValue> values, Owner owner, List<Duty> duties, String why,
        List<Source> sources) {

    public LayerVariant {
        values = List.copyOf(values);
        duties = List.copyOf(duties);
        sources = List.copyOf(sources);
    }

    public boolean appliesTo(PropertyValue value) {
        return values.contains(value);
    }
}
