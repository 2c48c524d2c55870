package dev.demarc.grade;

import static dev.demarc.grade.Students.analyze;
import static dev.demarc.grade.Students.rules;
import static dev.demarc.grade.Students.set;
import static dev.demarc.grade.Students.tcp;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.demarc.model.Diagram;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Grading against the well-configured three-tier sample as the instructor's diagram. Each student variant
 * makes one mistake; the expected differences and scores are worked out by hand from docs/grading.md.
 */
class DiagramSolutionTest {

    private static Diagram solution;
    private static DiagramSolution grader;

    @BeforeAll
    static void loadSolution() throws Exception {
        solution = Students.sample("three-tier-well-configured.json");
        grader = new DiagramSolution(analyze(solution), Students.CATALOG);
    }

    private static GradedFile grade(Diagram student) {
        return GradedFile.graded("student.json", grader.compare(analyze(student)));
    }

    private static List<String> described(GradedFile g) {
        return g.differences().stream().map(Difference::describe).toList();
    }

    @Test
    void theSameDesignDrawnElsewhereWithOtherIdsScoresFullMarks() {
        GradedFile g = grade(Students.redrawn(solution, "s-"));
        assertEquals(List.of(), g.differences());
        assertEquals(100, g.score());
    }

    @Test
    void aMissingDatabaseIsAMissingType() {
        GradedFile g = grade(Students.remove(solution, "db"));
        assertEquals(List.of("missing (-10): RDS: the solution has 1, this diagram 0"), described(g));
        assertEquals(90, g.score());
    }

    @Test
    void anExtraInstanceIsAnExtraTypeAndNotAlsoAPlacement() {
        GradedFile g = grade(Students.copy(solution, "app-2", "app-3"));
        assertEquals(List.of("extra (-5): EC2: the solution has 2, this diagram 3"), described(g));
        assertEquals(95, g.score());
    }

    @Test
    void aPublicDatabaseIsAnExposureFindingAndAPlacement() {
        Diagram student = set(solution, "data-subnet", "public", true);
        student = set(student, "db", "publiclyAccessible", true);
        student = set(student, "db", "inboundRules", rules(tcp(5432, "0.0.0.0/0")));
        GradedFile g = grade(student);
        assertEquals(List.of(Difference.Kind.FINDING, Difference.Kind.PLACEMENT),
                g.differences().stream().map(Difference::kind).toList());
        assertEquals(List.of(
                "finding (-25): critical rds.exposed-to-internet, not in the solution: RDS 'Orders database' (db) is "
                        + "publicly accessible in a public subnet and its security group admits the whole internet on "
                        + "port 5432: anyone can try to log in.",
                "placement (-10): RDS 'Orders database' (db) is in a public subnet; the solution has it in a private "
                        + "subnet"), described(g));
        assertEquals(65, g.score());
    }

    @Test
    void anUnencryptedDatabaseIsAnEncryptionFinding() {
        GradedFile g = grade(set(solution, "db", "storageEncrypted", false));
        assertEquals(List.of("finding (-15): high rds.storage-unencrypted, not in the solution: RDS 'Orders database' "
                + "(db) stores its data, logs, backups and snapshots unencrypted. Encryption can only be chosen when "
                + "a database is created."), described(g));
        assertEquals(85, g.score());
    }

    @Test
    void instancesInAPublicSubnetArePlacementDifferencesEvenWhenNotExposed() {
        GradedFile g = grade(set(solution, "web-subnet", "public", true));
        assertEquals(List.of(
                "placement (-10): EC2 'App server 1' (app-1) is in a public subnet; the solution has it in a private "
                        + "subnet",
                "placement (-10): EC2 'App server 2' (app-2) is in a public subnet; the solution has it in a private "
                        + "subnet"), described(g));
        assertEquals(80, g.score());
    }

    @Test
    void anInstanceOutsideTheVpcIsAPlacementDifference() {
        GradedFile g = grade(Students.change(solution, "app-2", c -> c.withParent(null)));
        assertEquals(List.of("placement (-10): EC2 'App server 2' (app-2) is outside any VPC; the solution has it in "
                + "a private subnet"), described(g));
        assertEquals(90, g.score());
    }

    @Test
    void aSecondFindingOfARuleTheSolutionHasOnceIsADifference() throws Exception {
        DiagramSolution oneUnencrypted = new DiagramSolution(analyze(set(solution, "app-1", "ebsEncrypted", false)),
                Students.CATALOG);
        Diagram student = set(set(solution, "app-1", "ebsEncrypted", false), "app-2", "ebsEncrypted", false);
        List<Difference> d = oneUnencrypted.compare(analyze(student));
        assertEquals(List.of("finding (-15): high ec2.ebs-unencrypted, not in the solution: EC2 'App server 2' (app-2) "
                + "has unencrypted EBS volumes."), d.stream().map(Difference::describe).toList());
    }

    @Test
    void infoFindingsAreNotesNotDifferences() {
        // The solution's database uses a customer managed key (an info finding); a student with the AWS key
        // has one finding fewer, and the reverse must not cost points either.
        Diagram awsKey = set(solution, "db", "customerManagedKey", false);
        DiagramSolution reverse = new DiagramSolution(analyze(awsKey), Students.CATALOG);
        assertEquals(List.of(), grader.compare(analyze(awsKey)));
        assertEquals(List.of(), reverse.compare(analyze(solution)));
    }

    @Test
    void aFindingOutsideExposureAndEncryptionIsNotCompared() {
        assertEquals(List.of(), grade(set(solution, "db", "multiAz", false)).differences());
    }

    @Test
    void theScoreNeverDropsBelowZero() throws Exception {
        GradedFile g = grade(Students.sample("insecure-teaching-example.json"));
        assertEquals(0, g.score());
        assertEquals(17, g.differences().size());
    }

    @Test
    void gradingIsDeterministic() throws Exception {
        Diagram student = Students.sample("insecure-teaching-example.json");
        assertEquals(grader.compare(analyze(student)), grader.compare(analyze(student)));
    }
}
