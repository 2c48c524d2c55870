package dev.demarc.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.demarc.catalog.Catalog;
import dev.demarc.model.SecurityGroup;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A file of format 2 or older is read once: its inline rules are checked where they are written (component,
 * {@code inboundRules}, rule number, line), and every other problem of the file keeps its line although the file
 * is bound from its upgraded tree.
 */
class InlineRuleCheckTest {

    private static final DiagramReader READER = new DiagramReader(Catalog.builtIn());
    private static final String WEB_ROLE_AND_RULE = "{\"id\": \"web\", \"type\": \"EC2\", \"x\": 0, \"y\": 0, "
            + "\"properties\": {\"iamRole\": true, \"inboundRules\": "
            + "[{\"protocol\": \"tcp\", \"port\": 443, \"source\": \"0.0.0.0/0\"}]}}";

    /** A format-2 file with one component per line from line 5. */
    private static String v2(String... components) {
        return HostileInputs.diagram(components).replace("\"formatVersion\": 1", "\"formatVersion\": 2");
    }

    private static List<Problem> problems(String file) {
        return assertThrows(DiagramLoadException.class,
                () -> READER.read(file.getBytes(StandardCharsets.UTF_8))).problems();
    }

    private static String described(List<Problem> problems) {
        return problems.stream().map(Problem::describe).collect(Collectors.joining("\n"));
    }

    @Test
    void aBadInlineRuleIsNamedWithItsComponentPropertyNumberAndLine() {
        List<Problem> problems = problems(v2("{\"id\": \"vpc\", \"type\": \"VPC\", \"x\": 0, \"y\": 0}",
                "{\"id\": \"web\", \"type\": \"EC2\", \"x\": 0, \"y\": 0, \"properties\": {\"inboundRules\": ["
                        + "{\"protocol\": \"tcp\", \"port\": 22, \"source\": \"10.0.0.0/8\"}, "
                        + "{\"protocol\": \"tcp\", \"port\": 80, \"source\": \"anywhere\"}]}}"));

        assertEquals(1, problems.size(), described(problems));
        assertEquals("Component 'web' property 'inboundRules' rule 2 has source \"anywhere\", which is not a CIDR "
                + "block such as \"203.0.113.0/24\" or \"::/0\": it has no prefix length after a slash, such as /24",
                problems.get(0).message());
        assertEquals(6, problems.get(0).line());
        assertEquals(5, problems.get(0).column());
    }

    @Test
    void inlineAndGroupRulesSayABadPortInTheSameWords() {
        String inline = problems(v2("{\"id\": \"web\", \"type\": \"EC2\", \"x\": 0, \"y\": 0, \"properties\": "
                + "{\"inboundRules\": [{\"protocol\": \"udp\", \"port\": 70000, \"source\": \"::/0\"}]}}"))
                .get(0).message();
        String group = problems("{\"format\": \"demarc-diagram\", \"formatVersion\": 3, \"securityGroups\": [{\"id\": "
                + "\"g\", \"name\": \"G\", \"inbound\": [{\"protocol\": \"udp\", \"fromPort\": 70000, "
                + "\"toPort\": 70000, \"source\": \"::/0\"}]}]}").get(0).message();

        assertEquals("Component 'web' property 'inboundRules' rule 1 has port 70000; a port is a whole number from "
                + "0 to 65535", inline);
        assertEquals("Security group 'g' rule 1 has port 70000; a port is a whole number from 0 to 65535", group);
    }

    @Test
    void everyProblemOfAnOldFileIsReportedAtOnceAndTheRefusedRuleOnlyOnce() {
        List<Problem> problems = problems(v2(
                "{\"id\": \"web\", \"type\": \"EC2\", \"x\": 0, \"y\": 0, \"properties\": {\"iamRole\": true, "
                        + "\"inboundRules\": [{\"protocol\": \"icmp\", \"port\": 0, \"source\": \"0.0.0.0/0\"}]}}",
                "{\"id\": \"fn\", \"type\": \"GLUE\", \"x\": 0, \"y\": 0}"));

        assertEquals(2, problems.size(), described(problems));
        assertTrue(problems.get(0).message().startsWith("Component 'web' property 'inboundRules' rule 1 has protocol "
                + "\"icmp\""), described(problems));
        assertEquals(5, problems.get(0).line());
        assertTrue(problems.get(1).message().startsWith("Component 'fn' has the unknown type \"GLUE\""),
                described(problems));
        assertEquals(6, problems.get(1).line(), "the upgraded file keeps the lines of the text");
    }

    @Test
    void aProblemInAnUpgradedFileKeepsItsLine() {
        List<Problem> problems = problems(HostileInputs.diagram(List.of(WEB_ROLE_AND_RULE,
                "{\"id\": \"db\", \"type\": \"RDS\", \"x\": 0, \"y\": 0, "
                        + "\"properties\": {\"backupRetentionDays\": 99}}"),
                List.of("{\"id\": \"c1\", \"from\": \"web\", \"to\": \"nowhere\"}")));

        assertEquals(List.of(6, 9), problems.stream().map(Problem::line).toList(), described(problems));
        assertTrue(problems.get(0).message().startsWith("Component 'db' property 'backupRetentionDays'"),
                described(problems));
        assertTrue(problems.get(1).message().startsWith("Connection 'c1' has \"to\": \"nowhere\""),
                described(problems));
    }

