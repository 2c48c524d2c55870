package dev.demarc.analysis;

import dev.demarc.model.Component;
import dev.demarc.model.ComponentType;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Whether the NAT gateways on a diagram give the private subnets routed to them the internet: a public NAT
 * gateway needs a public subnet of a VPC with an internet gateway (NAT-R2), and a subnet's NAT route needs a
 * gateway to lead to.
 */
final class NatRules implements RuleFamily {

    @Override
    public void check(Facts facts, Findings out) {
        NatRoutes routes = facts.exposures().nat();
        for (Component nat : facts.ofType(ComponentType.NAT_GATEWAY)) {
            if ("public".equals(facts.text(nat, "connectivityType")) && facts.subnetOf(nat).isPresent()
                    && !NatRoutes.reachesInternet(facts, nat)) {
                List<Component> routed = routes.subnetsRoutedTo(nat);
                String who = routed.isEmpty() ? "" : " " + routed.stream().map(facts::name)
                        .collect(Collectors.joining(", ")) + " route to it but get no internet either.";
                out.report("nat.no-internet", facts.name(nat) + " cannot reach the internet, because "
                        + facts.missingLink(nat) + "." + who, nat);
            }
        }
        for (Component subnet : facts.ofType(ComponentType.SUBNET)) {
            if (routes.routesToNat(subnet) && routes.gatewayOf(subnet).isEmpty()) {
                out.report("subnet.nat-route-without-gateway", facts.name(subnet) + " sends internet-bound "
                        + "traffic to a NAT gateway, but its VPC has none on the diagram, so nothing in it can reach "
                        + "the internet.", subnet);
            }
        }
    }
}
