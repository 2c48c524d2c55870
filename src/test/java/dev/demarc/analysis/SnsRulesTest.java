package dev.demarc.analysis;

import static dev.demarc.analysis.FindingAsserts.analyze;
import static dev.demarc.analysis.FindingAsserts.assertFires;
import static dev.demarc.analysis.FindingAsserts.assertSilent;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** What the customer owns on a topic: a policy open to anyone, encryption at rest (opt-in), TLS and HTTP delivery. */
class SnsRulesTest {

    @Test
    void aPolicyAllowingAnyPrincipalIsHigh() {
        Finding f = assertFires(analyze(Fixtures.publicTopic()), "sns.public-policy", "alerts");

        assertEquals(Severity.HIGH, f.severity());
    }

    @Test
    void aTopicWithoutAPublicPolicyIsSilent() {
        DiagramBuilder d = Fixtures.publicTopic();
        d.get("alerts").set("publicPolicy", false);

        assertSilent(analyze(d), "sns.public-policy");
    }

    @Test
    void aNewTopicIsUnencrypted() {
        assertFires(analyze(Fixtures.topicWithDefaults()), "sns.unencrypted", "alerts");
    }

    @Test
    void aTopicWithAKmsKeyIsSilent() {
        DiagramBuilder d = Fixtures.topicWithDefaults();
        d.get("alerts").set("encryption", "SSE-KMS");

        assertSilent(analyze(d), "sns.unencrypted");
    }

    @Test
    void aNewTopicHasNoTlsOnlyPolicy() {
        assertFires(analyze(Fixtures.topicWithDefaults()), "sns.tls-not-enforced", "alerts");
    }

    @Test
    void aTlsOnlyPolicyIsSilentEvenOnAnUnencryptedTopic() {
        DiagramBuilder d = Fixtures.topicWithDefaults();
        d.get("alerts").set("enforceTls", true);

        assertSilent(analyze(d), "sns.tls-not-enforced");
    }

    @Test
    void deliveringToAnHttpEndpointIsReported() {
        assertFires(analyze(Fixtures.topicWithHttpSubscription()), "sns.http-subscription", "alerts");
    }

    @Test
    void httpsSubscriptionsAreSilent() {
        DiagramBuilder d = Fixtures.topicWithHttpSubscription();
        d.get("alerts").set("httpSubscription", false);

        assertSilent(analyze(d), "sns.http-subscription");
    }
}
