package dev.demarc.analysis;

import dev.demarc.model.Component;
import dev.demarc.model.ComponentType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Works out, from the same {@link Facts} the rules use, how the internet reaches each component and what
 * each network container does to exposure. Kept apart from the rule families: they decide what is wrong,
 * this describes the path so it can be drawn.
 */
final class Exposures {

    private final Facts facts;
    private final LoadBalancerReach reach;
    private final NatRoutes nat;

    Exposures(Facts facts) {
        this.facts = facts;
        this.reach = new LoadBalancerReach(facts);
        this.nat = new NatRoutes(facts);
    }

    /**
     * The path from the internet to {@code c}, when every link of it is open: its own way in if it has one,
     * else the way through a load balancer that forwards to it (ALB-R1).
     */
    Optional<ExposurePath> path(Component c) {
        if (!ExposurePath.JUDGED.contains(c.type())) {
            return Optional.empty();
        }
        return direct(c).or(() -> throughLoadBalancer(c));
    }

    /** The load balancers' reach these paths go through. */
    LoadBalancerReach reach() {
        return reach;
    }

    /** The subnets' routes to NAT gateways. */
    NatRoutes nat() {
        return nat;
    }

    /**
     * {@code c}'s own way in, not through a load balancer: for a load balancer's target, the way around it
     * (ALB-R2).
     */
    Optional<ExposurePath> direct(Component c) {
        ComponentType type = c.type();
        if (type.equals(ComponentType.S3)) {
            return S3Rules.isPublic(facts, c) ? Optional.of(new ExposurePath(c.id(), List.of(internet(),
                    new ExposurePath.Hop(ExposurePath.Kind.PUBLIC_ACCESS, c.id(), "Public bucket policy",
                            "Bucket policy grants public read; Block Public Access is off"),
                    resource(c)))) : Optional.empty();
        }
        if (type.equals(ComponentType.LAMBDA)) {
            return lambdaPath(c);
        }
        if (type.equals(ComponentType.SQS) || type.equals(ComponentType.SNS)) {
            // No network stands in the way: the endpoint is public and the policy alone decides (MSG-R1).
            String policy = type.equals(ComponentType.SQS) ? "Queue policy" : "Topic policy";
            return facts.bool(c, "publicPolicy") ? Optional.of(new ExposurePath(c.id(), List.of(internet(),
                    new ExposurePath.Hop(ExposurePath.Kind.PUBLIC_ACCESS, c.id(), policy + " allows *",
                            policy + " allows any principal (*) with no condition"),
                    resource(c)))) : Optional.empty();
        }
        if (type.equals(ComponentType.APPLICATION_LOAD_BALANCER)) {
            return reach.reachable(c)
                    ? Optional.of(openPath(c, reach.openListenerRules(c), "internet-facing listener"))
                    : Optional.empty();
        }
        boolean reachable = type.equals(ComponentType.EC2) ? facts.ec2Reachable(c)
                : type.equals(ComponentType.ECS) ? facts.tasksReachable(c)
                : type.equals(ComponentType.RDS) && facts.rdsReachable(c);
        if (!reachable) {
            return Optional.empty();
        }
        // The rules the exposure findings name: for a database only those on its engine's port.
        List<GroupRule> open = type.equals(ComponentType.RDS) ? RdsRules.worldRulesOnEnginePort(facts, c)
                : facts.openToWorld(c);
        if (open.isEmpty()) {
            return Optional.empty();
        }
        String address = type.equals(ComponentType.RDS) ? "publicly accessible endpoint"
                : type.equals(ComponentType.ECS) ? "tasks' public IPv4 addresses" : "public IPv4 address";
        return Optional.of(openPath(c, open, address));
    }

    /**
     * The way in through a reachable load balancer that forwards to {@code target}: the load balancer's own way
     * in, then its listener handing the request to the target over a private address.
     */
    private Optional<ExposurePath> throughLoadBalancer(Component target) {
        if (!LoadBalancerReach.TARGET_TYPES.contains(target.type())) {
            return Optional.empty();
        }
        return reach.reachableFront(target).map(alb -> {
            List<ExposurePath.Hop> hops = wayIn(alb);
            List<Integer> listening = LoadBalancerReach.listenerPorts(facts, alb);
            String ports = (listening.size() == 1 ? "port " : "ports ") + listening.stream().map(String::valueOf)
                    .collect(Collectors.joining(" and "));
            hops.add(new ExposurePath.Hop(ExposurePath.Kind.LOAD_BALANCER, alb.id(), "Load balancer on " + ports,
                    facts.name(alb) + " admits the internet on its " + facts.text(alb, "listener") + " listener ("
                            + ports + ") and " + LoadBalancerReach.handOver(target)));
            hops.add(resource(target));
            return new ExposurePath(target.id(), hops);
        });
    }

