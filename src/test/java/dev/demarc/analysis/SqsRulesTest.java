package dev.demarc.analysis;

import static dev.demarc.analysis.FindingAsserts.analyze;
import static dev.demarc.analysis.FindingAsserts.assertFires;
import static dev.demarc.analysis.FindingAsserts.assertSilent;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** What the customer owns on a queue: a policy open to anyone, encryption at rest, and plain HTTP. */
class SqsRulesTest {

    @Test
    void aNewQueueIsEncryptedWithSseSqsAndHasNoFindings() {
        assertTrue(analyze(Fixtures.queueWithDefaults()).findings().isEmpty());
    }

    @Test
    void aPolicyAllowingAnyPrincipalIsCritical() {
        Finding f = assertFires(analyze(Fixtures.publicQueue()), "sqs.public-policy", "jobs");

        assertEquals(Severity.CRITICAL, f.severity());
    }

    @Test
    void aQueueWithoutAPublicPolicyIsSilent() {
        DiagramBuilder d = Fixtures.publicQueue();
        d.get("jobs").set("publicPolicy", false);

        assertSilent(analyze(d), "sqs.public-policy");
    }

    @Test
    void aQueueWithoutServerSideEncryptionIsReported() {
        assertFires(analyze(Fixtures.unencryptedQueue()), "sqs.unencrypted", "jobs");
    }

    @Test
    void everyEncryptionChoiceButNoneIsSilent() {
        for (String encryption : new String[] {"SSE-SQS", "SSE-KMS"}) {
            DiagramBuilder d = Fixtures.unencryptedQueue();
            d.get("jobs").set("encryption", encryption);

            assertSilent(analyze(d), "sqs.unencrypted");
        }
    }

    @Test
    void anUnencryptedQueueWithoutATlsOnlyPolicyAcceptsPlainHttp() {
        assertFires(analyze(Fixtures.unencryptedQueue()), "sqs.tls-not-enforced", "jobs");
    }

    @Test
    void aTlsOnlyPolicyIsSilent() {
        DiagramBuilder d = Fixtures.unencryptedQueue();
        d.get("jobs").set("enforceTls", true);

        assertSilent(analyze(d), "sqs.tls-not-enforced");
    }

    @Test
    void anEncryptedQueueRefusesPlainHttpWithoutAPolicy() {
        // SQS-SSE: every request to a queue with SSE must use HTTPS and Signature Version 4.
        DiagramBuilder d = Fixtures.unencryptedQueue();
        d.get("jobs").set("encryption", "SSE-SQS").set("enforceTls", false);

        assertSilent(analyze(d), "sqs.tls-not-enforced");
    }
}
