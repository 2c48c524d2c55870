package dev.demarc.analysis;

import static dev.demarc.analysis.FindingAsserts.analyze;
import static dev.demarc.analysis.FindingAsserts.assertFires;
import static dev.demarc.analysis.FindingAsserts.assertSilent;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The customer's side of a distribution: HTTPS, TLS (R11), WAF, logs, and its S3 origin (R6, R7, R8, R10). */
class CloudFrontRulesTest {

    @Test
    void allowAllViewerPolicyLetsViewersUsePlainHttp() {
        assertFires(analyze(Fixtures.distributionWithDefaults()), "cloudfront.http-allowed", "cdn");
    }

    @ParameterizedTest
    @ValueSource(strings = {"redirect-to-https", "https-only"})
    void httpsViewerPoliciesAreSilent(String policy) {
        DiagramBuilder d = Fixtures.distributionWithDefaults();
        d.get("cdn").set("viewerProtocolPolicy", policy);

        assertSilent(analyze(d), "cloudfront.http-allowed");
    }

    @Test
    void defaultCertificateAcceptsTlsV1() {
        Finding f = assertFires(analyze(Fixtures.distributionWithDefaults()), "cloudfront.old-tls", "cdn");

        assertTrue(f.message().contains("TLSv1"), f.message());
    }

    @Test
    void askingForTls12WithDefaultCertificateStillAcceptsTlsV1() {
        Analysis a = analyze(Fixtures.distributionAskingForTls12WithDefaultCertificate());

        Finding needsCertificate = assertFires(a, "cloudfront.tls-needs-certificate", "cdn");
        assertEquals(Severity.LOW, needsCertificate.severity());
        assertFires(a, "cloudfront.old-tls", "cdn");
    }

    @Test
    void customCertificateWithTls12IsModern() {
        Analysis a = analyze(Fixtures.distributionInFrontOfBucket());

        assertSilent(a, "cloudfront.old-tls");
        assertSilent(a, "cloudfront.tls-needs-certificate");
    }

    @ParameterizedTest
    @ValueSource(strings = {"TLSv1.2_2025", "TLSv1.3_2025"})
    void customCertificateWithA2025PolicyIsModern(String policy) {
        DiagramBuilder d = Fixtures.distributionInFrontOfBucket();
        d.get("cdn").set("minimumTls", policy);
        Analysis a = analyze(d);

        assertSilent(a, "cloudfront.old-tls");
        assertSilent(a, "cloudfront.tls-needs-certificate");
    }

    @Test
    void customCertificateWithTls11IsStillOld() {
        DiagramBuilder d = Fixtures.distributionInFrontOfBucket();
        d.get("cdn").set("minimumTls", "TLSv1.1_2016");
        Analysis a = analyze(d);

        assertFires(a, "cloudfront.old-tls", "cdn");
        assertSilent(a, "cloudfront.tls-needs-certificate");
    }

    @Test
    void defaultCertificateWithDefaultTlsNeedsNoCertificateNote() {
        assertSilent(analyze(Fixtures.distributionWithDefaults()), "cloudfront.tls-needs-certificate");
    }

    @Test
    void noWafByDefault() {
        assertFires(analyze(Fixtures.distributionWithDefaults()), "cloudfront.no-waf", "cdn");
    }

    @Test
    void wafIsSilent() {
        DiagramBuilder d = Fixtures.distributionWithDefaults();
        d.get("cdn").set("waf", true);

        assertSilent(analyze(d), "cloudfront.no-waf");
    }

    @Test
    void noStandardLogsByDefault() {
        assertFires(analyze(Fixtures.distributionWithDefaults()), "cloudfront.no-logging", "cdn");
    }

    @Test
    void loggingIsSilent() {
        DiagramBuilder d = Fixtures.distributionWithDefaults();
        d.get("cdn").set("logging", true);

        assertSilent(analyze(d), "cloudfront.no-logging");
    }

