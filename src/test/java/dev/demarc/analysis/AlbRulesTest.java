package dev.demarc.analysis;

import static dev.demarc.analysis.DiagramBuilder.WORLD;
import static dev.demarc.analysis.DiagramBuilder.tcp;
import static dev.demarc.analysis.FindingAsserts.analyze;
import static dev.demarc.analysis.FindingAsserts.assertFires;
import static dev.demarc.analysis.FindingAsserts.assertSilent;
import static dev.demarc.analysis.FindingAsserts.summary;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The customer's side of an Application Load Balancer: HTTPS and its policy (ALB-R4), logs, headers, WAF,
 * placement (ALB-R1) and targets reachable around it (ALB-R2).
 */
class AlbRulesTest {

    @Test
    void hardenedLoadBalancerInFrontOfPrivateInstanceOnlySaysHowTheInternetComesIn() {
        Analysis a = analyze(Fixtures.albInFrontOfPrivateInstance());

        assertEquals(Set.of("alb.internet-facing", "alb.target-behind-load-balancer"), FindingAsserts.ruleIds(a),
                summary(a));
        Finding f = assertFires(a, "alb.target-behind-load-balancer", "app", "alb");
        assertEquals(Severity.INFO, f.severity());
        Finding front = assertFires(a, "alb.internet-facing", "alb");
        assertEquals(Severity.INFO, front.severity());
        assertTrue(front.message().endsWith("that is its job, behind its WAF."), front.message());
    }

    @Test
    void aTargetWhoseGroupsDoNotAdmitTheLoadBalancerIsNotReachedThroughItAndIsReported() {
        DiagramBuilder d = Fixtures.albInFrontOfPrivateInstance();
        // Admits only the private subnet's own range, not the public subnet the load balancer stands in.
        d.get("app").rules(DiagramBuilder.tcpRange(8080, 8080, "10.0.2.0/24"));
        Analysis a = analyze(d);

        assertSilent(a, "alb.target-behind-load-balancer");
        assertTrue(a.exposurePath("app").isEmpty(), "no way in through a load balancer the target shuts out");
        Finding f = assertFires(a, "alb.target-not-admitted", "app", "alb");
        assertEquals(Severity.LOW, f.severity());
    }

    @Test
    void aTargetAdmitsTheLoadBalancerByItsGroupOrByARangeHoldingItsSubnet() {
        DiagramBuilder byGroup = Fixtures.albInFrontOfPrivateInstance();
        byGroup.get("app").rules(DiagramBuilder.tcpFromGroup(8080, 8080, "alb-sg"));
        DiagramBuilder byVpcRange = Fixtures.albInFrontOfPrivateInstance();
        byVpcRange.get("app").rules(DiagramBuilder.tcpRange(8080, 8080, "10.0.0.0/16"));
        DiagramBuilder byOtherGroup = Fixtures.albInFrontOfPrivateInstance();
        byOtherGroup.group("ops-sg").get("app").rules(DiagramBuilder.tcpFromGroup(8080, 8080, "ops-sg"));

        assertFires(analyze(byGroup), "alb.target-behind-load-balancer", "app", "alb");
        assertFires(analyze(byVpcRange), "alb.target-behind-load-balancer", "app", "alb");
        assertFires(analyze(byOtherGroup), "alb.target-not-admitted", "app", "alb");
    }

    @Test
    void anInternalOrClosedLoadBalancerIsNotSaidToServeTheInternet() {
        DiagramBuilder internal = Fixtures.albInFrontOfPrivateInstance();
        internal.get("alb").set("scheme", "internal");
        assertSilent(analyze(internal), "alb.internet-facing");
        DiagramBuilder closed = Fixtures.albInFrontOfPrivateInstance();
        closed.get("alb").rules(DiagramBuilder.tcpRange(443, 443, "10.0.0.0/8"));
        assertSilent(analyze(closed), "alb.internet-facing");
    }

