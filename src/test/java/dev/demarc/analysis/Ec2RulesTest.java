package dev.demarc.analysis;

import static dev.demarc.analysis.DiagramBuilder.WORLD;
import static dev.demarc.analysis.DiagramBuilder.tcp;
import static dev.demarc.analysis.FindingAsserts.analyze;
import static dev.demarc.analysis.FindingAsserts.assertFires;
import static dev.demarc.analysis.FindingAsserts.assertSilent;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.demarc.model.ComponentType;
import dev.demarc.model.InboundRule;
import dev.demarc.model.Protocol;
import org.junit.jupiter.api.Test;

/** What the customer owns on an instance: exposure (R1, R17), IMDS, role (R14), disks, patching, backups. */
class Ec2RulesTest {

    private static final String OFFICE = "203.0.113.0/24";

    @Test
    void sshOpenToWorldOnPublicInstanceIsHigh() {
        Analysis a = analyze(Fixtures.sshOpenToWorld());

        Finding f = assertFires(a, "ec2.admin-port-open", "web");
        assertEquals(Severity.HIGH, f.severity());
        assertTrue(f.message().contains("22"), f.message());
    }

    @Test
    void rdpOpenToWorldOnPublicInstanceIsHigh() {
        Finding f = assertFires(analyze(Fixtures.publicInstance(tcp(3389, WORLD))), "ec2.admin-port-open", "web");

        assertEquals(Severity.HIGH, f.severity());
    }

    @Test
    void udpToPort22IsNotSshSoItIsNotAnAdminExposure() {
        Analysis a = analyze(Fixtures.publicInstance(new InboundRule(
                Protocol.UDP, 22, WORLD)));

        assertTrue(a.findings().stream().noneMatch(f -> f.rule().equals("ec2.admin-port-open")));
        assertFires(a, "ec2.internet-facing", "web");
    }

    @Test
    void sshOpenOnlyToTheOfficeIsNotAnAdminExposure() {
        Analysis a = analyze(Fixtures.publicInstance(tcp(22, OFFICE)));

        assertSilent(a, "ec2.admin-port-open");
        assertSilent(a, "ec2.open-rule-unreachable");
    }

    @Test
    void sshOpenToWorldInPrivateSubnetIsOnlyANote() {
        Analysis a = analyze(Fixtures.privateInstanceWithSshOpenToWorld());

        Finding f = assertFires(a, "ec2.open-rule-unreachable", "worker");
        assertEquals(Severity.LOW, f.severity());
        assertTrue(f.message().contains("Private subnet"), "names the missing link: " + f.message());
        assertSilent(a, "ec2.admin-port-open");
    }

    @Test
    void sshOpenToWorldOnReachableInstanceIsNoLongerUnreachable() {
        assertSilent(analyze(Fixtures.sshOpenToWorld()), "ec2.open-rule-unreachable");
    }

    @Test
    void allTrafficOpenToWorldOnPublicInstanceIsCriticalAsInProwler() {
        Analysis a = analyze(Fixtures.allTrafficOpenToWorld());

        assertEquals(Severity.CRITICAL, assertFires(a, "ec2.all-traffic-open", "web").severity());
        assertSilent(a, "ec2.admin-port-open");
    }

    @Test
    void allTrafficFromInsideTheVpcIsNotOpenToTheInternet() {
        Analysis a = analyze(Fixtures.publicInstance(DiagramBuilder.allTraffic("10.0.0.0/16")));

        assertSilent(a, "ec2.all-traffic-open");
    }

    @Test
    void httpsOpenToWorldOnPublicInstanceIsInternetFacingInfo() {
        Analysis a = analyze(Fixtures.httpsOpenToWorld());

        Finding f = assertFires(a, "ec2.internet-facing", "web");
        assertEquals(Severity.INFO, f.severity());
        assertTrue(f.message().contains("443"), f.message());
        assertSilent(a, "ec2.admin-port-open");
        assertSilent(a, "ec2.all-traffic-open");
    }

    @Test
    void httpsOpenToWorldOnPrivateInstanceDoesNotFaceTheInternet() {
        DiagramBuilder d = Fixtures.httpsOpenToWorld();
        d.get("web").in("priv");

        assertSilent(analyze(d), "ec2.internet-facing");
    }

    @Test
    void ownPublicIpInPublicSubnetWithGatewayIsReported() {
        Finding f = assertFires(analyze(Fixtures.httpsOpenToWorld()), "ec2.public-ip", "web");

        assertEquals(Severity.MEDIUM, f.severity());
    }