    @Test
    void distributionWithoutConnectionHasNoOrigin() {
        Finding f = assertFires(analyze(Fixtures.distributionWithDefaults()), "cloudfront.no-origin", "cdn");

        assertEquals(Severity.INFO, f.severity());
    }

    @Test
    void connectionDrawnTowardsTheDistributionIsNotAnOrigin() {
        DiagramBuilder d = Fixtures.distributionInFrontOfBucket().disconnectAll().connect("site", "cdn");

        assertFires(analyze(d), "cloudfront.no-origin", "cdn");
    }

    @Test
    void distributionConnectedToBucketHasAnOrigin() {
        assertSilent(analyze(Fixtures.distributionInFrontOfBucket()), "cloudfront.no-origin");
    }

    @Test
    void publicBucketWithoutOacIsBypassed() {
        Finding f = assertFires(analyze(Fixtures.distributionWithoutOacInFrontOfPublicBucket()), "cloudfront.s3-bypass",
                "site", "cdn");

        assertEquals(Severity.HIGH, f.severity());
    }

    @Test
    void privateBucketWithoutOacIsNotBypassedButRefusesCloudFront() {
        Analysis a = analyze(Fixtures.distributionWithoutOacInFrontOfPrivateBucket());

        assertFires(a, "cloudfront.s3-no-oac", "cdn", "site");
        assertSilent(a, "cloudfront.s3-bypass");
    }

    @Test
    void originAccessControlOnPrivateBucketIsSilent() {
        Analysis a = analyze(Fixtures.distributionInFrontOfBucket());

        assertSilent(a, "cloudfront.s3-no-oac");
        assertSilent(a, "cloudfront.s3-bypass");
    }

    @Test
    void websiteEndpointOriginCannotUseOac() {
        Analysis a = analyze(Fixtures.distributionInFrontOfWebsiteBucket());

        assertFires(a, "cloudfront.s3-website-origin", "cdn", "site");
        assertSilent(a, "cloudfront.s3-bypass");
        assertSilent(a, "cloudfront.s3-no-oac");
    }

    @Test
    void restEndpointOriginIsNotAWebsiteOrigin() {
        assertSilent(analyze(Fixtures.distributionInFrontOfBucket()), "cloudfront.s3-website-origin");
    }

    @Test
    void oacWithBucketAclsEnabledIsMisconfigured() {
        assertFires(analyze(Fixtures.distributionWithOacInFrontOfBucketWithAcls()), "cloudfront.oac-with-acls",
                "cdn", "site");
    }

    @Test
    void oacWithBucketOwnerEnforcedIsSilent() {
        assertSilent(analyze(Fixtures.distributionInFrontOfBucket()), "cloudfront.oac-with-acls");
    }

    @Test
    void kmsBucketWithoutOacCannotBeRead() {
        Analysis a = analyze(Fixtures.distributionWithoutOacInFrontOfKmsBucket());

        Finding f = assertFires(a, "cloudfront.kms-origin-needs-oac", "cdn", "site");
        assertTrue(f.message().contains("SSE-KMS"), f.message());
        assertSilent(a, "cloudfront.kms-key-policy");
    }

    @Test
    void sseS3BucketWithoutOacNeedsNoKms() {
        assertSilent(analyze(Fixtures.distributionWithoutOacInFrontOfPrivateBucket()),
                "cloudfront.kms-origin-needs-oac");
    }

    @Test
    void kmsBucketWithOacNeedsAKeyPolicyForCloudFront() {
        Analysis a = analyze(Fixtures.distributionWithOacInFrontOfKmsBucket());

        assertEquals(Severity.INFO, assertFires(a, "cloudfront.kms-key-policy", "site", "cdn").severity());
        assertSilent(a, "cloudfront.kms-origin-needs-oac");
    }

    @Test
    void sseS3BucketWithOacNeedsNoKeyPolicy() {
        assertSilent(analyze(Fixtures.distributionInFrontOfBucket()), "cloudfront.kms-key-policy");
    }
}