    @Test
    void theTargetFindingSaysWhetherTheTargetAdmitsOnlyTheLoadBalancersGroup() {
        // The fixture's app server admits 8080 from the public subnet's address range: advice to narrow it.
        Finding byRange = assertFires(analyze(Fixtures.albInFrontOfPrivateInstance()),
                "alb.target-behind-load-balancer", "app", "alb");
        assertTrue(byRange.message().endsWith("Let the target's security group admit only the load balancer's group."),
                byRange.message());

        DiagramBuilder d = Fixtures.albInFrontOfPrivateInstance();
        d.get("app").rules(DiagramBuilder.tcpFromGroup(8080, 8080, "alb-sg"));
        Finding byGroup = assertFires(analyze(d), "alb.target-behind-load-balancer", "app", "alb");
        assertTrue(byGroup.message().endsWith("Its security groups admit only the load balancer's group, as they "
                + "should."), byGroup.message());
    }

    @Test
    void targetOfAnInternalLoadBalancerIsNotReachedFromTheInternet() {
        DiagramBuilder d = Fixtures.albInFrontOfPrivateInstance();
        d.get("alb").set("scheme", "internal");

        assertSilent(analyze(d), "alb.target-behind-load-balancer");
    }

    @Test
    void targetThatBypassesIsNotAlsoSaidToBeReachedOnlyThroughTheLoadBalancer() {
        assertSilent(analyze(Fixtures.albTargetAlsoOpenToWorld()), "alb.target-behind-load-balancer");
    }

    @Test
    void functionWithAnOpenUrlBehindTheLoadBalancerBypassesIt() {
        DiagramBuilder d = Fixtures.albInFrontOfPrivateInstance().disconnectAll();
        Fixtures.hardenedFunction(d, "fn").set("functionUrlAuth", "NONE");
        d.connect("alb", "fn");

        Finding f = assertFires(analyze(d), "alb.target-bypass", "fn", "alb");
        assertTrue(f.message().contains("through Function URL, auth NONE"), f.message());
    }

    /**
     * A function behind the load balancer that an API without authorization also reaches is reached around the
     * load balancer: the bypass names the API, and the function is not said to be reached only through the load
     * balancer (its way in, drawn on the canvas, is the API's).
     */
    @Test
    void functionAlsoBehindAnOpenApiBypassesTheLoadBalancer() {
        DiagramBuilder d = Fixtures.albInFrontOfPrivateInstance().disconnectAll();
        Fixtures.hardenedFunction(d, "fn");
        Fixtures.hardenedApi(d, "api").set("authorizer", "NONE");
        d.connect("alb", "fn").connect("api", "fn");
        Analysis a = analyze(d);

        Finding f = assertFires(a, "alb.target-bypass", "fn", "alb");
        assertTrue(f.message().contains("through API, no authorization"), f.message());
        assertSilent(a, "alb.target-behind-load-balancer");
    }

    @Test
    void plainHttpListenerWithoutRedirect() {
        Finding f = assertFires(analyze(Fixtures.albWithDefaults()), "alb.http-listener", "alb");

        assertEquals(Severity.MEDIUM, f.severity());
    }

    @ParameterizedTest
    @ValueSource(strings = {"HTTPS", "HTTP-redirect-to-HTTPS"})
    void httpsOrRedirectIsSilent(String listener) {
        DiagramBuilder d = Fixtures.albWithDefaults();
        d.get("alb").set("listener", listener);

        assertSilent(analyze(d), "alb.http-listener");
    }

