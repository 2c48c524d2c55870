package dev.demarc.analysis;

import dev.demarc.model.Component;
import dev.demarc.model.ComponentType;
import java.util.List;
import java.util.Optional;

/**
 * Where a private subnet's internet-bound traffic goes (NAT-R1, NAT-R2). A private subnet with the NAT route
 * setting sends 0.0.0.0/0 to a NAT gateway of its VPC; only a public NAT gateway in a public subnet of a VPC
 * with an internet gateway takes it on to the internet. That way is outbound only: it never opens a way in,
 * so nothing here feeds the exposure paths.
 */
final class NatRoutes {

    private final Facts facts;

    NatRoutes(Facts facts) {
        this.facts = facts;
    }

    /** Whether a NAT gateway gives the subnets routed to it the internet: public, in a public subnet. */
    static boolean reachesInternet(Facts facts, Component nat) {
        return "public".equals(facts.text(nat, "connectivityType")) && facts.routesToInternet(nat);
    }

    /** Whether {@code subnet} is private and sends 0.0.0.0/0 to a NAT gateway. */
    boolean routesToNat(Component subnet) {
        return !facts.bool(subnet, "public") && facts.bool(subnet, "natRoute");
    }

    /**
     * The NAT gateway a private subnet with the NAT route uses: the first of its VPC that reaches the internet,
     * else the first there at all (so a finding can name it); empty without the route or without a gateway.
     */
    Optional<Component> gatewayOf(Component subnet) {
        if (!routesToNat(subnet)) {
            return Optional.empty();
        }
        List<Component> inVpc = gatewaysIn(facts.vpcOf(subnet));
        return inVpc.stream().filter(n -> reachesInternet(facts, n)).findFirst().or(() -> inVpc.stream().findFirst());
    }

    /** The private subnets whose NAT route leads to {@code nat}. */
    List<Component> subnetsRoutedTo(Component nat) {
        return facts.ofType(ComponentType.SUBNET).stream()
                .filter(s -> gatewayOf(s).map(g -> g.id().equals(nat.id())).orElse(false)).toList();
    }

    private List<Component> gatewaysIn(Optional<Component> vpc) {
        if (vpc.isEmpty()) {
            return List.of();
        }
        return facts.ofType(ComponentType.NAT_GATEWAY).stream()
                .filter(n -> facts.vpcOf(n).map(v -> v.id().equals(vpc.get().id())).orElse(false)).toList();
    }
}
