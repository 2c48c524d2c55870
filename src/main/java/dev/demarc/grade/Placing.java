package dev.demarc.grade;

import dev.demarc.catalog.Catalog;
import dev.demarc.model.Component;
import dev.demarc.model.ComponentType;
import dev.demarc.model.Diagram;
import dev.demarc.model.PropertyValue;
import java.util.Optional;

/**
 * Where a component sits in the network, as far as grading cares: outside any VPC, in a VPC but no subnet,
 * or in a public or private subnet. A subnet is public when its {@code public} setting says so (the
 * setting the student chose, whatever the VPC's gateway).
 */
enum Placing {
    OUTSIDE_VPC("outside any VPC"),
    IN_VPC("in a VPC but in no subnet"),
    PUBLIC_SUBNET("in a public subnet"),
    PRIVATE_SUBNET("in a private subnet");

    private final String phrase;

    Placing(String phrase) {
        this.phrase = phrase;
    }

    /** "in a public subnet": completes "RDS 'db' is ...". */
    String phrase() {
        return phrase;
    }

    static Placing of(Component c, Diagram diagram, Catalog catalog) {
        Optional<Component> subnet = diagram.enclosing(c, ComponentType.SUBNET);
        if (subnet.isPresent()) {
            PropertyValue open = catalog.spec(ComponentType.SUBNET).effective(subnet.get(), "public");
            return open instanceof PropertyValue.Bool b && b.value() ? PUBLIC_SUBNET : PRIVATE_SUBNET;
        }
        return diagram.enclosing(c, ComponentType.VPC).isPresent() ? IN_VPC : OUTSIDE_VPC;
    }
}
