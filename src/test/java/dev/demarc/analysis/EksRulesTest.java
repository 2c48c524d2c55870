package dev.demarc.analysis;

import static dev.demarc.analysis.FindingAsserts.analyze;
import static dev.demarc.analysis.FindingAsserts.assertFires;
import static dev.demarc.analysis.FindingAsserts.assertSilent;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.demarc.catalog.Layer;
import dev.demarc.catalog.Owner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** EKS: the public endpoint (R20), control plane logs, and the node type that moves the line (EKS-R2). */
class EksRulesTest {

    @Test
    void aNewClusterHasItsApiEndpointOpenToTheWholeInternet() {
        Analysis a = analyze(Fixtures.clusterWithDefaults());

        assertEquals(Severity.HIGH, assertFires(a, "eks.endpoint-open-to-world", "k8s").severity());
        assertEquals(Severity.MEDIUM, assertFires(a, "eks.no-control-plane-logs", "k8s").severity());
    }

    @ParameterizedTest
    @ValueSource(strings = {"::/0", "0::/0", "0.0.0.0/0"})
    void everySpellingOfAnywhereOpensTheEndpoint(String anywhere) {
        DiagramBuilder d = Fixtures.clusterWithDefaults();
        d.get("k8s").set("publicAccessCidrs", anywhere);

        assertFires(analyze(d), "eks.endpoint-open-to-world", "k8s");
    }

    @Test
    void aPublicEndpointLimitedToTheOfficeOrSwitchedOffIsNotOpen() {
        DiagramBuilder limited = Fixtures.clusterWithDefaults();
        limited.get("k8s").set("publicAccessCidrs", "203.0.113.0/24");
        assertSilent(analyze(limited), "eks.endpoint-open-to-world");
        assertSilent(analyze(Fixtures.clusterOnSelfManagedNodes()), "eks.endpoint-open-to-world");
    }

    @Test
    void selfManagedNodesAreTheCustomersToPatch() {
        assertEquals(Severity.INFO, assertFires(analyze(Fixtures.clusterOnSelfManagedNodes()),
                "eks.self-managed-nodes", "k8s").severity());
        assertSilent(analyze(Fixtures.clusterWithDefaults()), "eks.self-managed-nodes");
        assertSilent(analyze(Fixtures.clusterOnSelfManagedNodes()), "eks.no-control-plane-logs");
    }

    @ParameterizedTest
    @CsvSource({"self-managed, CUSTOMER", "managed-node-group, SHARED", "fargate, AWS"})
    void theNodeTypeMovesTheNodeOperatingSystem(String nodeType, Owner expected) {
        DiagramBuilder d = Fixtures.clusterWithDefaults();
        d.get("k8s").set("nodeType", nodeType);

        assertEquals(expected, analyze(d).component("k8s").orElseThrow().layer(Layer.GUEST_OS).owner());
    }
}
