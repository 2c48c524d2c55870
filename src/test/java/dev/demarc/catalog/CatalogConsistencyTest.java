package dev.demarc.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.demarc.model.ComponentType;
import dev.demarc.model.PropertyValue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The built-in catalog is complete and explains itself. */
class CatalogConsistencyTest {

    private static final List<String> LAYER_IDS = List.of("facilities", "hardware", "virtualization",
            "network-infrastructure", "managed-service", "guest-os", "runtime", "application", "network-config",
            "identity-access", "data", "encryption", "backup", "logging");

    private final Catalog catalog = Catalog.builtIn();

    @Test
    void knowsTheBuiltInTypesInPaletteOrder() {
        assertEquals(List.of("VPC", "SUBNET", "EC2", "RDS", "S3", "CLOUDFRONT", "LAMBDA", "ECS", "EKS", "API_GATEWAY",
                "DYNAMODB", "SQS", "SNS", "APPLICATION_LOAD_BALANCER", "NAT_GATEWAY", "IAM_ROLE", "KMS_KEY"),
                catalog.types().stream().map(t -> t.type().id()).toList());
    }

    @Test
    void layerVocabularyHasTheFourteenLayersInStackOrder() {
        assertEquals(LAYER_IDS, catalog.layers().stream().map(l -> l.layer().id()).toList());
        catalog.layers().forEach(l -> assertFalse(l.name().isBlank(), l.layer().id()));
    }

    @Test
    void everyTypeHasAllFourteenLayersInOrder() {
        for (TypeSpec t : catalog.types()) {
            assertEquals(LAYER_IDS, t.layers().stream().map(l -> l.layer().id()).toList(), t.type().id());
        }
    }

    @Test
    void everyCustomerOrSharedLayerExplainsItselfWithDutiesAndSources() {
        for (TypeSpec t : catalog.types()) {
            for (LayerSpec l : t.layers()) {
                String where = t.type() + "/" + l.layer().id();
                assertTrue(l.why().length() > 20, where + " needs a why");
                if (l.owner().involvesCustomer()) {
                    assertFalse(l.duties().isEmpty(), where + " is the customer's but lists no duty");
                    assertFalse(l.sources().isEmpty(), where + " cites no source");
                } else {
                    assertTrue(l.duties().isEmpty(), where + " is not the customer's but lists duties");
                }
            }
        }
    }

    @Test
    void everySourceIsAnAwsDocumentationAddress() {
        assertFalse(catalog.sources().isEmpty());
        catalog.sources().values().forEach(s -> assertTrue(s.url().matches("https://([a-z0-9]+\\.)*(aws\\.amazon\\.com"
                + "|docs\\.aws\\.amazon\\.com|awsstatic\\.com)/.*"), s.tag() + " " + s.url()));
    }

    @Test
    void ownersFollowTheDomainReference() {
        // Spot checks of the reference's stack tables (sections 1-5), written out by hand.
        assertEquals(Owner.CUSTOMER, owner("EC2", Layer.GUEST_OS));
        assertEquals(Owner.AWS, owner("EC2", Layer.VIRTUALIZATION));
        assertEquals(Owner.SHARED, owner("EC2", Layer.ENCRYPTION));
        assertEquals(Owner.AWS, owner("RDS", Layer.GUEST_OS));
        assertEquals(Owner.SHARED, owner("RDS", Layer.RUNTIME));
        assertEquals(Owner.SHARED, owner("RDS", Layer.BACKUP));
        assertEquals(Owner.NONE, owner("S3", Layer.APPLICATION));
        // Logging is shared wherever AWS publishes metrics for the resource without being asked (issue 11).
        assertEquals(Owner.SHARED, owner("S3", Layer.LOGGING));
        assertEquals(Owner.SHARED, owner("CLOUDFRONT", Layer.LOGGING));
        assertEquals(Owner.CUSTOMER, owner("VPC", Layer.LOGGING));
        assertEquals(Owner.NONE, owner("CLOUDFRONT", Layer.BACKUP));
        assertEquals(Owner.CUSTOMER, owner("CLOUDFRONT", Layer.APPLICATION));
        assertEquals(Owner.NONE, owner("VPC", Layer.GUEST_OS));
        assertEquals(Owner.CUSTOMER, owner("VPC", Layer.NETWORK_CONFIG));
    }

