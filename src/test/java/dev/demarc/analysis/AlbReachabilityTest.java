package dev.demarc.analysis;

import static dev.demarc.analysis.DiagramBuilder.WORLD;
import static dev.demarc.analysis.DiagramBuilder.tcp;
import static dev.demarc.analysis.FindingAsserts.analyze;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.demarc.analysis.ExposurePath.Kind;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The internet reaches an internet-facing load balancer in a public subnet on its listener port, and through it
 * the targets it forwards to, even in a private subnet (ALB-R1); the exposure path draws that hop.
 */
class AlbReachabilityTest {

    @Test
    void privateTargetIsReachedThroughTheLoadBalancer() {
        Analysis a = analyze(Fixtures.albInFrontOfPrivateInstance());

        ExposurePath path = a.exposurePath("app").orElseThrow();
        assertEquals(List.of(Kind.INTERNET, Kind.INTERNET_GATEWAY, Kind.PUBLIC_SUBNET, Kind.LOAD_BALANCER,
                Kind.RESOURCE), path.hops().stream().map(ExposurePath.Hop::kind).toList());
        assertEquals(List.of("", "vpc", "pub", "alb", "app"),
                path.hops().stream().map(ExposurePath.Hop::component).toList());
        assertEquals("Load balancer on ports 80 and 443", path.hops().get(3).label());
        assertTrue(path.hops().get(3).text().contains("forwards to App server on the target group's port"),
                path.hops().get(3).text());
    }

    @Test
    void targetReachedOnlyThroughTheLoadBalancerIsNoDirectExposureFinding() {
        Analysis a = analyze(Fixtures.albInFrontOfPrivateInstance());

        assertTrue(a.findings().stream().filter(f -> f.concerns("app"))
                .allMatch(f -> f.rule().equals("alb.target-behind-load-balancer")), FindingAsserts.summary(a));
    }

    @Test
    void loadBalancerItselfIsReachedOnItsListenerRules() {
        Analysis a = analyze(Fixtures.albInFrontOfPrivateInstance());

        ExposurePath path = a.exposurePath("alb").orElseThrow();
        assertEquals(List.of(Kind.INTERNET, Kind.INTERNET_GATEWAY, Kind.PUBLIC_SUBNET, Kind.OPEN_RULES,
                Kind.RESOURCE), path.hops().stream().map(ExposurePath.Hop::kind).toList());
    }

    @Test
    void ruleOnAnotherPortThanTheListenerLetsNobodyIn() {
        DiagramBuilder d = Fixtures.albInFrontOfPrivateInstance();
        d.get("alb").set("listener", "HTTPS").rules(tcp(80, WORLD));
        Analysis a = analyze(d);

        assertEquals(Optional.empty(), a.exposurePath("alb"));
        assertEquals(Optional.empty(), a.exposurePath("app"));
    }

    @Test
    void internalLoadBalancerOpensNoWayIn() {
        DiagramBuilder d = Fixtures.albInFrontOfPrivateInstance();
        d.get("alb").set("scheme", "internal");

        assertEquals(Optional.empty(), analyze(d).exposurePath("app"));
    }

    @Test
    void loadBalancerInPrivateSubnetOpensNoWayIn() {
        assertEquals(Optional.empty(), analyze(Fixtures.internetFacingAlbInPrivateSubnet()).exposurePath("app"));
    }

    @Test
    void connectionTowardsTheLoadBalancerDoesNotMakeATarget() {
        DiagramBuilder d = Fixtures.albInFrontOfPrivateInstance().disconnectAll().connect("app", "alb");

        assertEquals(Optional.empty(), analyze(d).exposurePath("app"));
    }

    @Test
    void directWayInIsShownBeforeTheWayThroughTheLoadBalancer() {
        ExposurePath path = analyze(Fixtures.albTargetAlsoOpenToWorld()).exposurePath("app").orElseThrow();

        assertEquals(Kind.OPEN_RULES, path.hops().get(3).kind());
        assertEquals("app", path.hops().get(3).component());
    }

    @Test
    void functionBehindTheLoadBalancerIsReachedThroughIt() {
        DiagramBuilder d = Fixtures.albInFrontOfPrivateInstance().disconnectAll();
        Fixtures.hardenedFunction(d, "fn");
        d.connect("alb", "fn");

        ExposurePath.Hop listener = analyze(d).exposurePath("fn").orElseThrow().hops().get(3);
        assertEquals(Kind.LOAD_BALANCER, listener.kind());
        assertTrue(listener.text().endsWith("invokes fn"), listener.text());
    }
}
