package dev.demarc.analysis;

import static dev.demarc.analysis.FindingAsserts.analyze;
import static dev.demarc.analysis.FindingAsserts.assertFires;
import static dev.demarc.analysis.FindingAsserts.assertSilent;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.demarc.catalog.Duty;
import org.junit.jupiter.api.Test;

/**
 * IAM roles as components: a broad role judged on the workloads that assume it, wherever they sit (IAM-R1), a
 * trust policy open to anyone (IAM-R2), and a drawn role standing in for the old role settings (R14).
 */
class IamRoleRulesTest {

    @Test
    void anAdministratorRoleOnAnInstanceTheInternetReachesIsCritical() {
        Finding f = assertFires(analyze(Fixtures.adminRoleOnReachableInstance()), "iam.broad-role-reachable",
                "role", "web");

        assertEquals(Severity.CRITICAL, f.severity());
        assertEquals(Duty.GRANT_ACCESS, f.category());
    }

    @Test
    void aWildcardActionRoleCountsAsBroad() {
        DiagramBuilder d = Fixtures.adminRoleOnReachableInstance();
        d.get("role").set("permissions", "wildcard-actions");

        assertFires(analyze(d), "iam.broad-role-reachable", "role", "web");
    }

    @Test
    void theArrowMayPointFromTheRoleToTheWorkload() {
        DiagramBuilder d = Fixtures.adminRoleOnReachableInstance();
        d.disconnectAll().connect("role", "web");

        assertFires(analyze(d), "iam.broad-role-reachable", "role", "web");
    }

    @Test
    void aPrivateSubnetDoesNotExcuseABroadRole() {
        Analysis a = analyze(Fixtures.adminRoleOnPrivateInstance());

        Finding f = assertFires(a, "iam.broad-role-private", "role", "app");
        assertEquals(Severity.HIGH, f.severity());
        assertTrue(f.message().contains("placement is not authorization"), f.message());
        assertTrue(f.message().contains("in the private subnet Subnet 'Private subnet' (priv)"), f.message());
        assertSilent(a, "iam.broad-role-reachable");
    }

    @Test
    void aReachableWorkloadGetsOnlyTheReachableFinding() {
        assertSilent(analyze(Fixtures.adminRoleOnReachableInstance()), "iam.broad-role-private");
    }

    @Test
    void narrowerPermissionsAreSilentWherever() {
        for (String permissions : new String[] {"unknown", "least-privilege", "wildcard-resources"}) {
            for (DiagramBuilder d : new DiagramBuilder[] {Fixtures.adminRoleOnReachableInstance(),
                    Fixtures.adminRoleOnPrivateInstance()}) {
                d.get("role").set("permissions", permissions);
                Analysis a = analyze(d);

                assertSilent(a, "iam.broad-role-reachable");
                assertSilent(a, "iam.broad-role-private");
            }
        }
    }

    @Test
    void aBroadRoleNoWorkloadUsesIsNotJudgedOnPlacement() {
        DiagramBuilder d = Fixtures.adminRoleOnPrivateInstance();
        d.disconnectAll();
        Analysis a = analyze(d);

        assertSilent(a, "iam.broad-role-private");
        assertSilent(a, "iam.broad-role-reachable");
    }

    @Test
    void aRoleAnyoneMayAssumeIsReported() {
        Finding f = assertFires(analyze(Fixtures.roleTrustingAnyone()), "iam.trust-any-principal", "role");

        assertEquals(Severity.HIGH, f.severity());
    }

    @Test
    void aRoleTrustingItsServiceIsSilent() {
        DiagramBuilder d = Fixtures.roleTrustingAnyone();
        d.get("role").set("trust", "expected-service");

        assertSilent(analyze(d), "iam.trust-any-principal");
    }

    @Test
    void aWorkloadsRoleThatTrustsOnlyAnAccountCannotBeAssumedByIt() {
        assertFires(analyze(Fixtures.functionRoleTrustingTheAccount()), "iam.role-not-trusted-by-service", "role",
                "fn");
        DiagramBuilder other = Fixtures.functionRoleTrustingTheAccount();
        other.get("role").set("trust", "other-account");
        assertFires(analyze(other), "iam.role-not-trusted-by-service", "role", "fn");
    }

    @Test
    void aRoleTrustingTheServiceOrUsedByNoWorkloadIsTrustedEnough() {
        DiagramBuilder trusted = Fixtures.functionRoleTrustingTheAccount();
        trusted.get("role").set("trust", "expected-service");
        assertSilent(analyze(trusted), "iam.role-not-trusted-by-service");

        DiagramBuilder unused = Fixtures.functionRoleTrustingTheAccount();
        unused.disconnectAll();
        assertSilent(analyze(unused), "iam.role-not-trusted-by-service");
    }

    @Test
    void aDrawnRoleIsTheInstanceProfileTheTaskRoleAndTheExecutionRole() {
        DiagramBuilder instance = Fixtures.instanceCallingBucketWithoutRole();
        Fixtures.hardenedRole(instance, "role");
        instance.connect("app", "role");
        assertSilent(analyze(instance), "ec2.stored-keys");

        DiagramBuilder tasks = Fixtures.tasksCallingBucketWithoutRole();
        Fixtures.hardenedRole(tasks, "role");
        tasks.connect("role", "svc");
        assertSilent(analyze(tasks), "ecs.stored-keys");

        DiagramBuilder function = Fixtures.functionCallingBucketWithoutRole();
        Fixtures.hardenedRole(function, "role");
        function.connect("fn", "role");
        assertSilent(analyze(function), "lambda.stored-keys");
    }

    @Test
    void anInstanceWithoutADrawnRoleStillNeedsOne() {
        DiagramBuilder d = Fixtures.instanceCallingBucketWithoutRole();
        Fixtures.hardenedRole(d, "role");

        assertFires(analyze(d), "ec2.stored-keys", "app", "data");
    }

    @Test
    void aRoleOrKeyDrawnInsideASubnetIsMisplaced() {
        DiagramBuilder d = Fixtures.adminRoleOnPrivateInstance();
        d.get("role").in("priv");
        Fixtures.hardenedKey(d, "key").label("Data key").in("vpc");
        Analysis a = analyze(d);

        assertFires(a, "placement.regional-service-in-vpc", "role", "priv");
        assertFires(a, "placement.regional-service-in-vpc", "key", "vpc");
        Finding f = assertFires(a, "iam.broad-role-private", "role", "app");
        assertTrue(f.message().contains("placement is not authorization"), "a role in the subnet is still judged");
    }

    @Test
    void aBroadRoleOnAFunctionOutsideAnyVpcIsStillAFindingWithoutNamingASubnet() {
        DiagramBuilder d = Fixtures.functionRoleTrustingTheAccount();
        d.get("role").set("trust", "expected-service").set("permissions", "administrator");

        Finding f = assertFires(analyze(d), "iam.broad-role-private", "role", "fn");
        assertTrue(!f.message().contains("subnet"), f.message());
    }
}
