package dev.demarc.analysis;

import static dev.demarc.analysis.FindingAsserts.CATALOG;
import static dev.demarc.analysis.FindingAsserts.analyze;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.demarc.catalog.Duty;
import dev.demarc.catalog.Layer;
import dev.demarc.catalog.LayerSpec;
import dev.demarc.catalog.LayerVariant;
import dev.demarc.catalog.Owner;
import dev.demarc.model.ComponentType;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The managed-data end of the spectrum: from RDS to DynamoDB the line climbs past the database engine, and the
 * key settings of DynamoDB, SQS and SNS move the key's access to the customer as they do for RDS and S3.
 */
class ManagedDataStackTest {

    private static ComponentAnalysis stackOf(DiagramBuilder d, String id) {
        return analyze(d).component(id).orElseThrow();
    }

    private static ComponentAnalysis database() {
        DiagramBuilder d = Fixtures.network();
        Fixtures.hardenedDatabase(d, "db", "priv");
        return stackOf(d, "db");
    }

    private static ComponentAnalysis table(String keyType) {
        DiagramBuilder d = new DiagramBuilder();
        Fixtures.hardenedTable(d, "orders").set("keyType", keyType);
        return stackOf(d, "orders");
    }

    @Test
    void fromRdsToDynamoDbTheLineClimbsPastTheEngine() {
        ComponentAnalysis rds = database();
        ComponentAnalysis dynamo = table("aws-owned");

        // RDS: AWS patches the engine but the version, parameters and window are the customer's (RDS-WEL).
        assertEquals(Optional.of(Layer.GUEST_OS), rds.highestAwsLayer());
        assertEquals(Owner.SHARED, rds.layer(Layer.RUNTIME).owner());
        // DynamoDB: no engine, version or window at all (DDB-CVA); no customer code in it either.
        assertEquals(Optional.of(Layer.RUNTIME), dynamo.highestAwsLayer());
        assertEquals(Owner.AWS, dynamo.layer(Layer.RUNTIME).owner());
        assertEquals(Owner.CUSTOMER, rds.layer(Layer.APPLICATION).owner());
        assertEquals(Owner.NONE, dynamo.layer(Layer.APPLICATION).owner());
    }

    @Test
    void noSettingOfATableQueueOrTopicGivesTheCustomerSomethingToPatch() {
        for (String type : List.of("DYNAMODB", "SQS", "SNS")) {
            for (LayerSpec layer : CATALOG.spec(new ComponentType(type)).layers()) {
                assertFalse(layer.duties().contains(Duty.PATCH), type + " " + layer.layer().id());
                for (LayerVariant v : layer.variants()) {
                    assertFalse(v.duties().contains(Duty.PATCH), type + " " + layer.layer().id() + " when " + v);
                }
            }
        }
    }

    @Test
    void aCustomerManagedKeyMakesTheTablesKeyPolicyTheCustomers() {
        ComponentAnalysis owned = table("aws-owned");
        ComponentAnalysis managed = table("aws-managed");
        ComponentAnalysis own = table("customer-managed");

        assertEquals(List.of(Duty.ENCRYPT), owned.layer(Layer.ENCRYPTION).duties());
        assertEquals(owned.layer(Layer.ENCRYPTION), managed.layer(Layer.ENCRYPTION));
        assertTrue(own.layer(Layer.ENCRYPTION).duties().contains(Duty.GRANT_ACCESS));
        assertSameExceptOn(owned, own, Layer.ENCRYPTION);
    }

    @Test
    void aKmsKeyOnAQueueOrTopicMakesItsKeyPolicyTheCustomers() {
        DiagramBuilder d = new DiagramBuilder();
        d.sqs("sse-sqs").set("encryption", "SSE-SQS");
        d.sqs("kms-queue").set("encryption", "SSE-KMS");
        d.sns("plain").set("encryption", "none");
        d.sns("kms-topic").set("encryption", "SSE-KMS");
        Analysis a = analyze(d);

        assertFalse(a.component("sse-sqs").orElseThrow().layer(Layer.ENCRYPTION).duties().contains(Duty.GRANT_ACCESS));
        assertTrue(a.component("kms-queue").orElseThrow().layer(Layer.ENCRYPTION).duties()
                .contains(Duty.GRANT_ACCESS));
        assertFalse(a.component("plain").orElseThrow().layer(Layer.ENCRYPTION).duties().contains(Duty.GRANT_ACCESS));
        assertTrue(a.component("kms-topic").orElseThrow().layer(Layer.ENCRYPTION).duties()
                .contains(Duty.GRANT_ACCESS));
    }

    private static void assertSameExceptOn(ComponentAnalysis a, ComponentAnalysis b, Layer changed) {
        for (Layer l : Layer.values()) {
            if (l != changed) {
                assertEquals(a.layer(l), b.layer(l), l.id());
            }
        }
    }
}
