package dev.demarc.grade;

import dev.demarc.catalog.Catalog;
import dev.demarc.catalog.TypeSpec;
import dev.demarc.model.Component;
import dev.demarc.model.ComponentType;

/** How grading names types and components, the way the analyzer's findings do. */
final class Names {

    private Names() {
    }

    /** The catalog's short name of a type ("Subnet"), or its id when the catalog does not know it. */
    static String type(ComponentType type, Catalog catalog) {
        return catalog.find(type).map(TypeSpec::shortName).orElse(type.id());
    }

    /** {@code RDS 'Orders database' (db)}, or {@code RDS 'db'} when the component has no label. */
    static String component(Component c, Catalog catalog) {
        String label = c.displayLabel();
        String type = type(c.type(), catalog);
        return label.equals(c.id()) ? type + " '" + c.id() + "'" : type + " '" + label + "' (" + c.id() + ")";
    }
}
