package dev.demarc.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Rules with port ranges and one source, groups held by the diagram, and what the diagram refuses. */
class SecurityGroupModelTest {

    @Test
    void aRangeCoversItsEndsAndWhatLiesBetweenOnly() {
        InboundRule r = InboundRule.fromCidr(Protocol.TCP, 20, 25, "0.0.0.0/0");

        assertTrue(r.covers(20) && r.covers(22) && r.covers(25));
        assertFalse(r.covers(19) || r.covers(26));
        assertEquals("tcp/20-25 from 0.0.0.0/0", r.toString());
    }

    @Test
    void allProtocolsCoverEveryPortWhateverRangeWasAsked() {
        InboundRule r = InboundRule.fromCidr(Protocol.ALL, 5, 6, "10.0.0.0/8");

        assertEquals(0, r.fromPort());
        assertEquals(InboundRule.MAX_PORT, r.toPort());
        assertEquals(new InboundRule(Protocol.ALL, 0, "10.0.0.0/8"), r);
    }

    @Test
    void aGroupNeedsANameAsItsFileDoes() {
        assertThrows(IllegalArgumentException.class, () -> new SecurityGroup("sg", " \t", null, List.of()));
        assertEquals("Web", new SecurityGroup("sg", "Web", null, List.of()).name());
    }

    @Test
    void aRuleHasExactlyOneSourceAndAnOrderedRange() {
        assertThrows(IllegalArgumentException.class, () -> new InboundRule(Protocol.TCP, 1, 1, "::/0", "sg"));
        assertThrows(IllegalArgumentException.class, () -> new InboundRule(Protocol.TCP, 1, 1, null, null));
        assertThrows(IllegalArgumentException.class, () -> InboundRule.fromCidr(Protocol.TCP, 9, 8, "::/0"));
        assertThrows(IllegalArgumentException.class, () -> InboundRule.fromCidr(Protocol.UDP, 0, 65536, "::/0"));
    }

    @Test
    void aGroupSourceIsNeverTheInternet() {
        InboundRule r = InboundRule.fromGroup(Protocol.ALL, 0, 0, "open-sg");

        assertFalse(r.fromAnywhere());
        assertEquals("all traffic from group 'open-sg'", r.toString());
    }

    private static Component member(String id, String... groups) {
        return Component.of(id, ComponentType.EC2, 0, 0).withProperties(Properties.of(
                Map.of("securityGroups", new PropertyValue.Groups(List.of(groups)))));
    }

    @Test
    void theDiagramRefusesUnknownAndDuplicateGroups() {
        SecurityGroup web = new SecurityGroup("web-sg", "Web", null, List.of());
        SecurityGroup fromMissing = new SecurityGroup("db-sg", "DB", null,
                List.of(InboundRule.fromGroup(Protocol.TCP, 5432, 5432, "app-sg")));

        assertThrows(IllegalArgumentException.class, () -> new Diagram(null, List.of(member("a", "nope")), List.of(),
                List.of(web)));
        assertThrows(IllegalArgumentException.class, () -> new Diagram(null, List.of(), List.of(),
                List.of(web, web)));
        assertThrows(IllegalArgumentException.class, () -> new Diagram(null, List.of(), List.of(),
                List.of(fromMissing)));
        Diagram d = new Diagram(null, List.of(member("a", "web-sg")), List.of(), List.of(web));
        assertEquals(List.of("web-sg"), Diagram.memberships(d.component("a").orElseThrow()));
        assertEquals(d, d.withTitle(null), "groups survive the other with- methods");
    }
}
