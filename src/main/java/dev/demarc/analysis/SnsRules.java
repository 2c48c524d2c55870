package dev.demarc.analysis;

import dev.demarc.model.Component;
import dev.demarc.model.ComponentType;

/**
 * What the customer owns on an SNS topic: whether its policy opens it to anyone, encryption at rest (off until a
 * KMS key is set), a TLS-only policy for publishers and HTTPS to subscribers.
 */
final class SnsRules implements RuleFamily {

    @Override
    public void check(Facts facts, Findings out) {
        for (Component topic : facts.ofType(ComponentType.SNS)) {
            if (facts.bool(topic, "publicPolicy")) {
                out.report("sns.public-policy", facts.name(topic) + " has a topic policy that allows any principal "
                        + "(*) with no condition: anyone can publish to it or subscribe.", topic);
            }
            if ("none".equals(facts.text(topic, "encryption"))) {
                out.report("sns.unencrypted", facts.name(topic) + " stores messages without server-side encryption; "
                        + "topics stay unencrypted until they are given a KMS key.", topic);
            }
            if (!facts.bool(topic, "enforceTls")) {
                out.report("sns.tls-not-enforced", facts.name(topic) + " has no policy denying requests over plain "
                        + "HTTP.", topic);
            }
            if (facts.bool(topic, "httpSubscription")) {
                out.report("sns.http-subscription", facts.name(topic) + " delivers to an http:// subscription, so "
                        + "those messages cross the network in plaintext.", topic);
            }
        }
    }
}
