package dev.demarc.grade;

import static dev.demarc.grade.Students.analyze;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.demarc.model.Component;
import dev.demarc.model.ComponentType;
import dev.demarc.model.Diagram;
import dev.demarc.model.Properties;
import dev.demarc.model.PropertyValue;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Rubrics about queues, topics and tables: a queue open to anyone counts as reachable from the internet, an
 * unencrypted topic as unencrypted, and a rubric cannot ask that a DynamoDB table be encrypted (it always is).
 */
class ManagedDataGradingTest {

    private static final String HEAD = "{\"format\": \"demarc-rubric\", \"formatVersion\": 1, ";

    private static Diagram diagram(boolean publicQueue, String topicEncryption) {
        return new Diagram("Messaging", List.of(
                new Component("jobs", ComponentType.SQS, "Jobs", 40, 40, null, null, null,
                        Properties.of(Map.of("publicPolicy", new PropertyValue.Bool(publicQueue)))),
                new Component("alerts", ComponentType.SNS, "Alerts", 300, 40, null, null, null,
                        Properties.of(Map.of("encryption", new PropertyValue.Text(topicEncryption),
                                "enforceTls", new PropertyValue.Bool(true))))), List.of());
    }

    private static List<Difference> grade(String fields, Diagram student) throws Exception {
        Rubric rubric = new RubricReader(Students.CATALOG, Students.ANALYZER.rules())
                .read((HEAD + fields + "}").getBytes(StandardCharsets.UTF_8));
        return new RubricGrader(rubric, Students.CATALOG, Students.ANALYZER.rules()).mark(analyze(student))
                .differences();
    }

    @Test
    void aQueueOpenToAnyoneIsReachableFromTheInternet() throws Exception {
        List<Difference> d = grade("\"notReachableFromInternet\": [\"SQS\"]", diagram(true, "SSE-KMS"));

        assertEquals(1, d.size());
        assertEquals(Difference.Kind.REACHABLE, d.get(0).kind());
        assertTrue(d.get(0).message().contains("Jobs"), d.get(0).message());
        assertEquals(Students.ANALYZER.rules().get("sqs.public-policy").remediation(), d.get(0).fix());
        assertEquals(List.of(), grade("\"notReachableFromInternet\": [\"SQS\"]", diagram(false, "SSE-KMS")));
    }

    @Test
    void aTopicWithoutAKeyIsUnencrypted() throws Exception {
        List<Difference> d = grade("\"mustBeEncrypted\": [\"SNS\"]", diagram(false, "none"));

        assertEquals(List.of(Difference.Kind.UNENCRYPTED), d.stream().map(Difference::kind).toList());
        assertEquals(List.of(), grade("\"mustBeEncrypted\": [\"SNS\"]", diagram(false, "SSE-KMS")));
    }

    @Test
    void aRubricCannotAskForAnEncryptedTableBecauseEveryTableIs() {
        SolutionException e = assertThrows(SolutionException.class,
                () -> grade("\"mustBeEncrypted\": [\"DYNAMODB\"]", diagram(false, "SSE-KMS")));

        assertTrue(e.getMessage().contains("cannot judge encryption for DYNAMODB"), e.getMessage());
    }
}
