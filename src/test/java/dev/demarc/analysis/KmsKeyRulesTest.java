package dev.demarc.analysis;

import static dev.demarc.analysis.FindingAsserts.analyze;
import static dev.demarc.analysis.FindingAsserts.assertFires;
import static dev.demarc.analysis.FindingAsserts.assertSilent;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * KMS keys as components: what a customer managed key leaves to the customer (rotation, key policy, deletion),
 * resources whose settings disagree with the key drawn on them, and a bucket key CloudFront cannot use (R10).
 */
class KmsKeyRulesTest {

    @Test
    void aCustomerManagedKeyWithoutRotationIsHigh() {
        Finding f = assertFires(analyze(Fixtures.keyWithoutRotation()), "kms.rotation-off", "key");

        assertEquals(Severity.HIGH, f.severity());
    }

    @Test
    void anAwsManagedKeyRotatesByItself() {
        DiagramBuilder d = Fixtures.keyWithoutRotation();
        d.get("key").set("keyType", "aws-managed");

        assertSilent(analyze(d), "kms.rotation-off");
    }

    @Test
    void aRotatingKeyIsSilent() {
        DiagramBuilder d = Fixtures.keyWithoutRotation();
        d.get("key").set("rotation", true);

        assertSilent(analyze(d), "kms.rotation-off");
    }

    @Test
    void aKeyPolicyAllowingAnyoneIsCritical() {
        Finding f = assertFires(analyze(Fixtures.keyOpenToAnyone()), "kms.policy-any-principal", "key");

        assertEquals(Severity.CRITICAL, f.severity());
    }

    @Test
    void aKeyPolicyNamingPrincipalsIsSilent() {
        for (String policy : new String[] {"account-only", "specific-principals"}) {
            DiagramBuilder d = Fixtures.keyOpenToAnyone();
            d.get("key").set("keyPolicy", policy);

            assertSilent(analyze(d), "kms.policy-any-principal");
        }
    }

    @Test
    void aKeyScheduledForDeletionThatStillEncryptsATableIsCritical() {
        Finding f = assertFires(analyze(Fixtures.keyPendingDeletionInUse()), "kms.pending-deletion-in-use", "key",
                "orders");

        assertEquals(Severity.CRITICAL, f.severity());
    }

    @Test
    void aKeyScheduledForDeletionThatEncryptsNothingIsSilent() {
        DiagramBuilder d = Fixtures.keyPendingDeletionInUse();
        d.disconnectAll();

        assertSilent(analyze(d), "kms.pending-deletion-in-use");
    }

    @Test
    void aKeyDrawnOnABucketThatSaysSseS3IsAMismatch() {
        assertFires(analyze(Fixtures.keyOnBucketUsingSseS3()), "kms.key-not-used-by-settings", "data", "key");
    }

    @Test
    void aKeyDrawnOnABucketWithSseKmsAgrees() {
        DiagramBuilder d = Fixtures.keyOnBucketUsingSseS3();
        d.get("data").set("encryption", "SSE-KMS");

        assertSilent(analyze(d), "kms.key-not-used-by-settings");
    }

    @Test
    void aCustomerManagedKeyOnADatabaseNeedsItsCustomerManagedKeySetting() {
        DiagramBuilder d = new DiagramBuilder();
        Fixtures.hardenedKey(d, "key").label("Data key");
        Fixtures.hardenedDatabase(d, "db", null).label("Orders database");
        d.connect("db", "key");
        assertFires(analyze(d), "kms.key-not-used-by-settings", "db", "key");

        d.get("db").set("customerManagedKey", true);
        assertSilent(analyze(d), "kms.key-not-used-by-settings");
    }

    @Test
    void aTablesKeyTypeMustMatchTheDrawnKey() {
        DiagramBuilder d = Fixtures.keyPendingDeletionInUse();
        d.get("key").set("pendingDeletion", false).set("keyType", "aws-managed");
        assertFires(analyze(d), "kms.key-not-used-by-settings", "orders", "key");

        d.get("orders").set("keyType", "aws-managed");
        assertSilent(analyze(d), "kms.key-not-used-by-settings");
    }

    @Test
    void aKeyPolicyThatDoesNotAllowCloudFrontBlocksAnOacOrigin() {
        Finding f = assertFires(analyze(Fixtures.distributionBlockedByBucketKey()),
                "cloudfront.kms-key-blocks-cloudfront", "cf", "site", "key");

        assertEquals(Severity.MEDIUM, f.severity());
        assertSilent(analyze(Fixtures.distributionBlockedByBucketKey()), "cloudfront.kms-key-policy");
    }

    @Test
    void anAwsManagedBucketKeyCannotBeOpenedToCloudFront() {
        DiagramBuilder d = Fixtures.distributionBlockedByBucketKey();
        d.get("key").set("keyType", "aws-managed").set("allowsCloudFront", true);

        assertFires(analyze(d), "cloudfront.kms-key-blocks-cloudfront", "cf", "site", "key");
    }

    @Test
    void aKeyPolicyAllowingCloudFrontAnswersTheReminder() {
        DiagramBuilder d = Fixtures.distributionBlockedByBucketKey();
        d.get("key").set("allowsCloudFront", true);
        Analysis a = analyze(d);

        assertSilent(a, "cloudfront.kms-key-blocks-cloudfront");
        assertSilent(a, "cloudfront.kms-key-policy");
    }

    @Test
    void withoutADrawnKeyTheKeyPolicyIsOnlyAReminder() {
        DiagramBuilder d = Fixtures.distributionBlockedByBucketKey();
        d.disconnectAll().connect("cf", "site");
        Analysis a = analyze(d);

        assertSilent(a, "cloudfront.kms-key-blocks-cloudfront");
        assertFires(a, "cloudfront.kms-key-policy", "site", "cf");
    }
}
