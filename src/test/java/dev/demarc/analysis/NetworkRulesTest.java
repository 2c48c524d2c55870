package dev.demarc.analysis;

import static dev.demarc.analysis.FindingAsserts.analyze;
import static dev.demarc.analysis.FindingAsserts.assertFires;
import static dev.demarc.analysis.FindingAsserts.assertSilent;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.demarc.catalog.Duty;
import org.junit.jupiter.api.Test;

/** VPC and subnet settings the customer owns: flow logs (R18), auto-assigned addresses (R2), the route (R1). */
class NetworkRulesTest {

    @Test
    void vpcWithoutFlowLogsIsAMonitoringGap() {
        Finding f = assertFires(analyze(Fixtures.vpcWithoutFlowLogs()), "vpc.no-flow-logs", "vpc");

        assertEquals(Duty.MONITOR, f.category());
    }

    @Test
    void vpcLeftAtItsDefaultsHasNoFlowLogs() {
        DiagramBuilder d = new DiagramBuilder();
        d.vpc("plain");

        assertFires(analyze(d), "vpc.no-flow-logs", "plain");
    }

    @Test
    void vpcWithFlowLogsIsSilent() {
        assertSilent(analyze(Fixtures.network()), "vpc.no-flow-logs");
    }

    @Test
    void subnetAutoAssigningPublicIpsIsReported() {
        Finding f = assertFires(analyze(Fixtures.subnetAutoAssigningPublicIps()), "subnet.auto-assign-public-ip",
                "pub");

        assertEquals(Duty.EXPOSE, f.category());
    }

    @Test
    void subnetNotAutoAssigningPublicIpsIsSilent() {
        DiagramBuilder d = Fixtures.subnetAutoAssigningPublicIps();
        d.get("pub").set("autoAssignPublicIp", false);

        assertSilent(analyze(d), "subnet.auto-assign-public-ip");
    }

    @Test
    void publicSubnetInVpcWithoutInternetGatewayGoesNowhere() {
        Finding f = assertFires(analyze(Fixtures.publicSubnetWithoutGateway()), "subnet.public-without-igw", "pub");

        assertEquals(Severity.LOW, f.severity());
        assertTrue(f.message().contains("internet gateway"), f.message());
    }

    @Test
    void publicSubnetOutsideAnyVpcGoesNowhere() {
        DiagramBuilder d = new DiagramBuilder();
        d.subnet("pub").label("Public subnet").set("public", true);

        Finding f = assertFires(analyze(d), "subnet.public-without-igw", "pub");
        assertTrue(f.message().contains("not in a VPC"), f.message());
    }

    @Test
    void publicSubnetInVpcWithInternetGatewayIsSilent() {
        assertSilent(analyze(Fixtures.network()), "subnet.public-without-igw");
    }

    @Test
    void privateSubnetInVpcWithoutInternetGatewayIsSilent() {
        DiagramBuilder d = Fixtures.publicSubnetWithoutGateway();
        d.get("pub").set("public", false);

        assertSilent(analyze(d), "subnet.public-without-igw");
    }
}