    @Test
    void computeOwnersFollowTheMoreServicesReference() {
        // aws-more-services.md sections 1-3 and 7, written out by hand.
        assertEquals(Owner.AWS, owner("LAMBDA", Layer.GUEST_OS), "zip: Lambda patches the OS");
        assertEquals(Owner.SHARED, owner("LAMBDA", Layer.RUNTIME));
        assertEquals(Owner.SHARED, owner("LAMBDA", Layer.ENCRYPTION));
        assertEquals(Owner.CUSTOMER, owner("ECS", Layer.GUEST_OS), "the EC2 launch type is the usual stack");
        assertEquals(Owner.CUSTOMER, owner("ECS", Layer.RUNTIME));
        assertEquals(Owner.AWS, owner("ECS", Layer.MANAGED_SERVICE));
        // The reference's design note says CUSTOMER; ECS and API Gateway publish metrics unasked (issue 11's rule).
        assertEquals(Owner.SHARED, owner("ECS", Layer.LOGGING));
        assertEquals(Owner.AWS, owner("EKS", Layer.MANAGED_SERVICE), "AWS runs the control plane");
        assertEquals(Owner.SHARED, owner("EKS", Layer.GUEST_OS), "managed node groups");
        assertEquals(Owner.SHARED, owner("EKS", Layer.ENCRYPTION));
        assertEquals(Owner.AWS, owner("API_GATEWAY", Layer.RUNTIME));
        assertEquals(Owner.CUSTOMER, owner("API_GATEWAY", Layer.IDENTITY_ACCESS));
        assertEquals(Owner.SHARED, owner("API_GATEWAY", Layer.LOGGING));
    }

    @Test
    void theLaunchTypeAndNodeTypeMoveTheLineOnTheHostLayers() {
        TypeSpec ecs = catalog.spec(new ComponentType("ECS"));
        for (Layer layer : List.of(Layer.GUEST_OS, Layer.RUNTIME)) {
            LayerVariant fargate = ecs.layer(layer).variants().get(0);
            assertEquals("launchType", fargate.property());
            assertTrue(fargate.appliesTo(new PropertyValue.Text("FARGATE")));
            assertEquals(Owner.AWS, fargate.owner(), layer + " on Fargate is AWS's (ECS-R1)");
        }
        List<LayerVariant> nodes = catalog.spec(new ComponentType("EKS")).layer(Layer.GUEST_OS).variants();
        assertEquals(List.of(Owner.CUSTOMER, Owner.AWS), nodes.stream().map(LayerVariant::owner).toList(),
                "self-managed nodes are the customer's, Fargate's are AWS's (EKS-R2)");
    }

    @Test
    void managedDataOwnersFollowTheSecondReference() {
        // aws-more-services.md sections 4-6, written out by hand.
        for (String type : List.of("DYNAMODB", "SQS", "SNS")) {
            for (Layer layer : List.of(Layer.FACILITIES, Layer.MANAGED_SERVICE, Layer.GUEST_OS, Layer.RUNTIME)) {
                assertEquals(Owner.AWS, owner(type, layer), type + " " + layer.id());
            }
            assertEquals(Owner.NONE, owner(type, Layer.APPLICATION), type);
            assertEquals(Owner.CUSTOMER, owner(type, Layer.NETWORK_CONFIG), type);
            assertEquals(Owner.CUSTOMER, owner(type, Layer.IDENTITY_ACCESS), type);
            assertEquals(Owner.CUSTOMER, owner(type, Layer.DATA), type);
            assertEquals(Owner.SHARED, owner(type, Layer.ENCRYPTION), type);
            // The reference leaves logging to the customer as a design note; Demarc keeps its own rule of issue 11:
            // shared wherever AWS publishes metrics for the resource without being asked.
            assertEquals(Owner.SHARED, owner(type, Layer.LOGGING), type);
        }
        assertEquals(Owner.SHARED, owner("DYNAMODB", Layer.BACKUP));
        assertEquals(Owner.NONE, owner("SQS", Layer.BACKUP));
        assertEquals(Owner.NONE, owner("SNS", Layer.BACKUP));
    }

    @Test
    void everyTypeHasExamSignalsWithSources() {
        for (TypeSpec t : catalog.types()) {
            assertTrue(t.examSignals().size() >= 3, t.type() + " has too few exam signals");
            t.examSignals().forEach(s -> {
                assertTrue(s.question().endsWith("?"), s.question());
                assertFalse(s.answer().isBlank());
                assertFalse(s.sources().isEmpty(), s.question());
            });
        }
    }

    @Test
    void propertyDefaultsAreTheFormatsDefaults() {
        // The defaults of issue #2's file format, which instructors rely on.
        assertEquals("false", defaultOf("VPC", "internetGateway"));
        assertEquals("10.0.0.0/16", defaultOf("VPC", "cidr"));
        assertEquals("false", defaultOf("EC2", "imdsv2Required"));
        assertEquals("1", defaultOf("RDS", "backupRetentionDays"));
        assertEquals("true", defaultOf("RDS", "autoMinorVersionUpgrade"));
        assertEquals("true", defaultOf("S3", "blockPublicAccess"));
        assertEquals("SSE-S3", defaultOf("S3", "encryption"));
        assertEquals("allow-all", defaultOf("CLOUDFRONT", "viewerProtocolPolicy"));
        assertEquals("TLSv1", defaultOf("CLOUDFRONT", "minimumTls"));
        assertEquals("Auto", defaultOf("LAMBDA", "runtimeUpdateMode"));
        assertEquals("no-url", defaultOf("LAMBDA", "functionUrlAuth"));
        assertEquals("false", defaultOf("ECS", "assignPublicIp"));
        assertEquals("unknown", defaultOf("IAM_ROLE", "permissions"));
        assertEquals("false", defaultOf("KMS_KEY", "rotation"));
        assertEquals("true", defaultOf("EKS", "endpointPublicAccess"));
        assertEquals("0.0.0.0/0", defaultOf("EKS", "publicAccessCidrs"));
        assertEquals("false", defaultOf("EKS", "controlPlaneLogging"));
        assertEquals("EDGE", defaultOf("API_GATEWAY", "endpointType"));
        assertEquals("false", defaultOf("API_GATEWAY", "logging"));
        assertEquals("aws-owned", defaultOf("DYNAMODB", "keyType"));
        assertEquals("false", defaultOf("DYNAMODB", "pointInTimeRecovery"));
        assertEquals("none", defaultOf("DYNAMODB", "resourcePolicy"));
        assertEquals("SSE-SQS", defaultOf("SQS", "encryption"));
        assertEquals("none", defaultOf("SNS", "encryption"));
    }

