package dev.demarc.grade;

import static dev.demarc.grade.Students.analyze;
import static dev.demarc.grade.Students.withRules;
import static dev.demarc.grade.Students.set;
import static dev.demarc.grade.Students.tcp;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.demarc.model.Diagram;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Grading against rubrics: each expectation and weight, on variants of the well-configured three-tier sample. */
class RubricTest {

    private static final String HEAD = "{\"format\": \"demarc-rubric\", \"formatVersion\": 1, ";

    private static Diagram good;
    private static Diagram publicDatabase;
    private static Diagram unencryptedDatabase;

    @BeforeAll
    static void variants() throws Exception {
        good = Students.exercise();
        publicDatabase = GradingFairnessTest.publicDatabase(good);
        unencryptedDatabase = set(good, "db", "storageEncrypted", false);
    }

    private static Marking mark(String rubricFields, Diagram student) throws Exception {
        Rubric r = RubricReaderTest.read(HEAD + rubricFields + "}");
        return new RubricGrader(r, Students.CATALOG, Students.ANALYZER.rules()).mark(analyze(student));
    }

    private static List<String> grade(String rubricFields, Diagram student) throws Exception {
        return mark(rubricFields, student).differences().stream().map(Difference::describe).toList();
    }

    private static String fix(String rule) {
        return Students.ANALYZER.rules().get(rule).remediation();
    }

    @Test
    void theWellConfiguredSampleMeetsTheSampleRubric() throws Exception {
        Rubric rubric = new RubricReader(Students.CATALOG, Students.ANALYZER.rules())
                .read(Files.readAllBytes(Students.SAMPLES.resolve("rubrics/three-tier-private-database.json")));
        Marking m = new RubricGrader(rubric, Students.CATALOG, Students.ANALYZER.rules()).mark(analyze(good));
        assertEquals(List.of(), m.differences());
        assertEquals(100, m.score());
    }

    @Test
    void tooFewComponentsOfARequiredTypeCostTheirWeightEach() throws Exception {
        Marking m = mark("\"require\": {\"EC2\": {\"count\": 4, \"weight\": 5}, \"RDS\": 1}", good);
        assertEquals(List.of("missing (-10): EC2: the exercise asks for at least 4, this diagram has 2"),
                m.differences().stream().map(Difference::describe).toList());
        assertEquals("Add 2 EC2s.", m.differences().get(0).fix());
        assertEquals(66, m.score()); // 4 x 5 + 10 = 30 points, 20 earned
    }

    @Test
    void aReachableDatabase() throws Exception {
        Marking m = mark("\"notReachableFromInternet\": [\"RDS\"]", publicDatabase);
        assertEquals(List.of("reachable (-25): every RDS must be unreachable from the internet: RDS 'Orders "
                + "database' (db) is publicly accessible in a "
                + "public subnet and group 'db-student-sg' admits the whole internet on port 5432: anyone can try to "
                + "log in."), m.differences().stream().map(Difference::describe).toList());
        assertEquals(fix("rds.exposed-to-internet"), m.differences().get(0).fix());
        assertEquals(0, m.score());
    }

    @Test
    void aDatabaseThatCouldBeButIsNotReachableMeetsTheExpectation() throws Exception {
        // Publicly accessible in a public subnet, but no rule admits the internet: the analyzer says it is not
        // reachable, so the rubric agrees.
        Diagram noOpenRule = withRules(publicDatabase, "db", tcp(5432, "10.0.0.0/16"));
        assertEquals(List.of(), grade("\"notReachableFromInternet\": [\"RDS\"]", noOpenRule));
    }

    @Test
    void aRuleAboutATypeTheDiagramDoesNotHaveIsNotMet() throws Exception {
        Marking m = mark("\"require\": {\"EC2\": 1}, \"mustBeEncrypted\": [\"RDS\"]", Students.remove(good, "db"));
        assertEquals(List.of("absent (-15): every RDS must encrypt its data at rest and in transit: this diagram "
                + "has no RDS, so nothing shows it"), m.differences().stream().map(Difference::describe).toList());
        assertEquals(40, m.score()); // 10 of 25 points
    }

