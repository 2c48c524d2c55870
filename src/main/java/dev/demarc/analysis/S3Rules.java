package dev.demarc.analysis;

import dev.demarc.model.Component;
import dev.demarc.model.ComponentType;

/**
 * What the customer owns on an S3 bucket: whether it is public (Block Public Access overrides a public
 * policy), ACLs, the key and TLS choices, versioning, logging and website hosting.
 */
final class S3Rules implements RuleFamily {

    @Override
    public void check(Facts facts, Findings out) {
        for (Component bucket : facts.ofType(ComponentType.S3)) {
            exposure(facts, bucket, out);
            if (aclsEnabled(facts, bucket)) {
                out.report("s3.acls-enabled", facts.name(bucket) + " has ACLs enabled (Object Ownership "
                        + facts.text(bucket, "objectOwnership") + "), so objects can carry their own grants outside "
                        + "the bucket policy.", bucket);
            }
            if ("SSE-S3".equals(facts.text(bucket, "encryption"))) {
                out.report("s3.no-kms-key", facts.name(bucket)
                        + " is encrypted with S3-managed keys (SSE-S3): the data "
                        + "is encrypted, but you cannot control or audit use of the key.", bucket);
            }
            if (!facts.bool(bucket, "enforceTls")) {
                out.report("s3.tls-not-enforced", facts.name(bucket) + " has no policy denying requests over plain "
                        + "HTTP.", bucket);
            }
            if (!facts.bool(bucket, "versioning")) {
                out.report("s3.versioning-off", facts.name(bucket) + " is not versioned: an overwrite or delete cannot "
                        + "be undone.", bucket);
            }
            if (!facts.bool(bucket, "accessLogging")) {
                out.report("s3.no-access-logs", facts.name(bucket) + " has no server access logs.", bucket);
            }
        }
    }

    private static void exposure(Facts facts, Component bucket, Findings out) {
        boolean blocked = facts.bool(bucket, "blockPublicAccess");
        boolean publicPolicy = facts.bool(bucket, "publicPolicy");
        if (publicPolicy && !blocked) {
            out.report("s3.public", facts.name(bucket) + " is readable by anyone on the internet: its bucket policy "
                    + "grants public access and Block Public Access is off.", bucket);
        } else if (publicPolicy) {
            out.report("s3.public-policy-blocked", facts.name(bucket) + " has a public bucket policy, but Block Public "
                    + "Access overrides it, so the bucket is not public.", bucket);
        } else if (!blocked) {
            out.report("s3.block-public-access-off", facts.name(bucket) + " has Block Public Access switched off; "
                    + "nothing stops a future policy or ACL from making it public.", bucket);
        }
        if (facts.bool(bucket, "websiteHosting")) {
            out.report("s3.website-hosting", facts.name(bucket) + " serves a static website: the website endpoint "
                    + "speaks only HTTP and needs publicly readable content.", bucket);
        }
    }

    /** Whether ACLs take part in access: every Object Ownership setting but bucket owner enforced. */
    static boolean aclsEnabled(Facts facts, Component bucket) {
        return !"BucketOwnerEnforced".equals(facts.text(bucket, "objectOwnership"));
    }

    /** Whether anyone on the internet can read the bucket directly. */
    static boolean isPublic(Facts facts, Component bucket) {
        return facts.bool(bucket, "publicPolicy") && !facts.bool(bucket, "blockPublicAccess");
    }
}
