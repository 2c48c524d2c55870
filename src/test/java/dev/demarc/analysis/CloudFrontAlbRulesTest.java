package dev.demarc.analysis;

import static dev.demarc.analysis.FindingAsserts.analyze;
import static dev.demarc.analysis.FindingAsserts.assertFires;
import static dev.demarc.analysis.FindingAsserts.assertSilent;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A distribution in front of an Application Load Balancer that viewers can skip (R9, ALB-R3). */
class CloudFrontAlbRulesTest {

    @Test
    void internetFacingLoadBalancerWithoutLockdownBypassesTheDistribution() {
        Finding f = assertFires(analyze(Fixtures.distributionInFrontOfOpenAlb()), "cloudfront.alb-bypass", "alb",
                "cdn");

        assertEquals(Severity.HIGH, f.severity());
    }

    @ParameterizedTest
    @ValueSource(strings = {"custom-header", "cloudfront-prefix-list"})
    void lockdownToCloudFrontIsSilent(String lockdown) {
        DiagramBuilder d = Fixtures.distributionInFrontOfOpenAlb();
        d.get("alb").set("originLockdown", lockdown);

        assertSilent(analyze(d), "cloudfront.alb-bypass");
    }

    @Test
    void internalLoadBalancerBehindAVpcOriginCannotBeSkipped() {
        DiagramBuilder d = Fixtures.distributionInFrontOfOpenAlb();
        d.get("alb").set("scheme", "internal");

        assertSilent(analyze(d), "cloudfront.alb-bypass");
    }

    @Test
    void loadBalancerTheInternetCannotReachCannotBeSkippedTo() {
        DiagramBuilder d = Fixtures.distributionInFrontOfOpenAlb();
        d.get("alb").in("priv");

        assertSilent(analyze(d), "cloudfront.alb-bypass");
    }

    @Test
    void loadBalancerIsAnOriginSoTheDistributionHasOne() {
        assertSilent(analyze(Fixtures.distributionInFrontOfOpenAlb()), "cloudfront.no-origin");
    }
}
