package dev.demarc.analysis;

import dev.demarc.model.Component;
import dev.demarc.model.ComponentType;
import dev.demarc.model.Connection;
import dev.demarc.model.Diagram;
import dev.demarc.model.InboundRule;
import dev.demarc.model.Properties;
import dev.demarc.model.PropertyValue;
import dev.demarc.model.Protocol;
import dev.demarc.model.SecurityGroup;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds diagrams tersely in tests. Components are added in drawing order and stay editable until
 * {@link #build()}, so a test can take a fixture and flip the one setting that matters:
 *
 * <pre>
 * DiagramBuilder d = new DiagramBuilder();
 * d.vpc("vpc").set("internetGateway", true);
 * d.subnet("pub").in("vpc").set("public", true);
 * d.ec2("web").in("pub").label("Web server").set("publicIp", true).rules(tcp(22, WORLD));
 * d.get("web").set("publicIp", false);
 * Diagram diagram = d.build();
 * </pre>
 */
final class DiagramBuilder {

    static final String WORLD = "0.0.0.0/0";
    static final String WORLD_V6 = "::/0";

    private final Map<String, Part> parts = new LinkedHashMap<>();
    private final List<String[]> connections = new ArrayList<>();
    private final Map<String, List<InboundRule>> groups = new LinkedHashMap<>();

    Part vpc(String id) {
        return add(ComponentType.VPC, id);
    }

    Part subnet(String id) {
        return add(ComponentType.SUBNET, id);
    }

    Part ec2(String id) {
        return add(ComponentType.EC2, id);
    }

    Part rds(String id) {
        return add(ComponentType.RDS, id);
    }

    Part s3(String id) {
        return add(ComponentType.S3, id);
    }

    Part cloudFront(String id) {
        return add(ComponentType.CLOUDFRONT, id);
    }

    Part lambda(String id) {
        return add(ComponentType.LAMBDA, id);
    }

    Part ecs(String id) {
        return add(ComponentType.ECS, id);
    }

    Part eks(String id) {
        return add(ComponentType.EKS, id);
    }

    Part api(String id) {
        return add(ComponentType.API_GATEWAY, id);
    }

    Part dynamoDb(String id) {
        return add(ComponentType.DYNAMODB, id);
    }

    Part sqs(String id) {
        return add(ComponentType.SQS, id);
    }

    Part sns(String id) {
        return add(ComponentType.SNS, id);
    }

    Part alb(String id) {
        return add(ComponentType.APPLICATION_LOAD_BALANCER, id);
    }

    Part nat(String id) {
        return add(ComponentType.NAT_GATEWAY, id);
    }

    Part add(ComponentType type, String id) {
        if (parts.containsKey(id)) {
            throw new IllegalArgumentException("duplicate test component " + id);
        }
        Part p = new Part(type, id);
        parts.put(id, p);
        return p;
    }

    /** The component added as {@code id}, to change it. */
    Part get(String id) {
        Part p = parts.get(id);
        if (p == null) {
            throw new IllegalArgumentException("no test component " + id);
        }
        return p;
    }

    /** A connection in the direction requests travel. */
    DiagramBuilder connect(String from, String to) {
        connections.add(new String[] {from, to});
        return this;
    }

    /** Removes the connection from {@code from} to {@code to}. */
    DiagramBuilder disconnect(String from, String to) {
        connections.removeIf(k -> k[0].equals(from) && k[1].equals(to));
        return this;
    }

    DiagramBuilder disconnectAll() {
        connections.clear();
        return this;
    }

    Diagram build() {
        List<Component> components = new ArrayList<>();
        int i = 0;
        for (Part p : parts.values()) {
            components.add(new Component(p.id, p.type, p.label, 40.0 * i, 30.0 * i, null, null, p.parent,
                    Properties.of(p.properties)));
            i++;
        }
        List<Connection> links = new ArrayList<>();
        for (int k = 0; k < connections.size(); k++) {
            links.add(Connection.of("k" + (k + 1), connections.get(k)[0], connections.get(k)[1]));
        }
        List<SecurityGroup> groups = new ArrayList<>();
        this.groups.forEach((id, rules) -> groups.add(new SecurityGroup(id, id, null, rules)));
        for (Part p : parts.values()) {
            if (p.rules != null) {
                groups.add(new SecurityGroup(p.id + "-sg", p.id + " group", null, p.rules));
            }
        }
        return new Diagram("test", components, links, groups);
    }

    /** A security group of its own, shared by the parts that name it with {@link Part#groups}. */
    DiagramBuilder group(String id, InboundRule... rules) {
        groups.put(id, Arrays.asList(rules));
        return this;
    }

    /** A rule for TCP ports {@code from} to {@code to} from the CIDR block {@code source}. */
    static InboundRule tcpRange(int from, int to, String source) {
        return InboundRule.fromCidr(Protocol.TCP, from, to, source);
    }

    /** A rule for TCP ports {@code from} to {@code to} from the members of the group {@code group}. */
    static InboundRule tcpFromGroup(int from, int to, String group) {
        return InboundRule.fromGroup(Protocol.TCP, from, to, group);
    }

    static InboundRule tcp(int port, String source) {
        return new InboundRule(Protocol.TCP, port, source);
    }

    static InboundRule udp(int port, String source) {
        return new InboundRule(Protocol.UDP, port, source);
    }

    static InboundRule allTraffic(String source) {
        return new InboundRule(Protocol.ALL, 0, source);
    }

    /** One component being built. Setters return the part, so settings chain. */
    static final class Part {

        private final ComponentType type;
        private final String id;
        private String label;
        private String parent;
        private final Map<String, PropertyValue> properties = new LinkedHashMap<>();
        private final List<String> shared = new ArrayList<>();
        private List<InboundRule> rules;

        private Part(ComponentType type, String id) {
            this.type = type;
            this.id = id;
        }

        Part label(String text) {
            label = text;
            return this;
        }

        Part in(String parentId) {
            parent = parentId;
            return this;
        }

        Part topLevel() {
            parent = null;
            return this;
        }

        Part set(String name, boolean value) {
            properties.put(name, new PropertyValue.Bool(value));
            return this;
        }

        Part set(String name, long value) {
            properties.put(name, new PropertyValue.Int(value));
            return this;
        }

        Part set(String name, String value) {
            properties.put(name, new PropertyValue.Text(value));
            return this;
        }

        /**
         * Puts the component in a group of its own, {@code <id>-sg}, holding these rules (replacing the rules of an
         * earlier call), besides the groups named with {@link #groups}.
         */
        Part rules(InboundRule... rules) {
            this.rules = Arrays.asList(rules);
            memberships();
            return this;
        }

        /** Makes the component a member of the groups added with {@link DiagramBuilder#group}, after its own. */
        Part groups(String... ids) {
            shared.clear();
            shared.addAll(Arrays.asList(ids));
            memberships();
            return this;
        }

        private void memberships() {
            List<String> ids = new ArrayList<>();
            if (rules != null) {
                ids.add(id + "-sg");
            }
            ids.addAll(shared);
            properties.put("securityGroups", new PropertyValue.Groups(ids));
        }

        /** Removes a written setting, so the catalog default applies. */
        Part unset(String name) {
            properties.remove(name);
            return this;
        }
    }
}