    @Test
    void publicIpInPrivateSubnetIsNotReportedAsAPublicIp() {
        assertSilent(analyze(Fixtures.privateInstanceWithSshOpenToWorld()), "ec2.public-ip");
    }

    @Test
    void instanceWithoutPublicIpInPublicSubnetHasNoPublicIp() {
        DiagramBuilder d = Fixtures.httpsOpenToWorld();
        d.get("web").set("publicIp", false);

        assertSilent(analyze(d), "ec2.public-ip");
    }

    @Test
    void imdsv1AllowedIsHigh() {
        Finding f = assertFires(analyze(Fixtures.instanceAllowingImdsv1()), "ec2.imdsv1-allowed", "app");

        assertEquals(Severity.HIGH, f.severity());
    }

    @Test
    void imdsv1IsAllowedByDefaultBecauseTheLaunchApiDefaultIsOptional() {
        // Required only with an IMDSv2 AMI or an account default, neither of which the diagram shows.
        assertFires(analyze(Fixtures.instanceWithDefaults()), "ec2.imdsv1-allowed", "app");
    }

    @Test
    void instanceWithoutRoleHasNoIamRole() {
        Analysis a = analyze(Fixtures.instanceWithDefaults());

        assertFires(a, "ec2.no-iam-role", "app");
        assertSilent(a, "ec2.stored-keys");
    }

    @Test
    void instanceWithRoleIsSilent() {
        DiagramBuilder d = Fixtures.instanceWithDefaults();
        Fixtures.withOwnRole(d, "app");

        assertSilent(analyze(d), "ec2.no-iam-role");
    }

    @Test
    void instanceCallingBucketWithoutRoleMustBeStoringKeys() {
        Analysis a = analyze(Fixtures.instanceCallingBucketWithoutRole());

        Finding f = assertFires(a, "ec2.stored-keys", "app", "data");
        assertEquals(Severity.HIGH, f.severity());
        assertSilent(a, "ec2.no-iam-role");
    }

    @Test
    void instanceCallingBucketWithRoleStoresNoKeys() {
        DiagramBuilder d = Fixtures.instanceCallingBucketWithoutRole();
        d.connect("app", "app-role");
        Analysis a = analyze(d);

        assertSilent(a, "ec2.stored-keys");
        assertSilent(a, "ec2.no-iam-role");
    }

    @Test
    void instanceCallingATableQueueOrTopicWithoutRoleMustBeStoringKeys() {
        Finding f = assertFires(analyze(Fixtures.instanceCallingTableWithoutRole()), "ec2.stored-keys", "app",
                "orders");
        assertEquals(Severity.HIGH, f.severity());
        for (String type : new String[] {"SQS", "SNS"}) {
            DiagramBuilder d = Fixtures.instanceCallingTableWithoutRole().disconnectAll();
            d.add(new ComponentType(type), "target").label("Messages");
            d.connect("app", "target");

            assertFires(analyze(d), "ec2.stored-keys", "app", "target");
        }
    }

    @Test
    void instanceCallingATableWithRoleStoresNoKeys() {
        DiagramBuilder d = Fixtures.instanceCallingTableWithoutRole();
        d.connect("app", "app-role");

        assertSilent(analyze(d), "ec2.stored-keys");
    }

    @Test
    void ebsUnencryptedByDefaultIsHigh() {
        Finding f = assertFires(analyze(Fixtures.instanceWithDefaults()), "ec2.ebs-unencrypted", "app");

        assertEquals(Severity.HIGH, f.severity());
    }

    @Test
    void encryptedEbsIsSilent() {
        DiagramBuilder d = Fixtures.instanceWithDefaults();
        d.get("app").set("ebsEncrypted", true);

        assertSilent(analyze(d), "ec2.ebs-unencrypted");
    }

    @Test
    void guestOsNotPatchManagedByDefault() {
        assertFires(analyze(Fixtures.instanceWithDefaults()), "ec2.not-patch-managed", "app");
    }

    @Test
    void patchManagedInstanceIsSilent() {
        DiagramBuilder d = Fixtures.instanceWithDefaults();
        d.get("app").set("patchManager", true);

        assertSilent(analyze(d), "ec2.not-patch-managed");
    }

    @Test
    void volumesNotBackedUpByDefault() {
        assertFires(analyze(Fixtures.instanceWithDefaults()), "ec2.no-backup-plan", "app");
    }

    @Test
    void instanceWithBackupPlanIsSilent() {
        DiagramBuilder d = Fixtures.instanceWithDefaults();
        d.get("app").set("backupPlan", true);

        assertSilent(analyze(d), "ec2.no-backup-plan");
    }
}
