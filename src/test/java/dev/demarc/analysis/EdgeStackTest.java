package dev.demarc.analysis;

import static dev.demarc.analysis.FindingAsserts.CATALOG;
import static dev.demarc.analysis.FindingAsserts.analyze;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.demarc.catalog.Layer;
import dev.demarc.catalog.Owner;
import dev.demarc.catalog.PropertySpec;
import dev.demarc.model.ComponentType;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The stacks and defaults of the load balancer and the NAT gateway as the catalog has them from the reference
 * (aws-more-services.md sections 8 and 9): AWS runs everything up to the proxy software, nothing of the
 * customer's is stored in either, and the settings start where AWS's API starts them.
 */
class EdgeStackTest {

    private static ComponentAnalysis stackOf(DiagramBuilder d, String id) {
        return analyze(d).component(id).orElseThrow();
    }

    private static String defaultOf(ComponentType type, String property) {
        PropertySpec p = CATALOG.spec(type).property(property).orElseThrow();
        return p.defaultValue().display();
    }

    @Test
    void loadBalancerIsAwsUpToTheRuntimeAndHoldsNoCodeOrDataOfTheCustomers() {
        ComponentAnalysis alb = stackOf(Fixtures.albInFrontOfPrivateInstance(), "alb");

        assertEquals(Optional.of(Layer.RUNTIME), alb.highestAwsLayer());
        assertEquals(Owner.NONE, alb.layer(Layer.APPLICATION).owner());
        assertEquals(Owner.NONE, alb.layer(Layer.DATA).owner());
        assertEquals(Owner.NONE, alb.layer(Layer.BACKUP).owner());
        assertEquals(Owner.CUSTOMER, alb.layer(Layer.NETWORK_CONFIG).owner());
        // AWS terminates TLS; the certificate, the HTTPS listener and its policy are the customer's (ELB-TLS).
        assertEquals(Owner.SHARED, alb.layer(Layer.ENCRYPTION).owner());
        // Shared where AWS publishes metrics unasked (issue 11's rule); access logs stay off (ELB-LBATTR).
        assertEquals(Owner.SHARED, alb.layer(Layer.LOGGING).owner());
    }

    @Test
    void natGatewayIsPatchedByAwsAndEncryptsNothing() {
        ComponentAnalysis nat = stackOf(Fixtures.privateSubnetRoutedToNat(), "nat");

        assertEquals(Owner.AWS, nat.layer(Layer.GUEST_OS).owner());
        assertEquals(Owner.AWS, nat.layer(Layer.RUNTIME).owner());
        assertEquals(Owner.NONE, nat.layer(Layer.ENCRYPTION).owner());
        assertEquals(Owner.CUSTOMER, nat.layer(Layer.NETWORK_CONFIG).owner());
    }

    @Test
    void natInstanceIsNamedACustomerPatchedServer() {
        String text = CATALOG.spec(ComponentType.NAT_GATEWAY).summary();

        assertTrue(text.contains("NAT instance") && text.contains("patch yourself"), text);
    }

    @Test
    void loadBalancerSpansTwoSubnetsThoughTheDiagramDrawsOne() {
        String advice = CATALOG.spec(ComponentType.APPLICATION_LOAD_BALANCER).placement().advice();

        assertTrue(advice.contains("at least two subnets in two Availability Zones"), advice);
    }

    @Test
    void defaultsAreTheApisOwn() {
        ComponentType alb = ComponentType.APPLICATION_LOAD_BALANCER;
        assertEquals("internet-facing", defaultOf(alb, "scheme"));
        assertEquals("ELBSecurityPolicy-2016-08", defaultOf(alb, "tlsPolicy"));
        assertEquals("HTTP", defaultOf(alb, "listener"));
        assertEquals("false", defaultOf(alb, "accessLogs"));
        assertEquals("false", defaultOf(alb, "dropInvalidHeaders"));
        assertEquals("false", defaultOf(alb, "deletionProtection"));
        assertEquals("none", defaultOf(alb, "originLockdown"));
        assertEquals("public", defaultOf(ComponentType.NAT_GATEWAY, "connectivityType"));
        assertEquals("false", defaultOf(ComponentType.SUBNET, "natRoute"));
    }

    @Test
    void noWafByDefaultIsSaidToBeUnconfirmed() {
        PropertySpec waf = CATALOG.spec(ComponentType.APPLICATION_LOAD_BALANCER).property("waf").orElseThrow();

        assertEquals("false", waf.defaultValue().display());
        assertTrue(waf.help().contains("not confirmed"), waf.help());
    }
}
