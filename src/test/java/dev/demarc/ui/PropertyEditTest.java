package dev.demarc.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.demarc.analysis.Finding;
import dev.demarc.model.Component;
import dev.demarc.model.ComponentType;
import dev.demarc.model.Diagram;
import dev.demarc.model.InboundRule;
import dev.demarc.model.Properties;
import dev.demarc.model.PropertyValue;
import dev.demarc.model.Protocol;
import dev.demarc.model.SecurityGroup;
import dev.demarc.ui.inspector.PropertyGroups;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;

/** A property edited in the inspector re-runs the analyzer: the finding shows in the model and the list. */
class PropertyEditTest extends EditorTestBase {

    private static final String EXPOSED = "rds.exposed-to-internet";

    /**
     * A VPC with an internet gateway, a public subnet in it, and a database in the subnet whose security group
     * admits 0.0.0.0/0 on 3306. Publicly accessible is left to its default, off.
     */
    private static Diagram exposableDatabase() {
        Component vpc = new Component("vpc", ComponentType.VPC, null, 0, 0, 480.0, 300.0, null,
                Properties.of(Map.of("internetGateway", new PropertyValue.Bool(true))));
        Component subnet = new Component("public", ComponentType.SUBNET, null, 20, 50, 300.0, 230.0, "vpc",
                Properties.of(Map.of("public", new PropertyValue.Bool(true))));
        Component db = new Component("db", ComponentType.RDS, "Orders DB", 60, 120, null, null, "public",
                Properties.of(Map.of("securityGroups", new PropertyValue.Groups(List.of("db-sg")))));
        return new Diagram(null, List.of(vpc, subnet, db), List.of(), List.of(new SecurityGroup("db-sg", "Database",
                null, List.of(new InboundRule(Protocol.TCP, 3306, "0.0.0.0/0")))));
    }

    @Test
    void tickingPubliclyAccessibleReportsTheExposedDatabaseAndUndoRemovesIt() {
        show(exposableDatabase());
        clickOn(centreOf("db"));
        PropertyGroups.open(this, "Network exposure");
        assertFalse(exposedInModel());
        assertFalse(exposedInList());

        clickOn("#property-publiclyAccessible");

        assertEquals(Optional.of(new PropertyValue.Bool(true)), component("db").properties().get("publiclyAccessible"));
        assertTrue(exposedInModel());
        assertTrue(exposedInList());

        undo();

        assertEquals(Optional.empty(), component("db").properties().get("publiclyAccessible"));
        assertFalse(exposedInModel());
        assertFalse(exposedInList());

        redo();

        assertTrue(exposedInModel());
        assertTrue(exposedInList());
    }

    private boolean exposedInModel() {
        return model.analysis().findings().stream().anyMatch(f -> f.rule().equals(EXPOSED) && f.concerns("db"));
    }

    @SuppressWarnings("unchecked")
    private boolean exposedInList() {
        TableView<Finding> list = lookup("#findings").queryAs(TableView.class);
        return fx(() -> list.getItems().stream().anyMatch(f -> f.rule().equals(EXPOSED)));
    }
}
