package dev.demarc.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.demarc.model.Component;
import dev.demarc.model.ComponentType;
import org.junit.jupiter.api.Test;

/** A component's short title names its type once: "RDS 1", not "RDS RDS 1"; "RDS Orders DB". */
class ComponentTitleTest {

    private final Catalog catalog = Catalog.builtIn();

    @Test
    void aLabelStartingWithTheTypeIsNotPrefixedAgain() {
        assertEquals("RDS 1", catalog.title(Component.of("rds-1", ComponentType.RDS, 0, 0).withLabel("RDS 1")));
        assertEquals("RDS Orders DB",
                catalog.title(Component.of("db", ComponentType.RDS, 0, 0).withLabel("Orders DB")));
        assertEquals("EC2 web", catalog.title(Component.of("web", ComponentType.EC2, 0, 0)));
        assertEquals("RDS Rdsproxy", catalog.title(Component.of("p", ComponentType.RDS, 0, 0).withLabel("Rdsproxy")));
    }
}
