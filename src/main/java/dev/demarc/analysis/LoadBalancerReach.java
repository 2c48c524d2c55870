package dev.demarc.analysis;

import dev.demarc.model.Cidr;
import dev.demarc.model.Component;
import dev.demarc.model.ComponentType;
import dev.demarc.model.Diagram;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * How the internet reaches an Application Load Balancer, and through it the targets it forwards to (ALB-R1):
 * an internet-facing ALB in a public subnet of a VPC with an internet gateway, whose security group admits the
 * internet on a listener port. Its targets are the EC2 instances, ECS services and Lambda functions it connects
 * to; they are reached over private addresses, so a target needs no public IP of its own.
 *
 * <p>A load balancer forwards only to targets whose security groups admit it ({@link #admitsLoadBalancer}): a
 * target whose group admits only the load balancer's group is reached through it and by nothing else.
 */
final class LoadBalancerReach {

    /** What a load balancer can forward to, as the diagram draws it. */
    static final Set<ComponentType> TARGET_TYPES = Set.of(ComponentType.EC2, ComponentType.ECS,
            ComponentType.LAMBDA);

    private final Facts facts;

    LoadBalancerReach(Facts facts) {
        this.facts = facts;
    }

    static boolean internetFacing(Facts facts, Component alb) {
        return "internet-facing".equals(facts.text(alb, "scheme"));
    }

    /** The ports the listener answers on: 80 for HTTP, 443 for HTTPS, both when port 80 redirects to 443. */
    static List<Integer> listenerPorts(Facts facts, Component alb) {
        return switch (facts.text(alb, "listener")) {
            case "HTTPS" -> List.of(443);
            case "HTTP-redirect-to-HTTPS" -> List.of(80, 443);
            default -> List.of(80);
        };
    }

    /** How the load balancer hands a request to {@code target}, for messages: it invokes a function. */
    static String handOver(Component target) {
        return target.type().equals(ComponentType.LAMBDA) ? "invokes " + target.displayLabel()
                : "forwards to " + target.displayLabel() + " on the target group's port over a private address";
    }

    /** The load balancer's rules that admit the whole internet to one of its listener ports. */
    List<GroupRule> openListenerRules(Component alb) {
        List<Integer> ports = listenerPorts(facts, alb);
        List<GroupRule> out = new ArrayList<>();
        for (GroupRule r : facts.openToWorld(alb)) {
            if (ports.stream().anyMatch(r.rule()::covers)) {
                out.add(r);
            }
        }
        return out;
    }

    /** Whether the internet reaches the load balancer's listener now. */
    boolean reachable(Component alb) {
        return internetFacing(facts, alb) && facts.routesToInternet(alb) && !openListenerRules(alb).isEmpty();
    }

    /** The targets the load balancer forwards to: the compute it connects to. */
    List<Component> targets(Component alb) {
        return facts.diagram().targetsOf(alb.id()).stream().filter(t -> TARGET_TYPES.contains(t.type())).toList();
    }

    /** The load balancers that connect to {@code target}, reachable or not. */
    List<Component> loadBalancersOf(Component target) {
        return facts.diagram().sourcesOf(target.id()).stream()
                .filter(s -> s.type().equals(ComponentType.APPLICATION_LOAD_BALANCER)).toList();
    }

    /** Whether traffic the load balancer accepts gets to {@code target}: drawn as its target, and admitted by it. */
    boolean forwardsTo(Component alb, Component target) {
        return targets(alb).contains(target) && admitsLoadBalancer(alb, target);
    }

    /**
     * Whether the target's security groups let the load balancer in (ALB-R1, SG-R2): a rule naming one of the load
     * balancer's groups, or an address range holding its subnet's range (or anyone). A function is invoked
     * through the Lambda service, with no group in the way.
     */
    boolean admitsLoadBalancer(Component alb, Component target) {
        if (target.type().equals(ComponentType.LAMBDA)) {
            return true;
        }
        List<String> albGroups = Diagram.memberships(alb);
        Optional<Cidr> albRange = facts.subnetOf(alb).map(s -> facts.text(s, "cidr")).filter(Cidr::isValid)
                .map(Cidr::parse);
        return facts.rules(target).stream().map(GroupRule::rule).anyMatch(r -> r.sourceGroup() != null
                ? albGroups.contains(r.sourceGroup())
                : r.fromAnywhere() || albRange.map(range -> Cidr.parse(r.source()).covers(range)).orElse(false));
    }

    /** The first reachable load balancer that forwards to {@code target}, in diagram order. */
    Optional<Component> reachableFront(Component target) {
        return loadBalancersOf(target).stream().filter(a -> reachable(a) && forwardsTo(a, target)).findFirst();
    }
}