    @Test
    void httpsListenerOnTheApiDefaultPolicyIsOld() {
        Finding f = assertFires(analyze(Fixtures.albHttpsWithApiDefaultPolicy()), "alb.old-tls-policy", "alb");

        assertTrue(f.message().contains("ELBSecurityPolicy-2016-08"), f.message());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ELBSecurityPolicy-TLS13-1-2-2021-06", "ELBSecurityPolicy-TLS13-1-2-Res-PQ-2025-09"})
    void currentPoliciesAreSilent(String policy) {
        DiagramBuilder d = Fixtures.albHttpsWithApiDefaultPolicy();
        d.get("alb").set("tlsPolicy", policy);

        assertSilent(analyze(d), "alb.old-tls-policy");
    }

    @Test
    void plainHttpListenerIsNotAlsoBlamedForItsUnusedPolicy() {
        assertSilent(analyze(Fixtures.albWithDefaults()), "alb.old-tls-policy");
    }

    @Test
    void noAccessLogsByDefault() {
        assertFires(analyze(Fixtures.albWithDefaults()), "alb.no-access-logs", "alb");
    }

    @Test
    void accessLogsAreSilent() {
        DiagramBuilder d = Fixtures.albWithDefaults();
        d.get("alb").set("accessLogs", true);

        assertSilent(analyze(d), "alb.no-access-logs");
    }

    @Test
    void invalidHeadersPassByDefault() {
        assertFires(analyze(Fixtures.albWithDefaults()), "alb.keeps-invalid-headers", "alb");
    }

    @Test
    void droppingInvalidHeadersIsSilent() {
        DiagramBuilder d = Fixtures.albWithDefaults();
        d.get("alb").set("dropInvalidHeaders", true);

        assertSilent(analyze(d), "alb.keeps-invalid-headers");
    }

    @Test
    void internetFacingWithoutWaf() {
        assertFires(analyze(Fixtures.albWithDefaults()), "alb.no-waf", "alb");
    }

    @Test
    void internalLoadBalancerNeedsNoWaf() {
        DiagramBuilder d = Fixtures.albWithDefaults();
        d.get("alb").set("scheme", "internal");

        assertSilent(analyze(d), "alb.no-waf");
    }

    @Test
    void internetFacingInPrivateSubnetIsUnreachable() {
        Finding f = assertFires(analyze(Fixtures.internetFacingAlbInPrivateSubnet()),
                "alb.internet-facing-unreachable", "alb", "priv");

        assertTrue(f.message().contains("is private"), f.message());
    }

    @Test
    void internetFacingInVpcWithoutGatewayIsUnreachable() {
        DiagramBuilder d = Fixtures.albInFrontOfPrivateInstance();
        d.get("vpc").set("internetGateway", false);

        Finding f = assertFires(analyze(d), "alb.internet-facing-unreachable", "alb", "pub");
        assertTrue(f.message().contains("no internet gateway"), f.message());
    }

    @Test
    void internalLoadBalancerInPrivateSubnetIsWhereItBelongs() {
        DiagramBuilder d = Fixtures.internetFacingAlbInPrivateSubnet();
        d.get("alb").set("scheme", "internal");

        assertSilent(analyze(d), "alb.internet-facing-unreachable");
    }

    @Test
    void targetOpenToTheWorldInPublicSubnetBypassesTheLoadBalancer() {
        Analysis a = analyze(Fixtures.albTargetAlsoOpenToWorld());

        Finding f = assertFires(a, "alb.target-bypass", "app", "alb");
        assertEquals(Severity.HIGH, f.severity());
    }

    @Test
    void publicTargetWhoseRulesAdmitOnlyTheLoadBalancersSubnetIsNoBypass() {
        DiagramBuilder d = Fixtures.albTargetAlsoOpenToWorld();
        d.get("app").rules(tcp(8080, "10.0.1.0/24"));

        assertSilent(analyze(d), "alb.target-bypass");
    }

    @Test
    void privateTargetWithRuleOpenToTheWorldIsNoBypass() {
        DiagramBuilder d = Fixtures.albInFrontOfPrivateInstance();
        d.get("app").set("publicIp", true).rules(tcp(8080, WORLD));

        assertSilent(analyze(d), "alb.target-bypass");
    }

    @Test
    void publicServiceBehindTheLoadBalancerBypassesItToo() {
        DiagramBuilder d = Fixtures.albInFrontOfPrivateInstance().disconnectAll();
        Fixtures.hardenedService(d, "svc", "pub").set("assignPublicIp", true).rules(tcp(8080, WORLD));
        d.connect("alb", "svc");

        assertFires(analyze(d), "alb.target-bypass", "svc", "alb");
    }
}
