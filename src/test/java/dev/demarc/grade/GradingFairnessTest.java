package dev.demarc.grade;

import static dev.demarc.grade.Students.analyze;
import static dev.demarc.grade.Students.withRules;
import static dev.demarc.grade.Students.set;
import static dev.demarc.grade.Students.tcp;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.demarc.model.Diagram;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Six students of the three-tier exercise, graded as an instructor would: against the well-configured sample
 * diagram and against the sample rubric. The expected scores are worked out by hand from the scoring table of
 * docs/grading.md, not taken from the grader:
 *
 * <pre>
 * solution diagram, as its rubric (235 points):
 *   require 8 components x 10 = 80; unreachable EC2, RDS, S3: 3 x 25 = 75;
 *   encrypted CloudFront, EC2, RDS, S3: 4 x 15 = 60; private subnet EC2, RDS: 2 x 10 = 20
 * sample rubric (200 points):
 *   require VPC 10, SUBNET 2 x 10, EC2 10, RDS 20, S3 10 = 70; unreachable RDS 40, S3 25 = 65;
 *   encrypted RDS 30, EC2 15 = 45; private subnet RDS 20
 * </pre>
 */
class GradingFairnessTest {

    private static Diagram solution;
    private static Solution diagram;
    private static Solution rubric;
    /** The six students, in the order of the scores they should get against the diagram. */
    private static final Map<String, Diagram> STUDENTS = new LinkedHashMap<>();

    @BeforeAll
    static void sixStudents() throws Exception {
        SolutionReader reader = new SolutionReader(Students.CATALOG, Students.ANALYZER);
        diagram = reader.read(Students.EXERCISE);
        rubric = reader.read(Students.SAMPLES.resolve("rubrics/three-tier-private-database.json"));
        solution = Students.exercise();
        STUDENTS.put("empty", Diagram.empty());
        STUDENTS.put("no database", Students.remove(solution, "db"));
        STUDENTS.put("public database", publicDatabase(solution));
        STUDENTS.put("ssh on a public app tier", sshOnPublicAppTier(solution));
        STUDENTS.put("unencrypted database", set(solution, "db", "storageEncrypted", false));
        STUDENTS.put("redrawn", Students.redrawn(solution, "s-"));
    }

    static Diagram publicDatabase(Diagram d) {
        d = set(d, "data-subnet", "public", true);
        d = set(d, "db", "publiclyAccessible", true);
        return withRules(d, "db", tcp(5432, "0.0.0.0/0"));
    }

    static Diagram sshOnPublicAppTier(Diagram d) {
        d = set(d, "web-subnet", "public", true);
        d = set(d, "app-1", "publicIp", true);
        return withRules(d, "app-1", tcp(443, "10.0.0.0/16"), tcp(22, "0.0.0.0/0"));
    }

    private static Marking mark(Solution s, String student) {
        return s.mark(analyze(STUDENTS.get(student)));
    }

    private static String fix(String rule) {
        return Students.ANALYZER.rules().get(rule).remediation();
    }

    @Test
    void scoresAgainstTheSolutionDiagramFollowTheTable() {
        Map<String, Integer> expected = new LinkedHashMap<>();
        expected.put("empty", 0);                       // nothing met
        // 255 points: the sample's two IAM roles (its format 2 role flags) are required components too.
        expected.put("no database", 76);                // 255 - (10 + 25 + 15 + 10) = 195; 19500 / 255
        expected.put("public database", 86);            // 255 - (25 unreachable + 10 private) = 220; 22000 / 255
        expected.put("ssh on a public app tier", 86);   // 255 - (25 unreachable + 10 private) = 220
        expected.put("unencrypted database", 94);       // 255 - 15 = 240; 24000 / 255
        expected.put("redrawn", 100);
        expected.forEach((student, score) -> assertEquals(score, mark(diagram, student).score(), student));
        assertEquals(255, mark(diagram, "empty").possible());
    }

    @Test
    void scoresAgainstTheSampleRubricFollowTheTable() {
        Map<String, Integer> expected = new LinkedHashMap<>();
        expected.put("empty", 0);                       // nothing met
        expected.put("no database", 45);                // 200 - (20 + 40 + 30 + 20) = 90
        expected.put("public database", 70);            // 200 - (40 unreachable + 20 private) = 140
        expected.put("unencrypted database", 85);       // 200 - 30 = 170
        expected.put("ssh on a public app tier", 92);   // 200 - 15 forbidden ec2.admin-port-open = 185
        expected.put("redrawn", 100);
        expected.forEach((student, score) -> assertEquals(score, mark(rubric, student).score(), student));
        assertEquals(200, mark(rubric, "empty").possible());
    }