    @Test
    void aWarningInAnUpgradedFileKeepsItsLine() throws Exception {
        LoadedDiagram loaded = READER.read(v2(WEB_ROLE_AND_RULE,
                "{\"id\": \"db\", \"type\": \"RDS\", \"x\": 0, \"y\": 0, \"properties\": {\"myNote\": 1}}")
                .getBytes(StandardCharsets.UTF_8));

        assertEquals(1, loaded.warnings().size(), loaded.warnings().toString());
        assertTrue(loaded.warnings().get(0).message().startsWith("Component 'db' has the property 'myNote'"));
        assertEquals(6, loaded.warnings().get(0).line());
        assertEquals(List.of("web-sg"), loaded.diagram().securityGroups().stream().map(SecurityGroup::id).toList());
    }

    @Test
    void securityGroupsInAFormatTwoFileAreAnError() {
        List<Problem> problems = problems(v2("{\"id\": \"web\", \"type\": \"EC2\", \"x\": 0, \"y\": 0}")
                .replace("\"components\":", "\"securityGroups\": [],\n  \"components\":"));

        assertEquals(List.of(Problem.general("The field \"securityGroups\" is new in format 3, but this file says "
                + "\"formatVersion\": 2; write 3 there")), problems);
    }

    @Test
    void aComponentsGroupMembershipInAFormatTwoFileIsAnErrorAtItsLine() {
        List<Problem> problems = problems(v2("{\"id\": \"web\", \"type\": \"EC2\", \"x\": 0, \"y\": 0, "
                + "\"properties\": {\"securityGroups\": [\"nope\"], \"inboundRules\": [{\"protocol\": \"tcp\", "
                + "\"port\": 22, \"source\": \"10.0.0.0/8\"}]}}"));

        assertEquals(1, problems.size(), described(problems));
        assertTrue(problems.get(0).message().startsWith("Component 'web' has the property 'securityGroups', which is "
                + "new in format 3, but this file says \"formatVersion\": 2"), described(problems));
        assertTrue(problems.get(0).line() > 0, described(problems));
    }

    @Test
    void aComponentWithABadIdAndAnOldRoleFlagIsRefusedForItsIdAlone() {
        List<Problem> problems = problems(v2("{\"id\": \"web server!\", \"type\": \"EC2\", \"x\": 0, \"y\": 0, "
                + "\"properties\": {\"iamRole\": true}}"));

        assertEquals(1, problems.size(), described(problems));
        assertTrue(problems.get(0).message().startsWith("Component 'web server!' has the id \"web server!\""),
                described(problems));
    }

    @Test
    void aComponentWithABadIdIsRefusedForItsIdAlone() {
        List<Problem> problems = problems(v2("{\"id\": \"web server!\", \"type\": \"EC2\", \"x\": 0, \"y\": 0, "
                + "\"properties\": {\"inboundRules\": [{\"protocol\": \"tcp\", \"port\": 80, "
                + "\"source\": \"::/0\"}]}}"));

        assertEquals(1, problems.size(), described(problems));
        assertTrue(problems.get(0).message().startsWith("Component 'web server!' has the id \"web server!\""),
                described(problems));
    }

    @Test
    void aRefusedListIsTakenOutOfTheTreeAndAGoodOneStays() throws Exception {
        ObjectNode root = (ObjectNode) new ObjectMapper().readTree(v2(
                "{\"id\": \"a\", \"type\": \"RDS\", \"x\": 0, \"y\": 0, \"properties\": {\"inboundRules\": 5}}",
                "{\"id\": \"b\", \"type\": \"ECS\", \"x\": 0, \"y\": 0, \"properties\": {\"inboundRules\": []}}"));

        List<Problem> problems = InlineRuleCheck.check(root, i -> null);

        assertEquals(List.of(Problem.general("Component 'a' property 'inboundRules' must be a list of inbound rules "
                + "such as [{\"protocol\": \"tcp\", \"port\": 443, \"source\": \"0.0.0.0/0\"}] (found 5)")), problems);
        assertFalse(root.at("/components/0/properties").has("inboundRules"));
        assertTrue(root.at("/components/1/properties").has("inboundRules"));
    }

    @Test
    void theStepToGroupsKeepsGroupsTheFileHasFirst() throws Exception {
        ObjectNode root = (ObjectNode) new ObjectMapper().readTree("{\"components\": [{\"id\": \"web\", \"type\": "
                + "\"EC2\", \"properties\": {\"inboundRules\": [{\"protocol\": \"all\", \"source\": \"::/0\"}]}}], "
                + "\"securityGroups\": [{\"id\": \"old\"}]}");

        SecurityGroupMigration.apply(root);

        assertEquals(List.of("old", "web-sg"), root.get("securityGroups").findValuesAsText("id"));
    }
}
