package dev.demarc.analysis;

import static dev.demarc.analysis.FindingAsserts.analyze;
import static dev.demarc.analysis.FindingAsserts.assertFires;
import static dev.demarc.analysis.FindingAsserts.assertSilent;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * S3 Object Ownership, three values: origin access control conflicts only with Object writer (CF-OAC), and
 * every value but bucket owner enforced turns ACLs on (S3-OO-ABOUT).
 */
class ObjectOwnershipRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {"BucketOwnerEnforced", "BucketOwnerPreferred"})
    void oacWorksWithBucketOwnerSettings(String ownership) {
        assertSilent(analyze(distributionWithOacInFrontOf(ownership)), "cloudfront.oac-with-acls");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ObjectWriter"})
    void oacConflictsWithObjectWriter(String ownership) {
        assertFires(analyze(distributionWithOacInFrontOf(ownership)), "cloudfront.oac-with-acls", "cdn", "site");
    }

    @ParameterizedTest
    @ValueSource(strings = {"BucketOwnerPreferred", "ObjectWriter"})
    void ownershipSettingsThatKeepAclsAreReported(String ownership) {
        assertFires(analyze(distributionWithOacInFrontOf(ownership)), "s3.acls-enabled", "site");
    }

    @ParameterizedTest
    @ValueSource(strings = {"BucketOwnerEnforced"})
    void bucketOwnerEnforcedDisablesAcls(String ownership) {
        assertSilent(analyze(distributionWithOacInFrontOf(ownership)), "s3.acls-enabled");
    }

    private static DiagramBuilder distributionWithOacInFrontOf(String ownership) {
        DiagramBuilder d = Fixtures.distributionInFrontOfBucket();
        d.get("site").set("objectOwnership", ownership);
        return d;
    }
}
