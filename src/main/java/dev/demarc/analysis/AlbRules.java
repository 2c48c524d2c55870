package dev.demarc.analysis;

import dev.demarc.model.Component;
import dev.demarc.model.ComponentType;
import dev.demarc.model.Diagram;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What stays the customer's on an Application Load Balancer although AWS runs its nodes: HTTPS and its TLS
 * policy (ALB-R4), access logs, header hygiene, a WAF in front of an internet-facing one, placing it where the
 * internet can reach it, and targets that can be reached without it (ALB-R2).
 */
final class AlbRules implements RuleFamily {

    /** Policies that still accept TLS 1.0 and 1.1: the one an HTTPS listener gets from the API or IaC (ELB-TLS). */
    private static final Set<String> OLD_TLS = Set.of("ELBSecurityPolicy-2016-08");

    @Override
    public void check(Facts facts, Findings out) {
        Exposures exposures = facts.exposures();
        LoadBalancerReach reach = exposures.reach();
        for (Component alb : facts.ofType(ComponentType.APPLICATION_LOAD_BALANCER)) {
            String listener = facts.text(alb, "listener");
            if ("HTTP".equals(listener)) {
                out.report("alb.http-listener", facts.name(alb) + " listens on plain HTTP and does not redirect "
                        + "to HTTPS, so requests and cookies cross the network unencrypted.", alb);
            } else if (OLD_TLS.contains(facts.text(alb, "tlsPolicy"))) {
                out.report("alb.old-tls-policy", facts.name(alb) + " uses " + facts.text(alb, "tlsPolicy")
                        + ", the policy an HTTPS listener gets from the API or a template that names none; it still "
                        + "accepts TLS 1.0 and 1.1.", alb);
            }
            if (!facts.bool(alb, "accessLogs")) {
                out.report("alb.no-access-logs", facts.name(alb) + " keeps no access logs of the requests it "
                        + "receives.", alb);
            }
            if (!facts.bool(alb, "dropInvalidHeaders")) {
                out.report("alb.keeps-invalid-headers", facts.name(alb) + " passes header fields with invalid "
                        + "names on to its targets instead of dropping them.", alb);
            }
            boolean internetFacing = LoadBalancerReach.internetFacing(facts, alb);
            if (internetFacing && !facts.bool(alb, "waf")) {
                out.report("alb.no-waf", facts.name(alb) + " is internet-facing with no web application "
                        + "firewall in front of its targets.", alb);
            }
            if (reach.reachable(alb)) {
                // Said even when all is well, so the way in to the listener can be selected and drawn.
                out.report("alb.internet-facing", facts.name(alb) + " takes requests from the internet on its "
                        + facts.text(alb, "listener") + " listener: that is its job"
                        + (facts.bool(alb, "waf") ? ", behind its WAF." : "."), alb);
            }
            Optional<Component> subnet = facts.subnetOf(alb);
            if (internetFacing && subnet.isPresent() && !facts.routesToInternet(alb)) {
                out.report("alb.internet-facing-unreachable", facts.name(alb) + " in " + facts.name(subnet.get())
                        + " is internet-facing, but " + facts.missingLink(alb) + ", so the internet cannot reach its "
                        + "listener.", alb, subnet.get());
            }
            for (Component target : reach.targets(alb)) {
                if (!reach.admitsLoadBalancer(alb, target)) {
                    out.report("alb.target-not-admitted", facts.name(alb) + " cannot reach " + facts.name(target)
                            + ": no rule of its security groups admits the load balancer's group or its subnet's "
                            + "address range, so requests to the listener fail.", target, alb);
                }
                targets(facts, exposures, alb, target, out);
            }
        }
    }

    /**
     * A target reachable around the load balancer is a bypass (ALB-R2); one reached only through it is the design
     * working, said once so a student can select it and see the way in drawn (ALB-R1).
     */
    private static void targets(Facts facts, Exposures exposures, Component alb, Component target,
            Findings out) {
        LoadBalancerReach reach = exposures.reach();
        Optional<ExposurePath> around = exposures.direct(target);
        if (around.isPresent()) {
            out.report("alb.target-bypass", "The internet can skip " + facts.name(alb) + " and reach "
                    + facts.name(target) + " directly, through " + waysIn(around.get()) + ". The load balancer's "
                    + "listener, TLS policy and WAF are bypassed.", target, alb);
        } else if (reach.reachableFront(target).map(a -> a.id().equals(alb.id())).orElse(false)) {
            String group = target.type().equals(ComponentType.LAMBDA) ? ""
                    : admitsOnlyTheLoadBalancer(facts, alb, target)
                    ? " Its security groups admit only the load balancer's group, as they should."
                    : " Let the target's security group admit only the load balancer's group.";
            out.report("alb.target-behind-load-balancer", "The internet reaches " + facts.name(target)
                    + " only through " + facts.name(alb) + ", which admits it on its listener and "
                    + LoadBalancerReach.handOver(target) + "." + group, target, alb);
        }
    }

    /** The hops of a way in between the internet and the resource: "Internet gateway, Public subnet route, ...". */
    private static String waysIn(ExposurePath path) {
        List<ExposurePath.Hop> hops = path.hops();
        return hops.subList(1, hops.size() - 1).stream().map(ExposurePath.Hop::label)
                .collect(Collectors.joining(", "));
    }

    /** Whether every rule of the target's groups names one of the load balancer's groups as its source (SG-R2). */
    private static boolean admitsOnlyTheLoadBalancer(Facts facts, Component alb, Component target) {
        List<String> albGroups = Diagram.memberships(alb);
        List<GroupRule> rules = facts.rules(target);
        return !rules.isEmpty() && rules.stream().allMatch(r -> albGroups.contains(r.rule().sourceGroup()));
    }
}
