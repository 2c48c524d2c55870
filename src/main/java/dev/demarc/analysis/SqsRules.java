package dev.demarc.analysis;

import dev.demarc.model.Component;
import dev.demarc.model.ComponentType;

/**
 * What the customer owns on an SQS queue: whether its policy opens it to anyone, and encryption at rest and in
 * transit. A queue with server-side encryption refuses requests that are not HTTPS with Signature Version 4
 * (SQS-SSE), so a missing TLS-only policy matters only on an unencrypted queue.
 */
final class SqsRules implements RuleFamily {

    @Override
    public void check(Facts facts, Findings out) {
        for (Component queue : facts.ofType(ComponentType.SQS)) {
            if (facts.bool(queue, "publicPolicy")) {
                out.report("sqs.public-policy", facts.name(queue) + " has a queue policy that allows any principal "
                        + "(*) with no condition: anyone on the internet can use the queue.", queue);
            }
            boolean unencrypted = "none".equals(facts.text(queue, "encryption"));
            if (unencrypted) {
                out.report("sqs.unencrypted", facts.name(queue) + " stores message bodies without server-side "
                        + "encryption.", queue);
            }
            if (unencrypted && !facts.bool(queue, "enforceTls")) {
                out.report("sqs.tls-not-enforced", facts.name(queue) + " accepts requests over plain HTTP: it has no "
                        + "server-side encryption, which would refuse them, and no policy denying them.", queue);
            }
        }
    }
}
