package dev.demarc.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/**
 * Security groups edited in the real window: a new group made from the inspector, two instances put in it, a
 * rule from anywhere that exposes both, then the same rule narrowed to another group, which exposes neither.
 */
class SecurityGroupEditingTest extends EditorTestBase {

    private static final String ADMIN_OPEN = "ec2.admin-port-open";

    /** A VPC with a gateway, a public subnet, two instances with public IPs and a load balancers' group. */
    private static Diagram twoPublicInstances() {
        Component vpc = new Component("vpc", ComponentType.VPC, null, 20, 20, 380.0, 275.0, null,
                Properties.of(Map.of("internetGateway", new PropertyValue.Bool(true))));
        Component subnet = new Component("subnet", ComponentType.SUBNET, null, 30, 55, 360.0, 225.0, "vpc",
                Properties.of(Map.of("public", new PropertyValue.Bool(true))));
        Component web = new Component("web", ComponentType.EC2, null, 60, 90, null, null, "subnet",
                Properties.of(Map.of("publicIp", new PropertyValue.Bool(true))));
        Component web2 = web.withId("web2").withPosition(60, 190);
        return new Diagram(null, List.of(vpc, subnet, web, web2), List.of(),
                List.of(new SecurityGroup("lb-sg", "Load balancers", null, List.of())));
    }

    private void openMembership(String id) {
        clickOn(centreOf(id));
        PropertyGroups.open(this, "Network exposure");
        clickOn("#property-securityGroups");
    }

    private Optional<PropertyValue> groupsOf(String id) {
        return component(id).properties().get("securityGroups");
    }

    private boolean adminOpen(String id) {
        return model.analysis().findings().stream().anyMatch(f -> f.rule().equals(ADMIN_OPEN) && f.concerns(id));
    }

    private void typeInto(String query, String text) {
        clickOn(query);
        push(KeyCode.SHORTCUT, KeyCode.A);
        write(text);
    }

    @Test
    void aSharedOpenGroupExposesBothMembersUntilItsRuleNamesAnotherGroup() {
        show(twoPublicInstances());

        openMembership("web");
        clickOn("New group\u2026");
        typeInto("#group-name", "Web tier");
        clickOn("#group-name-ok");
        assertEquals(Optional.of(new PropertyValue.Groups(List.of("web-tier-sg"))), groupsOf("web"));
        assertEquals("Web tier", model.diagram().securityGroup("web-tier-sg").orElseThrow().name());

        openMembership("web2");
        clickOn("Web tier (web-tier-sg)");
        assertEquals(Optional.of(new PropertyValue.Groups(List.of("web-tier-sg"))), groupsOf("web2"));
        assertEquals("EC2 \u00b7 sg: web-tier-sg", fx(() -> ((Label) canvas.componentNode("web2")
                .lookup(".component-type")).getText()), "the card names its group");
        assertFalse(adminOpen("web") || adminOpen("web2"), "a new group lets nothing in");

        clickOn("#property-securityGroups");
        clickOn("Edit rules of web-tier-sg\u2026");
        clickOn("#rules-add");
        typeInto("#rule-1-port", "20-23");
        typeInto("#rule-1-source-text", "0.0.0.0/0");
        clickOn("#rules-ok");
        assertTrue(adminOpen("web") && adminOpen("web2"), "both members are open to the world");
        assertTrue(model.analysis().exposurePath("web").isPresent());

        clickOn("#property-securityGroups");
        clickOn("Edit rules of web-tier-sg\u2026");
        typeInto("#rule-1-source-text", "lb-sg");
        clickOn("#rules-ok");
        assertEquals(List.of(InboundRule.fromGroup(Protocol.TCP, 20, 23, "lb-sg")),
                model.diagram().securityGroup("web-tier-sg").orElseThrow().inbound());
        assertFalse(adminOpen("web") || adminOpen("web2"), "a group source admits only the group's members");
        assertFalse(model.analysis().exposurePath("web").isPresent());

        undo();
        assertTrue(adminOpen("web") && adminOpen("web2"), "undo brings the open rule back");
    }
}
