package dev.demarc.analysis;

import static dev.demarc.analysis.FindingAsserts.analyze;
import static dev.demarc.analysis.FindingAsserts.assertFires;
import static dev.demarc.analysis.FindingAsserts.assertSilent;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What stays the customer's on a function: deprecated runtimes, an open URL (R13), its role (R14), R12. */
class LambdaRulesTest {

    @Test
    void aZipFunctionOnADeprecatedRuntimeIsAPatchFinding() {
        Finding f = assertFires(analyze(Fixtures.functionOnDeprecatedRuntime()), "lambda.deprecated-runtime", "fn");

        assertEquals(Severity.MEDIUM, f.severity());
        assertTrue(f.message().contains("nodejs20.x") && f.message().contains("2026-04-30"), f.message());
    }

    @ParameterizedTest
    @ValueSource(strings = {"nodejs18.x", "python3.9"})
    void theRuntimesDeprecatedIn2025AreFound(String runtime) {
        DiagramBuilder d = Fixtures.functionOnDeprecatedRuntime();
        d.get("fn").set("runtime", runtime);

        assertFires(analyze(d), "lambda.deprecated-runtime", "fn");
    }

    @ParameterizedTest
    @ValueSource(strings = {"nodejs24.x", "nodejs22.x", "python3.14", "python3.13"})
    void aSupportedRuntimeIsNotAFinding(String runtime) {
        DiagramBuilder d = Fixtures.functionOnDeprecatedRuntime();
        d.get("fn").set("runtime", runtime);

        assertSilent(analyze(d), "lambda.deprecated-runtime");
    }

    @Test
    void aContainerImageCarriesItsOwnRuntimeSoTheManagedRuntimeIsNotJudged() {
        DiagramBuilder d = Fixtures.functionOnDeprecatedRuntime();
        d.get("fn").set("packageType", "image");

        assertSilent(analyze(d), "lambda.deprecated-runtime");
    }

    @Test
    void aFunctionUrlWithAuthNoneIsAPublicEndpoint() {
        Analysis a = analyze(Fixtures.functionWithOpenUrl());

        assertEquals(Severity.HIGH, assertFires(a, "lambda.url-public", "fn").severity());
        assertTrue(a.exposurePath("fn").isPresent(), "the overlay draws the way in");
    }

    @Test
    void aFunctionUrlWithIamAuthIsNotPublic() {
        DiagramBuilder d = Fixtures.functionWithOpenUrl();
        d.get("fn").set("functionUrlAuth", "AWS_IAM");

        Analysis a = analyze(d);
        assertSilent(a, "lambda.url-public");
        assertTrue(a.exposurePath("fn").isEmpty());
    }

    @Test
    void aFunctionCallingABucketWithoutARoleThatAllowsItHoldsKeys() {
        Finding f = assertFires(analyze(Fixtures.functionCallingBucketWithoutRole()), "lambda.stored-keys", "fn",
                "data");

        assertEquals(Severity.HIGH, f.severity());
    }

    @Test
    void aFunctionWhoseRoleAllowsTheCallsHoldsNoKeys() {
        DiagramBuilder d = Fixtures.functionCallingBucketWithoutRole();
        d.get("fn").set("roleGrantsDataAccess", true);

        assertSilent(analyze(d), "lambda.stored-keys");
    }

    @Test
    void aFunctionCallingNothingNeedsNoDataAccessInItsRole() {
        DiagramBuilder d = Fixtures.functionCallingBucketWithoutRole();
        d.disconnectAll();

        assertSilent(analyze(d), "lambda.stored-keys");
    }

    @Test
    void callsToATableAQueueOrATopicNeedCredentialsToo() {
        DiagramBuilder d = new DiagramBuilder();
        Fixtures.hardenedFunction(d, "fn").label("Orders function").set("roleGrantsDataAccess", false);
        Fixtures.hardenedService(d, "svc", null).label("Worker service");
        Fixtures.withoutOwnRole(d, "svc");
        Fixtures.hardenedTable(d, "orders").label("Orders table");
        Fixtures.hardenedQueue(d, "jobs").label("Jobs queue");
        d.connect("fn", "orders").connect("svc", "jobs");

        Analysis a = analyze(d);
        assertFires(a, "lambda.stored-keys", "fn", "orders");
        assertFires(a, "ecs.stored-keys", "svc", "jobs");
    }

    @Test
    void aFunctionInAPublicSubnetGetsNoInternetFromIt() {
        Finding f = assertFires(analyze(Fixtures.functionInPublicSubnet()), "lambda.in-public-subnet", "fn", "pub");

        assertEquals(Severity.LOW, f.severity());
        assertTrue(analyze(Fixtures.functionInPublicSubnet()).exposurePath("fn").isEmpty(),
                "a VPC-attached function has no public address, so the VPC is no way in");
    }

    @Test
    void aFunctionInAPrivateSubnetOrOutsideTheVpcIsNotMisplaced() {
        DiagramBuilder d = Fixtures.functionInPublicSubnet();
        d.get("fn").in("priv");
        assertSilent(analyze(d), "lambda.in-public-subnet");
        d.get("fn").topLevel();
        Analysis outside = analyze(d);
        assertSilent(outside, "lambda.in-public-subnet");
        assertSilent(outside, "placement.missing-parent");
    }
}
