package dev.demarc.analysis;

import dev.demarc.catalog.Catalog;
import dev.demarc.model.Component;
import dev.demarc.model.ComponentType;
import dev.demarc.model.Diagram;
import dev.demarc.model.PropertyValue;
import dev.demarc.model.SecurityGroup;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the rules ask of a diagram: effective property values (written or catalog default) and the network
 * facts that decide whether the internet can reach a component.
 *
 * <p>Reachability follows AWS's own conditions: the VPC has an internet gateway, the component's subnet
 * routes to it (a public subnet), the component has a public address, and a security-group rule admits
 * the internet on the port. Missing any one of them, the internet cannot get in.
 */
final class Facts {

    private final Diagram diagram;
    private final Catalog catalog;
    /** Made on first use: rule families and the analysis share one per diagram. */
    private Exposures exposures;
    /** The components of each type, in the diagram's order; made on first use (rules ask about 20 times). */
    private Map<ComponentType, List<Component>> byType;

    Facts(Diagram diagram, Catalog catalog) {
        this.diagram = diagram;
        this.catalog = catalog;
    }

    Diagram diagram() {
        return diagram;
    }

    /** The ways in from the internet, with the load balancers' and NAT gateways' reach, worked out once. */
    Exposures exposures() {
        if (exposures == null) {
            exposures = new Exposures(this);
        }
        return exposures;
    }

    Catalog catalog() {
        return catalog;
    }

    /**
     * How findings name a component: {@code EC2 'Web server' (web)}, or {@code EC2 'web'} when it has no
     * label of its own. The type is the catalog's short name, as students know it.
     */
    String name(Component c) {
        return catalog.name(c);
    }

    /** The components of {@code type}, in the diagram's order. */
    List<Component> ofType(ComponentType type) {
        if (byType == null) {
            byType = new HashMap<>();
            for (Component c : diagram.components()) {
                byType.computeIfAbsent(c.type(), t -> new ArrayList<>()).add(c);
            }
            byType.replaceAll((t, list) -> List.copyOf(list));
        }
        return byType.getOrDefault(type, List.of());
    }

    boolean bool(Component c, String property) {
        return ((PropertyValue.Bool) value(c, property)).value();
    }

    long integer(Component c, String property) {
        return ((PropertyValue.Int) value(c, property)).value();
    }

    String text(Component c, String property) {
        return ((PropertyValue.Text) value(c, property)).value();
    }

    /**
     * The inbound rules {@code c} is subject to: the union of the rules of the security groups it belongs to,
     * group by group in the order it lists them.
     */
    List<GroupRule> rules(Component c) {
        List<GroupRule> out = new ArrayList<>();
        for (String id : Diagram.memberships(c)) {
            SecurityGroup group = diagram.securityGroup(id).orElseThrow();
            group.inbound().forEach(r -> out.add(new GroupRule(id, r)));
        }
        return out;
    }

    private PropertyValue value(Component c, String property) {
        return catalog.spec(c.type()).effective(c, property);
    }

    Optional<Component> subnetOf(Component c) {
        return diagram.enclosing(c, ComponentType.SUBNET);
    }

    Optional<Component> vpcOf(Component c) {
        return diagram.enclosing(c, ComponentType.VPC);
    }

    /** Whether the VPC around {@code c} has an internet gateway. */
    boolean vpcHasInternetGateway(Component c) {
        Optional<Component> vpc = c.type().equals(ComponentType.VPC) ? Optional.of(c) : vpcOf(c);
        return vpc.map(v -> bool(v, "internetGateway")).orElse(false);
    }

    /** Whether {@code c} sits in a public subnet of a VPC that has an internet gateway. */
    boolean routesToInternet(Component c) {
        Optional<Component> subnet = subnetOf(c);
        return subnet.isPresent() && bool(subnet.get(), "public") && vpcHasInternetGateway(subnet.get());
    }

    /** Whether an EC2 instance has a public IPv4 address: asked for, or handed out by its subnet. */
    boolean hasPublicAddress(Component ec2) {
        return bool(ec2, "publicIp") || subnetOf(ec2).map(s -> bool(s, "autoAssignPublicIp")).orElse(false);
    }

    /** Whether the internet has a way in to an EC2 instance, before looking at its rules. */
    boolean ec2Reachable(Component ec2) {
        return routesToInternet(ec2) && hasPublicAddress(ec2);
    }

    /** Whether the internet has a way in to an ECS service's tasks, before looking at their rules (as for EC2). */
    boolean tasksReachable(Component ecs) {
        return routesToInternet(ecs) && bool(ecs, "assignPublicIp");
    }

    /** The components {@code c} connects to whose type is {@code typeId}, matched by id so types yet to come work. */
    List<Component> targetsOfType(Component c, String typeId) {
        return diagram.targetsOf(c.id()).stream().filter(t -> t.type().id().equals(typeId)).toList();
    }

    /**
     * The components of {@code type} connected to {@code c} in either direction, each once: a role or a key is
     * linked to what uses it whichever way the arrow was drawn.
     */
    List<Component> linkedOfType(Component c, ComponentType type) {
        List<Component> out = new ArrayList<>();
        for (Component other : diagram.targetsOf(c.id())) {
            if (other.type().equals(type) && !out.contains(other)) {
                out.add(other);
            }
        }
        for (Component other : diagram.sourcesOf(c.id())) {
            if (other.type().equals(type) && !out.contains(other)) {
                out.add(other);
            }
        }
        return out;
    }

    /** Whether the internet has a way in to a database, before looking at its rules. */
    boolean rdsReachable(Component rds) {
        return bool(rds, "publiclyAccessible") && routesToInternet(rds);
    }

    /** The rules of {@code c} that admit the whole internet (a group source never does). */
    List<GroupRule> openToWorld(Component c) {
        List<GroupRule> out = new ArrayList<>();
        for (GroupRule r : rules(c)) {
            if (r.fromAnywhere()) {
                out.add(r);
            }
        }
        return out;
    }

    /** The rules of {@code c} that admit the whole internet to {@code port}. */
    List<GroupRule> openToWorld(Component c, int port) {
        List<GroupRule> out = new ArrayList<>();
        for (GroupRule r : openToWorld(c)) {
            if (r.covers(port)) {
                out.add(r);
            }
        }
        return out;
    }

    /** Why the internet cannot reach {@code c}: the first missing link, for messages. */
    String missingLink(Component c) {
        Optional<Component> subnet = subnetOf(c);
        if (subnet.isEmpty()) {
            return "it is not in a subnet";
        }
        if (!bool(subnet.get(), "public")) {
            return "its subnet '" + subnet.get().displayLabel() + "' is private";
        }
        if (vpcOf(subnet.get()).isEmpty()) {
            return "its subnet is not in a VPC";
        }
        if (!vpcHasInternetGateway(subnet.get())) {
            return "its VPC has no internet gateway";
        }
        if (c.type().equals(ComponentType.EC2) && !hasPublicAddress(c)) {
            return "it has no public IP address";
        }
        if (c.type().equals(ComponentType.ECS) && !bool(c, "assignPublicIp")) {
            return "its tasks get no public IP address";
        }
        if (c.type().equals(ComponentType.RDS) && !bool(c, "publiclyAccessible")) {
            return "it is not publicly accessible";
        }
        return "no rule admits the internet";
    }
}
