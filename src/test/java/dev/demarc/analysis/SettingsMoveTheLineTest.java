package dev.demarc.analysis;

import static dev.demarc.analysis.FindingAsserts.analyze;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.demarc.catalog.Duty;
import dev.demarc.catalog.Layer;
import dev.demarc.catalog.Owner;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The few settings that move the line on a layer (the catalog's "when" entries), each checked against the
 * AWS fact it encodes, and the rest of the stack left alone.
 */
class SettingsMoveTheLineTest {

    private static ComponentAnalysis database(String property, boolean value) {
        DiagramBuilder d = Fixtures.network();
        Fixtures.hardenedDatabase(d, "db", "priv").set(property, value);
        return analyze(d).component("db").orElseThrow();
    }

    private static ComponentAnalysis database(String property, long value) {
        DiagramBuilder d = Fixtures.network();
        Fixtures.hardenedDatabase(d, "db", "priv").set(property, value);
        return analyze(d).component("db").orElseThrow();
    }

    private static ComponentAnalysis bucket(String encryption) {
        DiagramBuilder d = new DiagramBuilder();
        Fixtures.hardenedBucket(d, "files").set("encryption", encryption);
        return analyze(d).component("files").orElseThrow();
    }

    @Test
    void withAutomaticMinorUpgradesOnAwsPatchesTheEngineAndTheCustomerHasNoPatchDuty() {
        ComponentAnalysis db = database("autoMinorVersionUpgrade", true);

        assertFalse(db.layer(Layer.RUNTIME).duties().contains(Duty.PATCH));
        assertFalse(db.duties().contains(Duty.PATCH), "RDS patches OS and engine for you (RDS-WEL)");
    }

    @Test
    void switchingAutomaticMinorUpgradesOffHandsTheEnginePatchScheduleToTheCustomer() {
        ComponentAnalysis on = database("autoMinorVersionUpgrade", true);
        ComponentAnalysis off = database("autoMinorVersionUpgrade", false);

        assertTrue(off.layer(Layer.RUNTIME).duties().contains(Duty.PATCH));
        assertTrue(off.duties().contains(Duty.PATCH));
        assertEquals(Owner.SHARED, off.layer(Layer.RUNTIME).owner(), "AWS still supplies the patches");
        assertNotEquals(on.layer(Layer.RUNTIME).why(), off.layer(Layer.RUNTIME).why());
        assertSameExceptOn(on, off, Layer.RUNTIME);
    }

    @Test
    void aRetentionOfZeroDaysLeavesEveryBackupToTheCustomer() {
        ComponentAnalysis usual = database("backupRetentionDays", 7);
        ComponentAnalysis none = database("backupRetentionDays", 0);

        assertEquals(Owner.SHARED, usual.layer(Layer.BACKUP).owner());
        assertEquals(Owner.CUSTOMER, none.layer(Layer.BACKUP).owner());
        assertSameExceptOn(usual, none, Layer.BACKUP);
    }

    @Test
    void aCustomerManagedKeyAddsTheKeysAccessToTheCustomersDuties() {
        ComponentAnalysis awsKey = database("customerManagedKey", false);
        ComponentAnalysis ownKey = database("customerManagedKey", true);

        assertEquals(List.of(Duty.ENCRYPT), awsKey.layer(Layer.ENCRYPTION).duties());
        assertTrue(ownKey.layer(Layer.ENCRYPTION).duties().containsAll(List.of(Duty.ENCRYPT, Duty.GRANT_ACCESS)));
        assertSameExceptOn(awsKey, ownKey, Layer.ENCRYPTION);
    }

    @Test
    void choosingKmsForABucketMakesItsKeyPolicyTheCustomers() {
        ComponentAnalysis sseS3 = bucket("SSE-S3");
        for (String kms : List.of("SSE-KMS", "DSSE-KMS")) {
            ComponentAnalysis withKms = bucket(kms);
            assertTrue(withKms.layer(Layer.ENCRYPTION).duties().contains(Duty.GRANT_ACCESS), kms);
            assertSameExceptOn(sseS3, withKms, Layer.ENCRYPTION);
        }
        assertFalse(sseS3.layer(Layer.ENCRYPTION).duties().contains(Duty.GRANT_ACCESS));
    }

    @Test
    void componentsOfATypeWithoutSuchSettingsShareOneStack() {
        DiagramBuilder d = Fixtures.network();
        Fixtures.hardenedInstance(d, "a", "priv");
        Fixtures.hardenedInstance(d, "b", "pub").set("publicIp", true);
        Analysis a = analyze(d);

        assertTrue(a.component("a").orElseThrow().layers() == a.component("b").orElseThrow().layers(),
                "no per-component copy when no setting moves the line");
    }

    private static void assertSameExceptOn(ComponentAnalysis a, ComponentAnalysis b, Layer changed) {
        for (Layer l : Layer.values()) {
            if (l != changed) {
                assertEquals(a.layer(l), b.layer(l), l.id());
            }
        }
    }
}
