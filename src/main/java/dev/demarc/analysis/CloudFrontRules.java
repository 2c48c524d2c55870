package dev.demarc.analysis;

import dev.demarc.model.Component;
import dev.demarc.model.ComponentType;
import java.util.List;
import java.util.Set;

/**
 * What the customer owns on a CloudFront distribution, and how it must fit its S3 origin: HTTPS to
 * viewers, the TLS floor, WAF, logs, and locking the bucket or load balancer behind it so viewers cannot go
 * around the distribution.
 */
final class CloudFrontRules implements RuleFamily {

    private static final String DEFAULT_TLS = "TLSv1";
    /** The security policies that refuse viewers below TLS 1.2 (CF-TLS). */
    private static final Set<String> MODERN_TLS = Set.of("TLSv1.2_2021", "TLSv1.2_2025", "TLSv1.3_2025");

    @Override
    public void check(Facts facts, Findings out) {
        for (Component cf : facts.ofType(ComponentType.CLOUDFRONT)) {
            if ("allow-all".equals(facts.text(cf, "viewerProtocolPolicy"))) {
                out.report("cloudfront.http-allowed", facts.name(cf) + " lets viewers connect over plain HTTP.", cf);
            }
            tls(facts, cf, out);
            if (!facts.bool(cf, "waf")) {
                out.report("cloudfront.no-waf",
                        facts.name(cf) + " has no web application firewall in front of it.", cf);
            }
            if (!facts.bool(cf, "logging")) {
                out.report("cloudfront.no-logging", facts.name(cf) + " keeps no standard logs of viewer requests.", cf);
            }
            List<Component> origins = facts.diagram().targetsOf(cf.id());
            if (origins.isEmpty()) {
                out.report("cloudfront.no-origin", facts.name(cf) + " has no origin on the diagram; draw a connection "
                        + "from it to the bucket or server it serves.", cf);
            }
            for (Component origin : origins) {
                if (origin.type().equals(ComponentType.S3)) {
                    s3Origin(facts, cf, origin, out);
                } else if (origin.type().equals(ComponentType.APPLICATION_LOAD_BALANCER)) {
                    albOrigin(facts, cf, origin, out);
                }
            }
        }
    }

    private static void tls(Facts facts, Component cf, Findings out) {
        String minimum = facts.text(cf, "minimumTls");
        boolean customCertificate = facts.bool(cf, "customCertificate");
        if (!customCertificate && !DEFAULT_TLS.equals(minimum)) {
            out.report("cloudfront.tls-needs-certificate", facts.name(cf) + " asks for minimum TLS " + minimum
                    + ", but with the default cloudfront.net certificate CloudFront always allows TLSv1.", cf);
        }
        String effective = customCertificate ? minimum : DEFAULT_TLS;
        if (!MODERN_TLS.contains(effective)) {
            out.report("cloudfront.old-tls", facts.name(cf) + " accepts viewers on " + effective
                    + ", older than TLS 1.2.", cf);
        }
    }

    /**
     * An internet-facing load balancer answers anyone who finds its name unless it admits only CloudFront (R9):
     * a secret header its listener requires, or CloudFront's prefix list in its group. An internal one, reached
     * through a VPC origin, cannot be skipped.
     */
    private static void albOrigin(Facts facts, Component cf, Component alb, Findings out) {
        if ("none".equals(facts.text(alb, "originLockdown")) && facts.exposures().reach().reachable(alb)) {
            out.report("cloudfront.alb-bypass", "Viewers can skip " + facts.name(cf) + " and call "
                    + facts.name(alb) + " directly: the load balancer is internet-facing and does not check that "
                    + "requests come from CloudFront. The distribution's HTTPS, WAF and geo rules are bypassed.",
                    alb, cf);
        }
    }

    private static void s3Origin(Facts facts, Component cf, Component bucket, Findings out) {
        boolean oac = facts.bool(cf, "originAccessControl");
        if (facts.bool(bucket, "websiteHosting")) {
            out.report("cloudfront.s3-website-origin", facts.name(cf) + " uses the website endpoint of "
                    + facts.name(bucket) + " as its origin: origin access control cannot protect it, the bucket must "
                    + "be publicly readable, and CloudFront reaches it over HTTP only.", cf, bucket);
            return;
        }
        if (!oac) {
            if (S3Rules.isPublic(facts, bucket)) {
                out.report("cloudfront.s3-bypass", "Viewers can skip " + facts.name(cf) + " and read "
                        + facts.name(bucket) + " directly, because the bucket is public and the distribution does "
                        + "not use origin access control. Its HTTPS, WAF and geo rules are bypassed.", bucket, cf);
            } else {
                out.report("cloudfront.s3-no-oac", facts.name(cf) + " reads the private bucket " + facts.name(bucket)
                        + " without origin access control, so CloudFront cannot sign its requests and the bucket "
                        + "will refuse them.", cf, bucket);
            }
        } else if ("ObjectWriter".equals(facts.text(bucket, "objectOwnership"))) {
            // Only Object writer breaks OAC: with bucket owner preferred, objects CloudFront writes stay the owner's.
            out.report("cloudfront.oac-with-acls", facts.name(cf) + " uses origin access control, but "
                    + facts.name(bucket) + " uses the Object writer ownership setting, which OAC does not work with.",
                    cf, bucket);
        }
        String encryption = facts.text(bucket, "encryption");
        if (!"SSE-S3".equals(encryption)) {
            if (oac) {
                kmsKeyPolicy(facts, cf, bucket, encryption, out);
            } else {
                out.report("cloudfront.kms-origin-needs-oac", facts.name(cf) + " cannot read objects of "
                        + facts.name(bucket) + " encrypted with " + encryption + " without origin access control.",
                        cf, bucket);
            }
        }
    }

    /**
     * R10: with origin access control, the bucket's KMS key must let CloudFront decrypt. A drawn key answers
     * whether it does; without one the finding only reminds.
     */
    private static void kmsKeyPolicy(Facts facts, Component cf, Component bucket, String encryption, Findings out) {
        List<Component> keys = Keys.of(facts, bucket);
        if (keys.isEmpty()) {
            out.report("cloudfront.kms-key-policy", facts.name(bucket) + " is encrypted with " + encryption
                    + ": its KMS key policy must let " + facts.name(cf) + " decrypt.", bucket, cf);
            return;
        }
        Component key = keys.get(0);
        if (!Keys.customerManaged(facts, key)) {
            out.report("cloudfront.kms-key-blocks-cloudfront", facts.name(bucket) + " is encrypted with the AWS "
                    + "managed key " + facts.name(key) + ", whose policy you cannot change to let " + facts.name(cf)
                    + " decrypt, so viewers get errors. Encrypt it with a customer managed key instead.",
                    cf, bucket, key);
        } else if (!facts.bool(key, "allowsCloudFront")) {
            out.report("cloudfront.kms-key-blocks-cloudfront", "The key policy of " + facts.name(key) + ", which "
                    + "encrypts " + facts.name(bucket) + ", does not let " + facts.name(cf) + " decrypt, so "
                    + "viewers get errors.", cf, bucket, key);
        }
    }
}