    /** The way in to {@code c}'s public subnet, then the rules that admit the world to its {@code address}. */
    private ExposurePath openPath(Component c, List<GroupRule> open, String address) {
        List<ExposurePath.Hop> hops = wayIn(c);
        hops.add(new ExposurePath.Hop(ExposurePath.Kind.OPEN_RULES, c.id(), groupsLabel(open),
                GroupRule.describe(open) + " to its " + address));
        hops.add(resource(c));
        return new ExposurePath(c.id(), hops);
    }

    /** The internet, the VPC's gateway and the route of the public subnet {@code c} sits in; a list to add to. */
    private List<ExposurePath.Hop> wayIn(Component c) {
        Component subnet = facts.subnetOf(c).orElseThrow();
        Component vpc = facts.vpcOf(subnet).orElseThrow();
        List<ExposurePath.Hop> hops = new ArrayList<>();
        hops.add(internet());
        hops.add(new ExposurePath.Hop(ExposurePath.Kind.INTERNET_GATEWAY, vpc.id(), "Internet gateway",
                "Internet gateway of " + facts.name(vpc)));
        hops.add(new ExposurePath.Hop(ExposurePath.Kind.PUBLIC_SUBNET, subnet.id(), "Public subnet route",
                facts.name(subnet) + " is public: its route table sends 0.0.0.0/0 to the gateway"));
        return hops;
    }

    /** {@code Security group 'web-sg': tcp/22 from 0.0.0.0/0}; several groups are named together before the rules. */
    private static String groupsLabel(List<GroupRule> open) {
        List<String> groups = GroupRule.quotedGroups(open);
        String rules = open.stream().map(r -> r.rule().toString()).collect(Collectors.joining(", "));
        return (groups.size() == 1 ? "Security group " + groups.get(0)
                : "Security groups " + String.join(", ", groups)) + ": " + rules;
    }

    /**
     * The way in to a function: its own URL when it takes unsigned calls, else an API that checks no caller and
     * forwards to it. A function in a VPC is never reached through the VPC: it gets no public address (R12).
     */
    private Optional<ExposurePath> lambdaPath(Component fn) {
        if (LambdaRules.publicUrl(facts, fn)) {
            return Optional.of(new ExposurePath(fn.id(), List.of(internet(),
                    new ExposurePath.Hop(ExposurePath.Kind.PUBLIC_ACCESS, fn.id(), "Function URL, auth NONE",
                            "Function URL with auth type NONE takes unsigned calls"),
                    resource(fn))));
        }
        for (Component api : facts.diagram().sourcesOf(fn.id())) {
            if (api.type().equals(ComponentType.API_GATEWAY) && ApiGatewayRules.openToInternet(facts, api)) {
                return Optional.of(new ExposurePath(fn.id(), List.of(internet(),
                        new ExposurePath.Hop(ExposurePath.Kind.OPEN_API, api.id(), "API, no authorization",
                                facts.name(api) + " has a public endpoint and checks no caller"),
                        resource(fn))));
            }
        }
        return Optional.empty();
    }

    /** What a VPC or subnet does to exposure; empty for services. */
    Optional<NetworkExposure> network(Component c) {
        if (c.type().equals(ComponentType.VPC)) {
            return Optional.of(facts.vpcHasInternetGateway(c) ? NetworkExposure.VPC_WITH_GATEWAY
                    : NetworkExposure.VPC_WITHOUT_GATEWAY);
        }
        if (c.type().equals(ComponentType.SUBNET)) {
            if (!facts.bool(c, "public")) {
                return Optional.of(outboundGateway(c).isPresent() ? NetworkExposure.PRIVATE_WITH_NAT
                        : NetworkExposure.PRIVATE_SUBNET);
            }
            return Optional.of(facts.vpcHasInternetGateway(c) ? NetworkExposure.PUBLIC_SUBNET
                    : NetworkExposure.PUBLIC_WITHOUT_GATEWAY);
        }
        return Optional.empty();
    }

    /** The NAT gateway a private subnet reaches the internet through, outbound only; empty for others. */
    Optional<Component> outboundGateway(Component c) {
        if (!c.type().equals(ComponentType.SUBNET)) {
            return Optional.empty();
        }
        return nat.gatewayOf(c).filter(gateway -> NatRoutes.reachesInternet(facts, gateway));
    }

    private static ExposurePath.Hop internet() {
        return new ExposurePath.Hop(ExposurePath.Kind.INTERNET, "", "Internet", "The internet (0.0.0.0/0)");
    }

    private ExposurePath.Hop resource(Component c) {
        return new ExposurePath.Hop(ExposurePath.Kind.RESOURCE, c.id(), c.displayLabel(), facts.name(c));
    }
}
