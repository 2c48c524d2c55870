package dev.demarc.analysis;

import static dev.demarc.analysis.FindingAsserts.CATALOG;
import static dev.demarc.analysis.FindingAsserts.analyze;
import static dev.demarc.catalog.Owner.AWS;
import static dev.demarc.catalog.Owner.CUSTOMER;
import static dev.demarc.catalog.Owner.NONE;
import static dev.demarc.catalog.Owner.SHARED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.demarc.catalog.Layer;
import dev.demarc.catalog.LayerSpec;
import dev.demarc.catalog.Owner;
import dev.demarc.model.ComponentType;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every component's fourteen-layer stack: in Layer order, owned as the catalog and the domain reference say. */
class LayerStackTest {

    /**
     * Owners bottom (facilities) to top (logging), from the domain reference's stack tables: section 1
     * (EC2), 2 (RDS), 3 (S3), 4 (CloudFront) and 5 (VPC).
     */
    private static final Map<String, List<Owner>> REFERENCE = Map.of(
            "EC2", List.of(AWS, AWS, AWS, AWS, AWS, CUSTOMER, CUSTOMER, CUSTOMER, CUSTOMER, CUSTOMER, CUSTOMER,
                    SHARED, CUSTOMER, SHARED),
            "RDS", List.of(AWS, AWS, AWS, AWS, AWS, AWS, SHARED, CUSTOMER, CUSTOMER, CUSTOMER, CUSTOMER, SHARED,
                    SHARED, SHARED),
            // Logging is SHARED wherever AWS publishes metrics for the resource unasked (issue 11, section 3).
            "S3", List.of(AWS, AWS, AWS, AWS, AWS, AWS, AWS, NONE, CUSTOMER, CUSTOMER, CUSTOMER, SHARED, SHARED,
                    SHARED),
            "CLOUDFRONT", List.of(AWS, AWS, AWS, AWS, AWS, AWS, AWS, CUSTOMER, CUSTOMER, CUSTOMER, CUSTOMER, SHARED,
                    NONE, SHARED),
            "VPC", List.of(AWS, AWS, AWS, AWS, AWS, NONE, NONE, NONE, CUSTOMER, CUSTOMER, NONE, SHARED, NONE,
                    CUSTOMER));

    /** One component of every type, some of them misconfigured, so stacks are seen next to findings. */
    private static Analysis oneOfEach() {
        DiagramBuilder d = Fixtures.network();
        d.ec2("web").in("pub").set("publicIp", true);
        d.rds("db").in("priv");
        d.s3("bucket");
        d.cloudFront("cdn");
        d.connect("cdn", "bucket").connect("web", "bucket");
        return analyze(d);
    }

    @Test
    void everyComponentHasFourteenLayersInStackOrder() {
        for (ComponentAnalysis c : oneOfEach().components()) {
            assertEquals(14, c.layers().size(), c.component().id());
            assertEquals(Arrays.asList(Layer.values()), c.layers().stream().map(LayerAssessment::layer).toList(),
                    c.component().id());
            for (Layer l : Layer.values()) {
                assertEquals(l, c.layer(l).layer());
            }
        }
    }

    @Test
    void everyLayerIsAsTheCatalogSays() {
        for (ComponentAnalysis c : oneOfEach().components()) {
            List<LayerSpec> spec = CATALOG.spec(c.component().type()).layers();
            for (int i = 0; i < spec.size(); i++) {
                LayerAssessment got = c.layers().get(i);
                String where = c.component().id() + " " + got.layer();
                assertEquals(spec.get(i).owner(), got.owner(), where);
                assertEquals(spec.get(i).duties(), got.duties(), where);
                assertEquals(spec.get(i).why(), got.why(), where);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"EC2", "RDS", "S3", "CLOUDFRONT", "VPC"})
    void ownersMatchTheDomainReference(String type) {
        ComponentAnalysis c = oneOfEach().components().stream()
                .filter(x -> x.component().type().equals(new ComponentType(type))).findFirst().orElseThrow();

        assertEquals(REFERENCE.get(type), c.layers().stream().map(LayerAssessment::owner).toList());
    }

    @Test
    void subnetStackIsTheVpcStack() {
        Analysis a = oneOfEach();

        assertEquals(REFERENCE.get("VPC"),
                a.component("pub").orElseThrow().layers().stream().map(LayerAssessment::owner).toList());
    }

    @Test
    void guestOsIsTheCustomersOnEc2ButAwsOnRds() {
        Analysis a = oneOfEach();

        assertEquals(CUSTOMER, a.component("web").orElseThrow().layer(Layer.GUEST_OS).owner());
        assertEquals(AWS, a.component("db").orElseThrow().layer(Layer.GUEST_OS).owner());
    }

    @Test
    void s3HasNoApplicationLayer() {
        assertEquals(NONE, oneOfEach().component("bucket").orElseThrow().layer(Layer.APPLICATION).owner());
    }

    @Test
    void demarcationLineSitsWhereAwsStops() {
        Analysis a = oneOfEach();

        assertEquals(Optional.of(Layer.MANAGED_SERVICE), a.component("web").orElseThrow().highestAwsLayer());
        assertEquals(Optional.of(Layer.GUEST_OS), a.component("db").orElseThrow().highestAwsLayer());
        assertEquals(Optional.of(Layer.RUNTIME), a.component("bucket").orElseThrow().highestAwsLayer());
        assertEquals(Optional.of(Layer.RUNTIME), a.component("cdn").orElseThrow().highestAwsLayer());
        assertEquals(Optional.of(Layer.MANAGED_SERVICE), a.component("vpc").orElseThrow().highestAwsLayer());
    }

    @Test
    void stackDoesNotDependOnSettings() {
        DiagramBuilder hardened = Fixtures.network();
        Fixtures.hardenedInstance(hardened, "web", "priv");

        assertEquals(analyze(hardened).component("web").orElseThrow().layers(),
                oneOfEach().component("web").orElseThrow().layers());
    }

    @Test
    void eachComponentCarriesExactlyTheFindingsThatConcernIt() {
        Analysis a = oneOfEach();
        for (ComponentAnalysis c : a.components()) {
            String id = c.component().id();
            assertEquals(a.findings().stream().filter(f -> f.concerns(id)).toList(), c.findings(), id);
        }
        // The bucket the instance calls without a role shares that finding.
        assertTrue(a.component("bucket").orElseThrow().findings().stream()
                .anyMatch(f -> f.rule().equals("ec2.stored-keys")));
    }
}
