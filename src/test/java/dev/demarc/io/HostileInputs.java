package dev.demarc.io;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/**
 * Malformed and hostile diagram files, each with the words its error message must contain and, where the
 * problem has a place, the line (and column) it must name. Shared by the reader test and the CLI test, so
 * that every case is checked both ways.
 *
 * <p>Expectations are written by hand from the file-format contract (issue 2, section 2, and
 * docs/file-format.md). Components in {@link #diagram} start on line 5, column 5, one per line.
 */
public final class HostileInputs {

    /** One hostile file. {@code line} 0: no place expected; {@code column} 0: only the line is checked. */
    public record Case(String name, Supplier<byte[]> content, List<String> words, int line, int column) {

        public byte[] bytes() {
            return content.get();
        }

        Case at(int expectedLine, int expectedColumn) {
            return new Case(name, content, words, expectedLine, expectedColumn);
        }

        Case onLine(int expectedLine) {
            return new Case(name, content, words, expectedLine, 0);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private HostileInputs() {
    }

    /** A version-1 file with one component per line, starting on line 5, and connections after them. */
    static String diagram(List<String> components, List<String> connections) {
        StringBuilder sb = new StringBuilder();
        sb.append("{\n");
        sb.append("  \"format\": \"demarc-diagram\",\n");
        sb.append("  \"formatVersion\": 1,\n");
        sb.append("  \"components\": [\n");
        for (int i = 0; i < components.size(); i++) {
            sb.append("    ").append(components.get(i)).append(i < components.size() - 1 ? ",\n" : "\n");
        }
        sb.append("  ],\n");
        sb.append("  \"connections\": [\n");
        for (int i = 0; i < connections.size(); i++) {
            sb.append("    ").append(connections.get(i)).append(i < connections.size() - 1 ? ",\n" : "\n");
        }
        sb.append("  ]\n");
        sb.append("}\n");
        return sb.toString();
    }

    static String diagram(String... components) {
        return diagram(Arrays.asList(components), List.of());
    }

    private static final String VPC = "{\"id\": \"vpc\", \"type\": \"VPC\", \"x\": 0, \"y\": 0}";
    private static final String WEB = "{\"id\": \"web\", \"type\": \"EC2\", \"x\": 10, \"y\": 10}";
    private static final String DB = "{\"id\": \"db\", \"type\": \"RDS\", \"x\": 20, \"y\": 20}";

    private static String ec2(String properties) {
        return "{\"id\": \"web\", \"type\": \"EC2\", \"x\": 10, \"y\": 10, \"properties\": " + properties + "}";
    }

    private static String rds(String properties) {
        return "{\"id\": \"db\", \"type\": \"RDS\", \"x\": 10, \"y\": 10, \"properties\": " + properties + "}";
    }

    private static String rule(String rule) {
        return ec2("{\"inboundRules\": [" + rule + "]}");
    }

    /** A format-3 file with the components list and the groups written as given, the groups from line 5. */
    private static String v3(String components, String groups) {
        return "{\"format\": \"demarc-diagram\", \"formatVersion\": 3,\n\"title\": \"t\",\n"
                + "\"components\": " + components + ",\n\"securityGroups\": [" + groups + "]}\n";
    }

    private static Case text(String name, String content, String... words) {
        return new Case(name, () -> content.getBytes(StandardCharsets.UTF_8), List.of(words), 0, 0);
    }

    private static Case bytes(String name, Supplier<byte[]> content, String... words) {
        return new Case(name, content, List.of(words), 0, 0);
    }

    private static byte[] concat(String before, byte[] middle, String after) {
        byte[] a = before.getBytes(StandardCharsets.UTF_8);
        byte[] c = after.getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[a.length + middle.length + c.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(middle, 0, out, a.length, middle.length);
        System.arraycopy(c, 0, out, a.length + middle.length, c.length);
        return out;
    }

    /** Every hostile case. */
    public static List<Case> all() {
        List<Case> cases = new ArrayList<>();
        // --- not a JSON object at all
        cases.add(text("empty file", "", "empty"));
        cases.add(text("whitespace only", "  \n\t  \r\n  ", "empty"));
        cases.add(text("not JSON", "this is not a diagram\n", "Not valid JSON", "'this'").onLine(1));
        cases.add(text("truncated JSON", "{\n  \"format\": \"demarc-diagram\",\n  \"components\": [",
                "ends too early", "] to close the list", "line 3, column 17").at(3, 17));
        cases.add(text("truncated inside an object", "{\n  \"format\": \"demarc-diagram\",\n",
                "ends too early", "} to close the object").onLine(3));
        cases.add(text("trailing garbage after the object",
                "{\"format\": \"demarc-diagram\", \"formatVersion\": 1}\nxyz\n",
                "more text after the closing }", "exactly one JSON object").onLine(2));
        cases.add(text("a brace closing a list", "{\"format\": \"demarc-diagram\", \"components\": [\n}",
                "Not valid JSON", "closing the list opened at line 1").onLine(2));
        cases.add(text("an extra closing brace", "{\"format\": \"demarc-diagram\", \"formatVersion\": 1}}",
                "more text after the closing }").onLine(1));
        cases.add(text("a second object after the first",
                "{\"format\": \"demarc-diagram\", \"formatVersion\": 1}\n\n{}\n",
                "more text after the closing }").at(3, 1));
        cases.add(text("top-level array", "[{\"format\": \"demarc-diagram\", \"formatVersion\": 1}]",
                "one JSON object", "not a list"));
        cases.add(text("top-level string", "\"demarc-diagram\"", "one JSON object", "not a single value"));
        cases.add(text("top-level number", "1", "one JSON object", "not a single value"));
        cases.add(text("top-level null", "null", "one JSON object"));
        // --- header
        cases.add(text("missing format", "{\"formatVersion\": 1, \"components\": []}",
                "not a Demarc diagram", "\"format\"", "\"demarc-diagram\"", "missing"));
        cases.add(text("wrong format value", "{\"format\": \"drawio\", \"formatVersion\": 1}",
                "not a Demarc diagram", "\"format\"", "\"drawio\""));
        cases.add(text("missing formatVersion", "{\"format\": \"demarc-diagram\", \"components\": []}",
                "\"formatVersion\"", "missing"));
        cases.add(text("formatVersion as string", "{\"format\": \"demarc-diagram\", \"formatVersion\": \"1\"}",
                "\"formatVersion\"", "whole number", "not \"1\""));
        cases.add(text("formatVersion 1.5", "{\"format\": \"demarc-diagram\", \"formatVersion\": 1.5}",
                "\"formatVersion\"", "whole number", "not 1.5"));
        cases.add(text("formatVersion 0", "{\"format\": \"demarc-diagram\", \"formatVersion\": 0}",
                "\"formatVersion\"", "whole number from 1", "not 0"));
        int next = DiagramReader.FORMAT_VERSION + 1;
        cases.add(text("formatVersion " + next + " (newer)",
                "{\"format\": \"demarc-diagram\", \"formatVersion\": " + next + "}",
                "newer version of Demarc", "format version " + next));
        cases.add(text("formatVersion far in the future", "{\"format\": \"demarc-diagram\", \"formatVersion\": 12345678901234}",
                "newer version of Demarc", "format version 12345678901234"));
        cases.add(text("formatVersion negative", "{\"format\": \"demarc-diagram\", \"formatVersion\": -1}",
                "\"formatVersion\"", "whole number from 1", "not -1"));
        cases.add(text("duplicate JSON key",
                "{\n  \"format\": \"demarc-diagram\",\n  \"formatVersion\": 1,\n  \"title\": \"A\",\n  \"title\": \"B\"\n}",
                "Duplicate field \"title\"", "only once").onLine(5));
        cases.add(text("unknown top-level field", "{\"format\": \"demarc-diagram\", \"formatVersion\": 1, \"titel\": \"x\"}",
                "unknown field \"titel\"", "did you mean \"title\"").at(1, 50));
        cases.add(text("title not a string", "{\"format\": \"demarc-diagram\", \"formatVersion\": 1, \"title\": 42}",
                "\"title\"", "must be a string", "not 42").onLine(1));
        cases.add(text("components not a list", "{\"format\": \"demarc-diagram\", \"formatVersion\": 1, \"components\": {}}",
                "\"components\"", "must be a list").onLine(1));
        // --- component fields
        cases.add(text("component is null", diagram("null"), "components[0]", "null"));
        cases.add(text("duplicate component id", diagram(WEB, "{\"id\": \"web\", \"type\": \"S3\", \"x\": 0, \"y\": 0}"),
                "Component 'web'", "reuses the id 'web'", "(line 5)", "unique").at(6, 5));
        cases.add(text("missing id", diagram(WEB, "{\"type\": \"S3\", \"x\": 0, \"y\": 0}"),
                "components[1]", "no \"id\"").at(6, 5));
        cases.add(text("id with bad characters", diagram("{\"id\": \"web server!\", \"type\": \"EC2\", \"x\": 0, \"y\": 0}"),
                "\"web server!\"", "1 to 64 letters, digits").at(5, 5));
        cases.add(text("id of 65 characters", diagram("{\"id\": \"" + "a".repeat(65) + "\", \"type\": \"EC2\", \"x\": 0, \"y\": 0}"),
                "a".repeat(65), "1 to 64").at(5, 5));
        cases.add(text("id is a number", diagram("{\"id\": 7, \"type\": \"EC2\", \"x\": 0, \"y\": 0}"),
                "components[0]", "\"id\"", "must be a string", "not 7").onLine(5));
        cases.add(text("missing type", diagram("{\"id\": \"web\", \"x\": 0, \"y\": 0}"),
                "Component 'web'", "no \"type\"", "EC2").at(5, 5));
        cases.add(text("unknown type", diagram("{\"id\": \"fn\", \"type\": \"GLUE\", \"x\": 0, \"y\": 0}"),
                "Component 'fn'", "unknown type \"GLUE\"", "CLOUDFRONT").at(5, 5));
        cases.add(text("lower-case type", diagram("{\"id\": \"web\", \"type\": \"ec2\", \"x\": 0, \"y\": 0}"),
                "Component 'web'", "unknown type \"ec2\"", "\"EC2\"").at(5, 5));
        cases.add(text("x missing", diagram("{\"id\": \"web\", \"type\": \"EC2\", \"y\": 0}"),
                "Component 'web'", "\"x\"", "required").at(5, 5));
        cases.add(text("x as string", diagram("{\"id\": \"web\", \"type\": \"EC2\", \"x\": \"40\", \"y\": 0}"),
                "Component 'web'", "\"x\"", "must be a number", "not \"40\"").at(5, 39));
        cases.add(text("x as boolean", diagram("{\"id\": \"web\", \"type\": \"EC2\", \"x\": true, \"y\": 0}"),
                "Component 'web'", "\"x\"", "must be a number", "not true").at(5, 39));
        cases.add(text("x too large to be finite", diagram("{\"id\": \"web\", \"type\": \"EC2\", \"x\": 1e400, \"y\": 0}"),
                "Component 'web'", "finite").at(5, 5));
        cases.add(text("width 0", diagram("{\"id\": \"vpc\", \"type\": \"VPC\", \"x\": 0, \"y\": 0, \"width\": 0}"),
                "Component 'vpc'", "\"width\": 0;", "positive").at(5, 5));
        cases.add(text("width negative", diagram("{\"id\": \"vpc\", \"type\": \"VPC\", \"x\": 0, \"y\": 0, \"width\": -10}"),
                "Component 'vpc'", "\"width\": -10;", "positive").at(5, 5));
        cases.add(text("label longer than 200", diagram("{\"id\": \"web\", \"type\": \"EC2\", \"label\": \"" + "L".repeat(201)
                + "\", \"x\": 0, \"y\": 0}"), "Component 'web'", "label longer than 200").at(5, 5));
        cases.add(text("unknown component field", diagram("{\"id\": \"web\", \"type\": \"EC2\", \"parnet\": \"vpc\", \"x\": 0, \"y\": 0}"),
                "Component 'web'", "unknown field \"parnet\"", "did you mean \"parent\"").at(5, 34));
        cases.add(text("properties not an object", diagram("{\"id\": \"web\", \"type\": \"EC2\", \"x\": 0, \"y\": 0, \"properties\": []}"),
                "Component 'web'", "\"properties\"", "must be an object").onLine(5));
        // --- containment
        cases.add(text("parent missing", diagram("{\"id\": \"web\", \"type\": \"EC2\", \"parent\": \"nowhere\", \"x\": 0, \"y\": 0}"),
                "Component 'web'", "parent 'nowhere'", "no component with that id").at(5, 5));
        cases.add(text("parent is an EC2", diagram(WEB, "{\"id\": \"db\", \"type\": \"RDS\", \"parent\": \"web\", \"x\": 0, \"y\": 0}"),
                "Component 'db'", "parent 'web'", "an EC2", "cannot contain").at(6, 5));
        cases.add(text("parent loop", diagram(
                "{\"id\": \"a\", \"type\": \"SUBNET\", \"parent\": \"b\", \"x\": 0, \"y\": 0}",
                "{\"id\": \"b\", \"type\": \"VPC\", \"parent\": \"a\", \"x\": 0, \"y\": 0}"),
                "Component 'a'", "(a -> b -> a)", "must not loop").at(5, 5));
        cases.add(text("self parent", diagram("{\"id\": \"vpc\", \"type\": \"VPC\", \"parent\": \"vpc\", \"x\": 0, \"y\": 0}"),
                "Component 'vpc'", "itself as its parent").at(5, 5));
        // --- connections (components on lines 5-6, connections from line 9)
        cases.add(text("connection from unknown", diagram(List.of(WEB, DB),
                List.of("{\"id\": \"c1\", \"from\": \"ghost\", \"to\": \"db\"}")),
                "Connection 'c1'", "\"from\": \"ghost\"", "no component with that id").at(9, 5));
        cases.add(text("connection to unknown", diagram(List.of(WEB, DB),
                List.of("{\"id\": \"c1\", \"from\": \"web\", \"to\": \"dbb\"}")),
                "Connection 'c1'", "\"to\": \"dbb\"", "no component with that id").at(9, 5));
        cases.add(text("connection to itself", diagram(List.of(WEB, DB),
                List.of("{\"id\": \"c1\", \"from\": \"web\", \"to\": \"web\"}")),
                "Connection 'c1'", "from 'web' to itself").at(9, 5));
        cases.add(text("duplicate connection id", diagram(List.of(WEB, DB), List.of(
                "{\"id\": \"c1\", \"from\": \"web\", \"to\": \"db\"}",
                "{\"id\": \"c1\", \"from\": \"db\", \"to\": \"web\"}")),
                "Connection 'c1'", "already used by another connection").at(10, 5));
        cases.add(text("connection missing id", diagram(List.of(WEB, DB),
                List.of("{\"from\": \"web\", \"to\": \"db\"}")),
                "connections[0]", "no \"id\"").at(9, 5));
        cases.add(text("unknown connection field", diagram(List.of(WEB, DB),
                List.of("{\"id\": \"c1\", \"form\": \"web\", \"to\": \"db\"}")),
                "Connection 'c1'", "unknown field \"form\"", "did you mean \"from\"", "fields of a connection").at(9, 18));
        cases.add(text("connection label longer than 200", diagram(List.of(WEB, DB),
                List.of("{\"id\": \"c1\", \"from\": \"web\", \"to\": \"db\", \"label\": \"" + "L".repeat(201) + "\"}")),
                "Connection 'c1'", "label longer than 200").at(9, 5));
        // --- properties
        cases.add(text("publicIp as string", diagram(ec2("{\"publicIp\": \"yes\"}")),
                "Component 'web'", "property 'publicIp'", "true or false", "\"yes\"").at(5, 5));
        cases.add(text("backupRetentionDays 36", diagram(rds("{\"backupRetentionDays\": 36}")),
                "Component 'db'", "property 'backupRetentionDays'", "between 0 and 35", "36").at(5, 5));
        cases.add(text("backupRetentionDays -1", diagram(rds("{\"backupRetentionDays\": -1}")),
                "Component 'db'", "property 'backupRetentionDays'", "between 0 and 35", "-1").at(5, 5));
        cases.add(text("backupRetentionDays 7.5", diagram(rds("{\"backupRetentionDays\": 7.5}")),
                "Component 'db'", "property 'backupRetentionDays'", "whole number", "7.5").at(5, 5));
        cases.add(text("encryption not a choice", diagram(
                "{\"id\": \"bucket\", \"type\": \"S3\", \"x\": 0, \"y\": 0, \"properties\": {\"encryption\": \"AES\"}}"),
                "Component 'bucket'", "property 'encryption'", "\"SSE-S3\"", "\"AES\"").at(5, 5));
        cases.add(text("VPC cidr invalid", diagram(
                "{\"id\": \"vpc\", \"type\": \"VPC\", \"x\": 0, \"y\": 0, \"properties\": {\"cidr\": \"10.0.0.0/33\"}}"),
                "Component 'vpc'", "property 'cidr'", "CIDR", "10.0.0.0/33").at(5, 5));
        cases.add(text("inbound rule port 70000", diagram(rule("{\"protocol\": \"tcp\", \"port\": 70000, \"source\": \"0.0.0.0/0\"}")),
                "Component 'web'", "property 'inboundRules'", "rule 1", "70000", "0 to 65535").at(5, 5));
        cases.add(text("inbound rule port as string", diagram(rule("{\"protocol\": \"tcp\", \"port\": \"443\", \"source\": \"0.0.0.0/0\"}")),
                "Component 'web'", "property 'inboundRules'", "rule 1", "\"443\"").at(5, 5));
        cases.add(text("inbound rule protocol icmp", diagram(rule(
                "{\"protocol\": \"tcp\", \"port\": 22, \"source\": \"10.0.0.0/8\"}, {\"protocol\": \"icmp\", \"port\": 0, \"source\": \"0.0.0.0/0\"}")),
                "Component 'web'", "property 'inboundRules'", "rule 2", "\"icmp\"", "\"tcp\"").at(5, 5));
        cases.add(text("inbound rule tcp without port", diagram(rule("{\"protocol\": \"tcp\", \"source\": \"0.0.0.0/0\"}")),
                "Component 'web'", "property 'inboundRules'", "rule 1", "\"port\"").at(5, 5));
        cases.add(text("inbound rule source anywhere", diagram(rule("{\"protocol\": \"tcp\", \"port\": 80, \"source\": \"anywhere\"}")),
                "Component 'web'", "property 'inboundRules'", "rule 1", "\"anywhere\"", "CIDR").at(5, 5));
        cases.add(text("inbound rule source with two '::'",
                diagram(rule("{\"protocol\": \"tcp\", \"port\": 80, \"source\": \"1::2::3/64\"}")),
                "Component 'web'", "property 'inboundRules'", "rule 1", "\"1::2::3/64\"", "CIDR", "more than once")
                .at(5, 5));
        cases.add(text("VPC cidr with a five-digit IPv6 group", diagram(
                "{\"id\": \"vpc\", \"type\": \"VPC\", \"x\": 0, \"y\": 0, \"properties\": {\"cidr\": \"12345::/64\"}}"),
                "Component 'vpc'", "property 'cidr'", "CIDR", "\"12345\"", "hexadecimal").at(5, 5));
        cases.add(text("inbound rule unknown field", diagram(rule("{\"protocol\": \"tcp\", \"port\": 80, \"cidr\": \"0.0.0.0/0\"}")),
                "Component 'web'", "property 'inboundRules'", "rule 1", "unknown field \"cidr\"").at(5, 5));
        cases.add(text("inboundRules not an array", diagram(ec2(
                "{\"inboundRules\": {\"protocol\": \"tcp\", \"port\": 80, \"source\": \"0.0.0.0/0\"}}")),
                "Component 'web'", "property 'inboundRules'", "list of inbound rules").at(5, 5));
        // --- format 3: security groups
        cases.add(text("group rule with an unknown field", v3("[]", "{\"id\": \"web-sg\", \"name\": \"Web\", "
                + "\"inbound\": [\n{\"protocol\": \"tcp\", \"port\": 80, \"source\": \"0.0.0.0/0\"}]}"),
                "Security group 'web-sg' rule 1", "unknown field \"port\"").at(5, 21));
        cases.add(text("group rule range upside down", v3("[]", "{\"id\": \"web-sg\", \"name\": \"Web\", "
                + "\"inbound\": [\n{\"protocol\": \"udp\", \"fromPort\": 9, \"toPort\": 8, \"source\": \"::/0\"}]}"),
                "Security group 'web-sg' rule 1", "fromPort 9 above toPort 8").at(5, 1));
        cases.add(text("membership in a missing group", v3("[\n{\"id\": \"web\", \"type\": \"EC2\", \"x\": 0, "
                + "\"y\": 0, \"properties\": {\"securityGroups\": [\"ghost\"]}}]", ""),
                "Component 'web'", "property 'securityGroups'", "'ghost'").at(4, 1));
        cases.add(text("group without a name", v3("[]", "{\"id\": \"web-sg\"}"),
                "Security group 'web-sg'", "no \"name\"").at(4, 20));
        // --- limits and encoding
        cases.add(text("nesting 1000 deep", "{\"format\": \"demarc-diagram\", \"formatVersion\": 1, \"title\": "
                + "[".repeat(1000) + "]".repeat(1000) + "}", "nested too deeply", "32").onLine(1));
        cases.add(text("200-digit number", diagram("{\"id\": \"web\", \"type\": \"EC2\", \"x\": " + "9".repeat(200) + ", \"y\": 0}"),
                "number", "too long", "64").onLine(5));
        cases.add(text("string longer than the limit", diagram("{\"id\": \"web\", \"type\": \"EC2\", \"label\": \""
                + "x".repeat(DiagramReader.MAX_STRING + 1) + "\", \"x\": 0, \"y\": 0}"), "text value", "too long"));
        cases.add(bytes("file larger than MAX_BYTES", () -> {
            byte[] big = new byte[(int) DiagramReader.MAX_BYTES + 1];
            Arrays.fill(big, (byte) ' ');
            big[0] = '{';
            return big;
        }, "too large", "16 MB"));
        cases.add(bytes("invalid UTF-8", () -> concat("{\"format\": \"demarc-diagram\", \"formatVersion\": 1, \"title\": \"",
                new byte[] {(byte) 0xC3, (byte) 0x28}, "\"}"), "Not valid JSON", "UTF-8").onLine(1));
        cases.add(bytes("invalid UTF-8 start byte", () -> concat("{\n", new byte[] {(byte) 0xFF}, "}"),
                "Not valid JSON", "UTF-8", "0xff").at(2, 1));
        cases.add(bytes("NUL byte between tokens", () -> concat("{\"format\": \"demarc-diagram\",", new byte[] {0},
                "\"formatVersion\": 1}"), "Not valid JSON", "code 0").at(1, 29));
        cases.add(bytes("NUL byte inside a string", () -> concat("{\"format\": \"demarc-diagram\", \"formatVersion\": 1, \"title\": \"a",
                new byte[] {0}, "b\"}"), "Not valid JSON", "code 0").onLine(1));
        return cases;
    }
}
