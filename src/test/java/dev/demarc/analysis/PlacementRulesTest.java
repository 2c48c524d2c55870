package dev.demarc.analysis;

import static dev.demarc.analysis.FindingAsserts.analyze;
import static dev.demarc.analysis.FindingAsserts.assertFires;
import static dev.demarc.analysis.FindingAsserts.assertSilent;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Placement: EC2 and RDS live in subnets, subnets in a VPC, VPCs at the top; S3 and CloudFront outside. */
class PlacementRulesTest {

    @Test
    void instanceOutsideAnySubnetIsMissingItsParent() {
        Analysis a = analyze(Fixtures.orphanInstance());

        Finding f = assertFires(a, "placement.missing-parent", "orphan");
        assertTrue(f.message().contains("subnet"), f.message());
        assertEquals(Severity.MEDIUM, f.severity());
    }

    @Test
    void instanceInsideASubnetHasItsParent() {
        DiagramBuilder d = Fixtures.network();
        Fixtures.hardenedInstance(d, "orphan", "priv").label("Lost server");

        assertSilent(analyze(d), "placement.missing-parent");
    }

    @Test
    void databaseAndSubnetOutsideTheirContainersAreMissingTheirParents() {
        DiagramBuilder d = new DiagramBuilder();
        d.subnet("loose").label("Loose subnet");
        Fixtures.hardenedDatabase(d, "db", null).label("Orders DB");
        Analysis a = analyze(d);

        assertTrue(assertFires(a, "placement.missing-parent", "loose").message().contains("vpc"));
        assertTrue(assertFires(a, "placement.missing-parent", "db").message().contains("subnet"));
    }

    @Test
    void vpcBucketAndDistributionMayStandAlone() {
        DiagramBuilder d = new DiagramBuilder();
        d.vpc("vpc").set("flowLogs", true);
        Fixtures.hardenedBucket(d, "bucket");
        Fixtures.hardenedDistribution(d, "cdn");
        d.connect("cdn", "bucket");

        assertSilent(analyze(d), "placement.missing-parent");
    }

    @Test
    void instanceDirectlyInVpcIsInTheWrongContainer() {
        Analysis a = analyze(Fixtures.instanceDirectlyInVpc());

        Finding f = assertFires(a, "placement.wrong-parent", "web", "vpc");
        assertTrue(f.message().contains("a subnet"), f.message());
    }

    @Test
    void instanceInASubnetOfTheVpcIsInTheRightContainer() {
        DiagramBuilder d = Fixtures.instanceDirectlyInVpc();
        d.get("web").in("pub");

        assertSilent(analyze(d), "placement.wrong-parent");
    }

    @Test
    void subnetInsideSubnetIsInTheWrongContainer() {
        DiagramBuilder d = Fixtures.network();
        d.subnet("inner").label("Nested subnet").in("priv");

        assertFires(analyze(d), "placement.wrong-parent", "inner", "priv");
    }

    @Test
    void vpcInsideAnotherVpcIsInTheWrongContainerNotARegionalService() {
        DiagramBuilder d = Fixtures.network();
        d.vpc("inner").label("Inner VPC").in("vpc").set("flowLogs", true);
        Analysis a = analyze(d);

        Finding f = assertFires(a, "placement.wrong-parent", "inner", "vpc");
        assertTrue(f.message().contains("top level"), f.message());
        assertSilent(a, "placement.regional-service-in-vpc");
    }

    @Test
    void bucketDrawnInsideVpcIsARegionalServiceInAVpc() {
        Analysis a = analyze(Fixtures.bucketDrawnInVpc());

        Finding f = assertFires(a, "placement.regional-service-in-vpc", "assets", "vpc");
        assertEquals(Severity.LOW, f.severity());
        assertSilent(a, "placement.wrong-parent");
    }

    @Test
    void distributionDrawnInsideSubnetIsARegionalServiceInAVpc() {
        DiagramBuilder d = Fixtures.network();
        Fixtures.hardenedDistribution(d, "cdn").label("Web CDN").in("pub");

        assertFires(analyze(d), "placement.regional-service-in-vpc", "cdn", "pub");
    }

    @Test
    void bucketBesideTheVpcIsWherePlacementWantsIt() {
        DiagramBuilder d = Fixtures.bucketDrawnInVpc();
        d.get("assets").topLevel();

        assertSilent(analyze(d), "placement.regional-service-in-vpc");
    }

    @Test
    void aTableQueueOrTopicDrawnInASubnetIsARegionalServiceInAVpc() {
        DiagramBuilder d = Fixtures.network();
        Fixtures.hardenedTable(d, "orders").label("Orders table").in("priv");
        Fixtures.hardenedQueue(d, "jobs").label("Jobs queue").in("priv");
        Fixtures.hardenedTopic(d, "alerts").label("Alerts topic").in("vpc");
        Analysis a = analyze(d);

        assertFires(a, "placement.regional-service-in-vpc", "orders", "priv");
        assertFires(a, "placement.regional-service-in-vpc", "jobs", "priv");
        assertFires(a, "placement.regional-service-in-vpc", "alerts", "vpc");
    }

    @Test
    void aTableQueueOrTopicAtTheTopLevelNeedsNoParent() {
        DiagramBuilder d = Fixtures.network();
        Fixtures.hardenedTable(d, "orders");
        Fixtures.hardenedQueue(d, "jobs");
        Fixtures.hardenedTopic(d, "alerts");
        Analysis a = analyze(d);

        assertSilent(a, "placement.regional-service-in-vpc");
        assertSilent(a, "placement.missing-parent");
    }
}