    @Test
    void everyPropertyHasHelpAGroupAndAValidDefault() {
        for (TypeSpec t : catalog.types()) {
            for (PropertySpec p : t.properties()) {
                String where = t.type() + "." + p.name();
                assertTrue(p.help().length() > 20, where + " needs help text");
                assertFalse(p.group().isBlank(), where);
                assertTrue(p.problemWith(p.defaultValue()).isEmpty(), where + " default is invalid");
            }
        }
    }

    @Test
    void everyTypeHasAnIconInTheIconsFolder() {
        for (TypeSpec t : catalog.types()) {
            Path icon = Path.of("icons", t.icon());
            assertTrue(Files.isRegularFile(icon), icon + " is missing");
        }
    }

    @Test
    void containersAreExactlyVpcAndSubnet() {
        assertEquals(List.of(ComponentType.VPC, ComponentType.SUBNET),
                catalog.types().stream().filter(TypeSpec::container).map(TypeSpec::type).toList());
    }

    @Test
    void loaderNamesTheFileAndFieldOfABrokenCatalog() {
        String brokenIndex = "{\"layers\": []}";
        CatalogException e = assertThrows(CatalogException.class, () -> new CatalogLoader(name ->
                name.equals("catalog.json") ? stream(brokenIndex) : null).load());
        assertTrue(e.getMessage().contains("catalog.json"), e.getMessage());
        assertTrue(e.getMessage().contains("layers"), e.getMessage());
    }

    @Test
    void loaderReportsAMissingTypeFile() {
        CatalogException e = assertThrows(CatalogException.class, () -> new CatalogLoader(name ->
                name.startsWith("types/EC2") ? null : builtInResource(name)).load());
        assertTrue(e.getMessage().contains("types/EC2.json"), e.getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "\"property\": \"noSuchSetting\", \"is\": false | 'noSuchSetting' is not a property of this type",
        "\"property\": \"autoMinorVersionUpgrade\", \"is\": \"yes\" | does not fit property 'autoMinorVersionUpgrade'",
        "\"property\": \"engine\", \"in\": [\"db2\"] | does not fit property 'engine'",
        "\"property\": \"autoMinorVersionUpgrade\" | needs 'is' or 'in'",
        "\"property\": \"engine\", \"in\": \"mysql\" | layers.runtime.when[0].in: must be a list"})
    void loaderRefusesAWhenEntryThatCannotApply(String entry, String expected) {
        CatalogException e = assertThrows(CatalogException.class, () -> new CatalogLoader(name -> {
            if (!name.equals("types/RDS.json")) {
                return builtInResource(name);
            }
            try (InputStream in = builtInResource(name)) {
                String rds = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                String variant = "\"when\": [{" + entry + ", \"owner\": \"SHARED\", \"duties\": [], "
                        + "\"why\": \"x\", \"sources\": []}]";
                // Replaces the first layer's variants (the runtime's) with the broken one.
                String changed = rds.replaceFirst("(?s)\"when\": \\[.*?\\]\\s*\\}\\s*\\]",
                        Matcher.quoteReplacement(variant));
                assertTrue(!changed.equals(rds), "the test must find a when entry to replace");
                return stream(changed);
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        }).load());
        assertTrue(e.getMessage().contains(expected), e.getMessage());
        assertTrue(e.getMessage().contains("RDS"), e.getMessage());
    }

    private Owner owner(String type, Layer layer) {
        return catalog.spec(new ComponentType(type)).layer(layer).owner();
    }

    private String defaultOf(String type, String property) {
        PropertySpec p = catalog.spec(new ComponentType(type)).property(property).orElseThrow();
        assertNotNull(p.defaultValue());
        return p.defaultValue().display();
    }

    private static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private static InputStream builtInResource(String name) {
        InputStream in = CatalogLoader.class.getResourceAsStream("/dev/demarc/catalog/" + name);
        if (in == null) {
            throw new UncheckedIOException(new IOException("missing " + name));
        }
        return in;
    }
}
