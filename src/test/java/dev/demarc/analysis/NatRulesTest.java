package dev.demarc.analysis;

import static dev.demarc.analysis.FindingAsserts.analyze;
import static dev.demarc.analysis.FindingAsserts.assertFires;
import static dev.demarc.analysis.FindingAsserts.assertSilent;
import static dev.demarc.analysis.FindingAsserts.summary;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** NAT gateways give private subnets outbound internet only, and only from a public subnet (NAT-R1, NAT-R2). */
class NatRulesTest {

    @Test
    void natGatewayInPublicSubnetWithRoutedPrivateSubnetHasNoFindings() {
        Analysis a = analyze(Fixtures.privateSubnetRoutedToNat());

        assertTrue(a.findings().isEmpty(), summary(a));
    }

    @Test
    void natGatewayInPrivateSubnetGivesNoInternet() {
        Finding f = assertFires(analyze(Fixtures.natGatewayInPrivateSubnet()), "nat.no-internet", "nat");

        assertTrue(f.message().contains("is private"), f.message());
        assertTrue(f.message().contains("Private subnet"), "names the subnet routed to it: " + f.message());
    }

    @Test
    void natGatewayInVpcWithoutInternetGatewayGivesNoInternet() {
        DiagramBuilder d = Fixtures.privateSubnetRoutedToNat();
        d.get("vpc").set("internetGateway", false);

        Finding f = assertFires(analyze(d), "nat.no-internet", "nat");
        assertTrue(f.message().contains("no internet gateway"), f.message());
    }

    @Test
    void privateNatGatewayInPrivateSubnetIsMeantToStayOffTheInternet() {
        DiagramBuilder d = Fixtures.natGatewayInPrivateSubnet();
        d.get("nat").set("connectivityType", "private");

        assertSilent(analyze(d), "nat.no-internet");
    }

    @Test
    void natRouteWithoutAGatewayLeadsNowhere() {
        Finding f = assertFires(analyze(Fixtures.natRouteWithoutGateway()), "subnet.nat-route-without-gateway",
                "priv");

        assertEquals(Severity.LOW, f.severity());
    }

    @Test
    void natRouteOnAPublicSubnetIsIgnored() {
        DiagramBuilder d = Fixtures.natRouteWithoutGateway();
        d.get("pub").set("natRoute", true);

        assertSilent(analyze(d), "subnet.nat-route-without-gateway", "pub");
    }

    @Test
    void privateSubnetRoutedToWorkingNatIsOutboundOnly() {
        Analysis a = analyze(Fixtures.privateSubnetRoutedToNat());

        assertEquals(Optional.of(NetworkExposure.PRIVATE_WITH_NAT), a.networkExposure("priv"));
        assertEquals("nat", a.outboundGateway("priv").orElseThrow().id());
        assertTrue(!NetworkExposure.PRIVATE_WITH_NAT.open(), "outbound only opens no way in");
    }

    @Test
    void privateSubnetRoutedToBrokenNatHasNoInternetRoute() {
        Analysis a = analyze(Fixtures.natGatewayInPrivateSubnet());

        assertEquals(Optional.of(NetworkExposure.PRIVATE_SUBNET), a.networkExposure("priv"));
        assertEquals(Optional.empty(), a.outboundGateway("priv"));
    }

    @Test
    void subnetWithoutTheRouteDoesNotUseTheGateway() {
        DiagramBuilder d = Fixtures.privateSubnetRoutedToNat();
        d.get("priv").set("natRoute", false);
        Analysis a = analyze(d);

        assertEquals(Optional.of(NetworkExposure.PRIVATE_SUBNET), a.networkExposure("priv"));
    }

    @Test
    void instanceWithWorldRuleBehindNatIsStillNotExposed() {
        DiagramBuilder d = Fixtures.privateSubnetRoutedToNat();
        Fixtures.hardenedInstance(d, "app", "priv").set("publicIp", true).rules(DiagramBuilder.tcp(22,
                DiagramBuilder.WORLD));
        Analysis a = analyze(d);

        assertEquals(Optional.empty(), a.exposurePath("app"));
        assertSilent(a, "ec2.admin-port-open");
    }

    @Test
    void natGatewayOutsideASubnetIsMisplacedNotJudgedForInternet() {
        DiagramBuilder d = Fixtures.privateSubnetRoutedToNat();
        d.get("nat").in("vpc");
        Analysis a = analyze(d);

        assertFires(a, "placement.wrong-parent", "nat", "vpc");
        assertSilent(a, "nat.no-internet");
    }
}