    @Test
    void anUnencryptedDatabase() throws Exception {
        Marking m = mark("\"mustBeEncrypted\": [{\"type\": \"RDS\", \"weight\": 30}], \"require\": {\"RDS\": 1}",
                unencryptedDatabase);
        assertEquals(List.of("unencrypted (-30): every RDS must encrypt its data at rest and in transit: RDS 'Orders "
                + "database' (db) stores its data, logs, backups and snapshots unencrypted. Encryption can only be "
                + "chosen when a database is created."),
                m.differences().stream().map(Difference::describe).toList());
        assertEquals(fix("rds.storage-unencrypted"), m.differences().get(0).fix());
        assertEquals(25, m.score()); // 10 of 40 points
    }

    @Test
    void aDatabaseOutsideAPrivateSubnet() throws Exception {
        assertEquals(List.of("placement (-10): every RDS must be in a private subnet: RDS 'Orders database' (db) is "
                + "in a public subnet"), grade("\"mustBeInPrivateSubnet\": [\"RDS\"]", publicDatabase));
        Diagram loose = Students.change(good, "db", c -> c.withParent("vpc"));
        assertEquals(List.of("placement (-10): every RDS must be in a private subnet: RDS 'Orders database' (db) is "
                + "in a VPC but in no subnet"), grade("\"mustBeInPrivateSubnet\": [\"RDS\"]", loose));
    }

    @Test
    void aFindingAboveTheAllowedSeverityCostsItsSeverityOrTheWeight() throws Exception {
        List<Difference> d = mark("\"require\": {\"RDS\": 1}, \"maxSeverity\": \"medium\"", unencryptedDatabase)
                .differences();
        assertEquals(1, d.size(), d.toString());
        assertEquals("severity (-15): a high finding, above the allowed medium: RDS 'Orders database' (db) stores its "
                + "data, logs, backups and snapshots unencrypted. Encryption can only be chosen when a database is "
                + "created. (rule rds.storage-unencrypted)", d.get(0).describe());
        assertEquals(fix("rds.storage-unencrypted"), d.get(0).fix());
        Marking weighted = mark("\"require\": {\"RDS\": {\"count\": 1, \"weight\": 20}}, "
                + "\"maxSeverity\": {\"severity\": \"medium\", \"weight\": 4}", unencryptedDatabase);
        assertEquals(4, weighted.differences().get(0).points());
        assertEquals(80, weighted.score());
    }

    @Test
    void aForbiddenRuleCostsItsWeightPerFinding() throws Exception {
        Marking m = mark("\"require\": {\"RDS\": {\"count\": 1, \"weight\": 50}}, \"forbiddenRules\": "
                + "[{\"rule\": \"rds.storage-unencrypted\", \"weight\": 20}]", unencryptedDatabase);
        assertEquals(1, m.differences().size(), m.differences().toString());
        assertTrue(m.differences().get(0).describe().startsWith("forbidden (-20): the exercise forbids this: RDS "
                + "'Orders database' (db) stores its data"), m.toString());
        assertTrue(m.differences().get(0).describe().endsWith("(rule rds.storage-unencrypted)"), m.toString());
        assertEquals(60, m.score());
    }

    @Test
    void forbiddenFindingsTakeAwayNoMoreThanWasEarned() throws Exception {
        Marking m = mark("\"require\": {\"RDS\": 1}, \"forbiddenRules\": [{\"rule\": \"rds.storage-unencrypted\", "
                + "\"weight\": 50}]", unencryptedDatabase);
        assertEquals(0, m.score());
    }

    @Test
    void aFindingCountsOnceAgainstTheFirstExpectationItBreaks() throws Exception {
        List<String> d = grade("\"notReachableFromInternet\": [\"RDS\"], \"maxSeverity\": \"high\", "
                + "\"forbiddenRules\": [\"rds.exposed-to-internet\", \"rds.publicly-accessible\"]", publicDatabase);
        assertEquals(1, d.size(), d.toString());
        assertTrue(d.get(0).startsWith("reachable (-25): "), d.get(0));
    }

    @Test
    void theOrderOfARubricsFieldsDoesNotChangeTheFeedback() throws Exception {
        Diagram both = set(publicDatabase, "app-1", "ebsEncrypted", false);
        assertEquals(grade("\"notReachableFromInternet\": [\"S3\", \"RDS\"], \"mustBeEncrypted\": [\"RDS\", \"EC2\"]",
                both), grade("\"mustBeEncrypted\": [\"EC2\", \"RDS\"], \"notReachableFromInternet\": [\"RDS\", \"S3\"]",
                both));
    }
}
