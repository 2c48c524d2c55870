package dev.demarc.analysis;

import static dev.demarc.analysis.FindingAsserts.ANALYZER;
import static dev.demarc.analysis.FindingAsserts.analyze;
import static dev.demarc.analysis.FindingAsserts.summary;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the rule book and the tests in step: a rule added to {@code rules.json} without a fixture that fires
 * it, or without a family test naming it, fails the build.
 */
class RuleCoverageTest {

    private static final Path TEST_SOURCES = Path.of("src", "test", "java", "dev", "demarc", "analysis");

    /** The relationship rules of the domain reference, section 17 (there is no R5 or R21). */
    private static final Set<String> RELATIONSHIPS = Set.of("R1", "R2", "R3", "R4", "R6", "R7", "R8", "R9", "R10",
            "R11", "R12", "R13", "R14", "R15", "R16", "R17", "R18", "R19", "R20", "R22",
            // ... and those of the second reference (aws-more-services.md) for DynamoDB, SQS and SNS
            "DDB-R1", "DDB-R2", "MSG-R1", "MSG-R2",
            // ... and for the load balancer, the NAT gateway, IAM roles and KMS keys (issue 14)
            "ALB-R1", "ALB-R2", "ALB-R4", "NAT-R1", "NAT-R2", "IAM-R1", "IAM-R2", "KMS-R1", "KMS-R3");

    private static Set<String> ruleBookIds() {
        return ANALYZER.rules().all().stream().map(RuleSpec::id).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void everyRuleOfTheRuleBookIsFiredByAFixture() {
        Set<String> fired = new TreeSet<>();
        Fixtures.all().values().forEach(d -> fired.addAll(FindingAsserts.ruleIds(analyze(d))));

        Set<String> unfired = ruleBookIds();
        unfired.removeAll(fired);
        assertEquals(Set.of(), unfired, "rules no fixture fires; add a fixture and a family test");
    }

    @Test
    void everyRuleOfTheRuleBookIsNamedInAFamilyTest() throws IOException {
        assumeTrue(Files.isDirectory(TEST_SOURCES), "test sources not found from " + Path.of("").toAbsolutePath());
        String tests;
        try (Stream<Path> files = Files.list(TEST_SOURCES)) {
            tests = files.filter(p -> p.getFileName().toString().endsWith("RulesTest.java")).map(p -> {
                try {
                    return Files.readString(p);
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }).collect(Collectors.joining("\n"));
        }
        Set<String> unnamed = ruleBookIds().stream().filter(id -> !tests.contains("\"" + id + "\""))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of(), unnamed, "rules no *RulesTest names");
    }

    @Test
    void ruleIdsBelongToKnownFamiliesAndCiteKnownRelationships() {
        for (RuleSpec r : ANALYZER.rules().all()) {
            assertTrue(r.id().matches("(placement|vpc|subnet|ec2|rds|s3|cloudfront|lambda|ecs|eks|apigateway"
                    + "|dynamodb|sqs|sns|alb|nat|iam|kms)\\.[a-z0-9-]+"), r.id());
            assertTrue(r.relationship().isEmpty() || RELATIONSHIPS.contains(r.relationship()),
                    r.id() + " cites " + r.relationship());
            assertFalse(r.sources().isEmpty(), r.id() + " has no source");
        }
    }

    @Test
    void diagramWithEveryCustomerSettingDoneRightHasNoFindings() {
        DiagramBuilder d = Fixtures.network();
        Fixtures.hardenedInstance(d, "app", "priv");
        Fixtures.hardenedDatabase(d, "db", "priv");
        Fixtures.hardenedBucket(d, "data");
        Fixtures.hardenedFunction(d, "fn");
        Fixtures.hardenedService(d, "svc", "priv");
        Fixtures.hardenedCluster(d, "k8s");
        Fixtures.hardenedApi(d, "api");
        Fixtures.hardenedTable(d, "orders");
        Fixtures.hardenedQueue(d, "jobs");
        Fixtures.hardenedTopic(d, "alerts");
        Fixtures.hardenedKey(d, "key");
        d.connect("orders", "key").connect("data", "key");
        d.connect("app", "data").connect("app", "db").connect("api", "fn").connect("fn", "data")
                .connect("svc", "data").connect("app", "orders").connect("app", "jobs").connect("app", "alerts");

        Analysis a = analyze(d);
        assertTrue(a.findings().isEmpty(), summary(a));
    }
}
