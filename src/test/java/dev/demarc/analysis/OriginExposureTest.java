package dev.demarc.analysis;

import static dev.demarc.analysis.FindingAsserts.analyze;
import static dev.demarc.analysis.FindingAsserts.assertFires;
import static dev.demarc.analysis.FindingAsserts.assertSilent;
import static dev.demarc.analysis.FindingAsserts.summary;
import static dev.demarc.analysis.FindingAsserts.worst;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.demarc.catalog.Duty;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Whether a bucket is public, and whether viewers can go around CloudFront to it. Block Public Access
 * overrides a public bucket policy [S3-BPA]; without OAC a public bucket lets viewers skip the
 * distribution (R6); a website endpoint cannot use OAC at all (R7).
 */
class OriginExposureTest {

    @Test
    void blockPublicAccessOverridesAPublicPolicy() {
        Analysis a = analyze(Fixtures.publicPolicyBlockedByBlockPublicAccess());

        assertSilent(a, "s3.public");
        assertEquals(Optional.of(Severity.INFO), worst(a, "site", Duty.EXPOSE), summary(a));
    }

    @Test
    void publicPolicyWithoutBlockPublicAccessIsAPublicBucket() {
        Analysis a = analyze(Fixtures.publicBucket());

        assertEquals(Optional.of(Severity.CRITICAL), worst(a, "site", Duty.EXPOSE), summary(a));
    }

    @Test
    void publicBucketWithoutOacBypassesTheDistribution() {
        Analysis a = analyze(Fixtures.distributionWithoutOacInFrontOfPublicBucket());

        assertEquals(Severity.HIGH, assertFires(a, "cloudfront.s3-bypass", "site", "cdn").severity());
        assertSilent(a, "cloudfront.s3-no-oac");
    }

    @Test
    void withOacThereIsNoBypassFindingButTheBucketStaysPublic() {
        DiagramBuilder d = Fixtures.distributionWithoutOacInFrontOfPublicBucket();
        d.get("cdn").set("originAccessControl", true);
        Analysis a = analyze(d);

        assertSilent(a, "cloudfront.s3-bypass");
        assertFires(a, "s3.public", "site");
    }

    @Test
    void publicPolicyBlockedByBlockPublicAccessCannotBeBypassed() {
        DiagramBuilder d = Fixtures.distributionWithoutOacInFrontOfPublicBucket();
        d.get("site").set("blockPublicAccess", true);
        Analysis a = analyze(d);

        assertSilent(a, "cloudfront.s3-bypass");
        assertSilent(a, "s3.public");
        assertFires(a, "cloudfront.s3-no-oac", "cdn", "site");
    }

    @Test
    void websiteBucketOriginGivesTheWebsiteOriginFindingInsteadOfBypass() {
        Analysis a = analyze(Fixtures.distributionInFrontOfWebsiteBucket());

        assertFires(a, "cloudfront.s3-website-origin", "cdn", "site");
        assertFires(a, "s3.website-hosting", "site");
        assertSilent(a, "cloudfront.s3-bypass");
    }

    @Test
    void websiteBucketOriginIsAWebsiteOriginEvenWithOacTurnedOn() {
        DiagramBuilder d = Fixtures.distributionInFrontOfWebsiteBucket();
        d.get("cdn").set("originAccessControl", true);
        Analysis a = analyze(d);

        assertFires(a, "cloudfront.s3-website-origin", "cdn", "site");
        assertSilent(a, "cloudfront.oac-with-acls");
    }

    @Test
    void eachDistributionIsJudgedOnItsOwnOac() {
        DiagramBuilder d = Fixtures.distributionWithoutOacInFrontOfPublicBucket();
        Fixtures.hardenedDistribution(d, "cdn2").label("Second CDN");
        d.connect("cdn2", "site");
        Analysis a = analyze(d);

        assertFires(a, "cloudfront.s3-bypass", "site", "cdn");
        assertSilent(a, "cloudfront.s3-bypass", "cdn2");
    }
}
