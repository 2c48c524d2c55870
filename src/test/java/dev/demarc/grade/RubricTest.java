package dev.demarc.grade;

import static dev.demarc.grade.Students.analyze;
import static dev.demarc.grade.Students.rules;
import static dev.demarc.grade.Students.set;
import static dev.demarc.grade.Students.tcp;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.demarc.analysis.RuleSpec;
import dev.demarc.model.Diagram;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Grading against rubrics: each expectation, on variants of the well-configured three-tier sample. */
class RubricTest {

    private static final String HEAD = "{\"format\": \"demarc-rubric\", \"formatVersion\": 1, ";

    private static Diagram good;
    private static Diagram publicDatabase;
    private static Diagram unencryptedDatabase;

    @BeforeAll
    static void variants() throws Exception {
        good = Students.sample("three-tier-well-configured.json");
        Diagram d = set(good, "data-subnet", "public", true);
        d = set(d, "db", "publiclyAccessible", true);
        publicDatabase = set(d, "db", "inboundRules", rules(tcp(5432, "0.0.0.0/0")));
        unencryptedDatabase = set(good, "db", "storageEncrypted", false);
    }

    private static List<String> grade(String rubricFields, Diagram student) throws Exception {
        return RubricReaderTest.read(HEAD + rubricFields + "}").compare(analyze(student)).stream()
                .map(Difference::describe).toList();
    }

    @Test
    void theWellConfiguredSampleMeetsTheSampleRubric() throws Exception {
        Rubric rubric = new RubricReader(Students.CATALOG, Students.ANALYZER.rules().all().stream()
                .map(RuleSpec::id).toList())
                .read(Files.readAllBytes(Students.SAMPLES.resolve("rubrics/three-tier-private-database.json")));
        assertEquals(List.of(), rubric.compare(analyze(good)));
    }

    @Test
    void tooFewComponentsOfARequiredType() throws Exception {
        assertEquals(List.of("missing (-20): EC2: the rubric asks for at least 4, this diagram has 2"),
                grade("\"require\": {\"EC2\": 4, \"RDS\": 1}", good));
    }

    @Test
    void aReachableDatabase() throws Exception {
        assertEquals(List.of("reachable (-25): must not be reachable from the internet: RDS 'Orders database' (db) "
                + "is publicly accessible in a public subnet and its security group admits the whole internet on "
                + "port 5432: anyone can try to log in."), grade("\"notReachableFromInternet\": [\"RDS\"]",
                publicDatabase));
    }

    @Test
    void aDatabaseThatCouldBeButIsNotReachableMeetsTheExpectation() throws Exception {
        // Publicly accessible in a public subnet, but no rule admits the internet: the analyzer says it is not
        // reachable, so the rubric agrees.
        Diagram noOpenRule = set(publicDatabase, "db", "inboundRules", rules(tcp(5432, "10.0.0.0/16")));
        assertEquals(List.of(), grade("\"notReachableFromInternet\": [\"RDS\"]", noOpenRule));
    }

    @Test
    void anUnencryptedDatabase() throws Exception {
        assertEquals(List.of("unencrypted (-15): must be encrypted: RDS 'Orders database' (db) stores its data, "
                + "logs, backups and snapshots unencrypted. Encryption can only be chosen when a database is "
                + "created."), grade("\"mustBeEncrypted\": [\"RDS\"]", unencryptedDatabase));
    }

    @Test
    void aDatabaseOutsideAPrivateSubnet() throws Exception {
        assertEquals(List.of("placement (-10): RDS 'Orders database' (db) must be in a private subnet, but it is in a "
                + "public subnet"), grade("\"mustBeInPrivateSubnet\": [\"RDS\"]", publicDatabase));
        Diagram loose = Students.change(good, "db", c -> c.withParent("vpc"));
        assertEquals(List.of("placement (-10): RDS 'Orders database' (db) must be in a private subnet, but it is in a "
                + "VPC but in no subnet"), grade("\"mustBeInPrivateSubnet\": [\"RDS\"]", loose));
    }

    @Test
    void aFindingAboveTheAllowedSeverity() throws Exception {
        assertEquals(List.of("severity (-15): high rds.storage-unencrypted is above the allowed medium: RDS 'Orders "
                + "database' (db) stores its data, logs, backups and snapshots unencrypted. Encryption can only be "
                + "chosen when a database is created."), grade("\"maxSeverity\": \"medium\"", unencryptedDatabase));
    }

    @Test
    void aForbiddenRule() throws Exception {
        List<String> d = grade("\"forbiddenRules\": [\"rds.storage-unencrypted\"]", unencryptedDatabase);
        assertEquals(1, d.size(), d.toString());
        assertTrue(d.get(0).startsWith("forbidden (-15): forbidden rds.storage-unencrypted: RDS 'Orders database'"),
                d.get(0));
    }

    @Test
    void aFindingCountsOnceAgainstTheFirstExpectationItBreaks() throws Exception {
        List<String> d = grade("\"notReachableFromInternet\": [\"RDS\"], \"maxSeverity\": \"high\", "
                + "\"forbiddenRules\": [\"rds.exposed-to-internet\"]", publicDatabase);
        assertEquals(1, d.size(), d.toString());
        assertTrue(d.get(0).startsWith("reachable (-25): "), d.get(0));
    }

    @Test
    void theRulesBehindExpectationsAreRulesOfTheAnalyzer() {
        Set<String> known = Set.copyOf(Students.ANALYZER.rules().all().stream().map(RuleSpec::id).toList());
        for (Map<?, Set<String>> table : List.of(ExpectationRules.REACHABLE, ExpectationRules.UNENCRYPTED)) {
            table.values().forEach(ids -> assertTrue(known.containsAll(ids), ids + " are not all analyzer rules"));
        }
    }
}
