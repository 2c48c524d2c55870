package dev.demarc.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.demarc.catalog.Catalog;
import dev.demarc.model.Component;
import dev.demarc.model.ComponentType;
import dev.demarc.model.Diagram;
import dev.demarc.model.InboundRule;
import dev.demarc.model.Properties;
import dev.demarc.model.PropertyValue;
import dev.demarc.model.Protocol;
import dev.demarc.model.SecurityGroup;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Editing groups, and the component edits that must carry them along: delete, rename, copy and paste. */
class GroupEditsTest {

    private final DiagramEdits edits = new DiagramEdits(Catalog.builtIn());

    /** "web" in "web-sg", whose rule admits the members of "lb-sg"; "other" in no group. */
    private static Diagram grouped() {
        Component web = Component.of("web", ComponentType.EC2, 0, 0).withProperties(Properties.of(
                Map.of("securityGroups", new PropertyValue.Groups(List.of("web-sg")))));
        Component other = Component.of("other", ComponentType.EC2, 300, 0);
        return new Diagram("t", List.of(web, other), List.of(), List.of(
                new SecurityGroup("lb-sg", "LB", null, List.of()),
                new SecurityGroup("web-sg", "Web", null, List.of(InboundRule.fromGroup(Protocol.TCP, 80, 80, "lb-sg"))),
                new SecurityGroup("spare", "Spare", null, List.of())));
    }

    @Test
    void aFreshIdIsMadeFromTheNameAndNumberedWhenTaken() {
        Diagram d = grouped();
        assertEquals("web-servers-sg", GroupEdits.freshId(d, "Web servers"));
        assertEquals("web-sg-2", GroupEdits.freshId(d, "web"));
        assertEquals("group", GroupEdits.freshId(d, "!!!"));
    }

    @Test
    void addingAnExistingIdOrARuleFromAMissingGroupIsRefused() {
        assertThrows(EditException.class, () -> GroupEdits.add(grouped(), "web-sg", "Again"));
        assertThrows(EditException.class, () -> GroupEdits.setRules(grouped(), "web-sg",
                List.of(InboundRule.fromGroup(Protocol.TCP, 1, 1, "missing"))));
    }

    @Test
    void setRulesReplacesOnlyThatGroupsRules() {
        List<InboundRule> open = List.of(InboundRule.fromCidr(Protocol.TCP, 20, 23, "::/0"));
        Diagram d = GroupEdits.setRules(grouped(), "spare", open);
        assertEquals(open, d.securityGroup("spare").orElseThrow().inbound());
        assertEquals(grouped().securityGroup("web-sg"), d.securityGroup("web-sg"));
    }

    @Test
    void deleteAndRenameKeepTheGroups() {
        assertEquals(grouped().securityGroups(), edits.delete(grouped(), List.of("web"), List.of()).securityGroups());
        assertEquals(grouped().securityGroups(), edits.changeId(grouped(), "web", "www").securityGroups());
    }

    @Test
    void aCopyTakesItsGroupsAndTheGroupsTheirRulesNameButNoOthers() {
        Diagram fragment = edits.fragment(grouped(), List.of("web"));
        assertEquals(List.of("lb-sg", "web-sg"), fragment.securityGroups().stream().map(SecurityGroup::id).toList());

        Diagram intoEmpty = edits.paste(Diagram.empty(), fragment, 0, 0).diagram();
        assertEquals(fragment.securityGroups(), intoEmpty.securityGroups());
        Diagram intoSame = edits.paste(grouped(), fragment, 0, 0).diagram();
        assertEquals(grouped().securityGroups(), intoSame.securityGroups(), "the copy joins the groups already there");
        assertEquals(List.of("web-sg"), Diagram.memberships(intoSame.component("web-copy").orElseThrow()));
    }
}