    @Test
    void anEmptyDiagramScoresZeroAgainstEitherSolution() {
        assertEquals(0, mark(diagram, "empty").score());
        assertEquals(0, mark(rubric, "empty").score());
    }

    @Test
    void aMissingDatabaseScoresBelowAnUnencryptedOneAndBelowAPublicOne() {
        for (Solution s : List.of(diagram, rubric)) {
            int missing = mark(s, "no database").score();
            assertTrue(missing < mark(s, "unencrypted database").score(), "missing below unencrypted");
            assertTrue(missing < mark(s, "public database").score(), "missing below public");
        }
    }

    @Test
    void rulesAboutTheMissingDatabaseAreNotMetAndSaySo() {
        Marking m = mark(rubric, "no database");
        assertEquals(List.of(
                "missing (-20): RDS: the exercise asks for at least 1, this diagram has 0",
                "absent (-40): every RDS must be unreachable from the internet: this diagram has no RDS, so nothing "
                        + "shows it",
                "absent (-30): every RDS must encrypt its data at rest and in transit: this diagram has no RDS, so "
                        + "nothing shows it",
                "absent (-20): every RDS must be in a private subnet: this diagram has no RDS, so nothing shows it"),
                m.differences().stream().map(Difference::describe).toList());
        assertEquals("Add 1 RDS.", m.differences().get(0).fix());
        assertEquals("Add the RDS the exercise is about, and make it encrypted at rest and in transit.",
                m.differences().get(2).fix());
    }

    @Test
    void anUnencryptedDatabaseIsExplainedWithTheFixCheckPrints() {
        for (Solution s : List.of(diagram, rubric)) {
            List<Difference> d = mark(s, "unencrypted database").differences();
            assertEquals(1, d.size(), d.toString());
            assertEquals(Difference.Kind.UNENCRYPTED, d.get(0).kind());
            assertTrue(d.get(0).message().startsWith("every RDS must encrypt its data at rest and in transit: RDS "
                    + "'Orders database' (db) stores its data"),
                    d.get(0).message());
            assertEquals(fix("rds.storage-unencrypted"), d.get(0).fix());
        }
    }

    /**
     * The same student loses more against the diagram than against the rubric, and the feedback says why: the
     * diagram's app tier is private and unreachable, which it asks of every EC2; the rubric only forbids an
     * admin port open to the world.
     */
    @Test
    void sshOnAPublicAppTierIsExplainedDifferentlyByTheDiagramAndTheRubric() {
        List<Difference> byDiagram = mark(diagram, "ssh on a public app tier").differences();
        assertEquals(List.of(
                "reachable (-25): every EC2 must be unreachable from the internet: " + adminPortMessage(),
                "placement (-10): every EC2 must be in a private subnet: EC2 'App server 1' (app-1) is in a public "
                        + "subnet, EC2 'App server 2' (app-2) is in a public subnet"),
                byDiagram.stream().map(Difference::describe).toList());
        assertEquals(fix("ec2.admin-port-open"), byDiagram.get(0).fix());
        assertTrue(byDiagram.get(1).fix().startsWith("Move them into a private subnet"), byDiagram.get(1).fix());

        List<Difference> byRubric = mark(rubric, "ssh on a public app tier").differences();
        assertEquals(List.of("forbidden (-15): the exercise forbids this: " + adminPortMessage()
                + " (rule ec2.admin-port-open)"), byRubric.stream().map(Difference::describe).toList());
        assertEquals(fix("ec2.admin-port-open"), byRubric.get(0).fix());
    }

    private static String adminPortMessage() {
        return analyze(STUDENTS.get("ssh on a public app tier")).findings().stream()
                .filter(f -> f.rule().equals("ec2.admin-port-open")).findFirst().orElseThrow().message();
    }

    @Test
    void feedbackNeverSaysNotInTheSolutionAndEveryDifferenceHasAFix() {
        for (Solution s : List.of(diagram, rubric)) {
            for (String student : STUDENTS.keySet()) {
                for (Difference d : mark(s, student).differences()) {
                    assertFalse(d.message().contains("not in the solution"), d.message());
                    assertFalse(d.fix().isBlank(), student + ": " + d.describe());
                }
            }
        }
    }

    @Test
    void theSampleRubricsWeightsAreWhatTheFileSays() throws Exception {
        Rubric r = RubricReaderTest.read(Files.readString(Students.SAMPLES.resolve(
                "rubrics/three-tier-private-database.json")));
        assertEquals(200, r.possible());
    }
}
