package dev.demarc.analysis;

import static dev.demarc.analysis.FindingAsserts.analyze;
import static dev.demarc.analysis.FindingAsserts.assertFires;
import static dev.demarc.analysis.FindingAsserts.assertSilent;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** What the customer owns on a bucket: public access (Block Public Access wins), ACLs, keys, TLS, versions, logs. */
class S3RulesTest {

    @Test
    void publicPolicyWithBlockPublicAccessOffIsCritical() {
        Analysis a = analyze(Fixtures.publicBucket());

        assertEquals(Severity.CRITICAL, assertFires(a, "s3.public", "site").severity());
        assertSilent(a, "s3.public-policy-blocked");
        assertSilent(a, "s3.block-public-access-off");
    }

    @Test
    void publicPolicyWithBlockPublicAccessOnIsNotPublic() {
        DiagramBuilder d = Fixtures.publicBucket();
        d.get("site").set("blockPublicAccess", true);

        assertSilent(analyze(d), "s3.public");
    }

    @Test
    void publicPolicyBlockedByBlockPublicAccessIsOnlyInfo() {
        Finding f = assertFires(analyze(Fixtures.publicPolicyBlockedByBlockPublicAccess()), "s3.public-policy-blocked",
                "site");

        assertEquals(Severity.INFO, f.severity());
    }

    @Test
    void noPublicPolicyBehindBlockPublicAccessIsSilent() {
        DiagramBuilder d = Fixtures.publicPolicyBlockedByBlockPublicAccess();
        d.get("site").set("publicPolicy", false);

        assertSilent(analyze(d), "s3.public-policy-blocked");
    }

    @Test
    void blockPublicAccessOffWithoutPublicPolicyIsHigh() {
        Finding f = assertFires(analyze(Fixtures.bucketWithBlockPublicAccessOff()), "s3.block-public-access-off",
                "site");

        assertEquals(Severity.HIGH, f.severity());
    }

    @Test
    void blockPublicAccessOnByDefaultIsSilent() {
        assertSilent(analyze(Fixtures.bucketWithDefaults()), "s3.block-public-access-off");
    }

    @Test
    void websiteHostingIsReported() {
        assertFires(analyze(Fixtures.websiteBucket()), "s3.website-hosting", "site");
    }

    @Test
    void bucketWithoutWebsiteHostingIsSilent() {
        DiagramBuilder d = Fixtures.websiteBucket();
        d.get("site").set("websiteHosting", false);

        assertSilent(analyze(d), "s3.website-hosting");
    }

    @Test
    void aclsEnabledIsReported() {
        assertFires(analyze(Fixtures.bucketWithAcls()), "s3.acls-enabled", "site");
    }

    @Test
    void aclsDisabledByDefaultIsSilent() {
        assertSilent(analyze(Fixtures.bucketWithDefaults()), "s3.acls-enabled");
    }

    @Test
    void defaultSseS3EncryptionHasNoKmsKey() {
        Finding f = assertFires(analyze(Fixtures.bucketWithDefaults()), "s3.no-kms-key", "logs");

        assertEquals(Severity.LOW, f.severity());
    }

    @Test
    void kmsEncryptedBucketsHaveAKey() {
        DiagramBuilder d = Fixtures.bucketWithDefaults();
        d.get("logs").set("encryption", "SSE-KMS");
        d.s3("dual").set("encryption", "DSSE-KMS");
        Analysis a = analyze(d);

        assertSilent(a, "s3.no-kms-key");
    }

    @Test
    void plainHttpAllowedByDefault() {
        assertFires(analyze(Fixtures.bucketWithDefaults()), "s3.tls-not-enforced", "logs");
    }

    @Test
    void enforcedTlsIsSilent() {
        DiagramBuilder d = Fixtures.bucketWithDefaults();
        d.get("logs").set("enforceTls", true);

        assertSilent(analyze(d), "s3.tls-not-enforced");
    }

    @Test
    void unversionedByDefault() {
        assertFires(analyze(Fixtures.bucketWithDefaults()), "s3.versioning-off", "logs");
    }

    @Test
    void versionedBucketIsSilent() {
        DiagramBuilder d = Fixtures.bucketWithDefaults();
        d.get("logs").set("versioning", true);

        assertSilent(analyze(d), "s3.versioning-off");
    }

    @Test
    void noServerAccessLogsByDefault() {
        assertFires(analyze(Fixtures.bucketWithDefaults()), "s3.no-access-logs", "logs");
    }

    @Test
    void accessLoggingIsSilent() {
        DiagramBuilder d = Fixtures.bucketWithDefaults();
        d.get("logs").set("accessLogging", true);

        assertSilent(analyze(d), "s3.no-access-logs");
    }
}
