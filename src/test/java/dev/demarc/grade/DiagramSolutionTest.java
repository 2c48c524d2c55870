package dev.demarc.grade;

import static dev.demarc.grade.Students.analyze;
import static dev.demarc.grade.Students.set;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.demarc.analysis.RuleSpec;
import dev.demarc.analysis.Severity;
import dev.demarc.catalog.Duty;
import dev.demarc.model.ComponentType;
import dev.demarc.model.Diagram;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A solution diagram is graded as the rubric it shows. The derivation is checked against the rules of
 * docs/grading.md by hand, and the derived rubric, written as a file and read back, grades every student exactly
 * as the diagram does.
 */
class DiagramSolutionTest {

    private static final ComponentType CLOUDFRONT = ComponentType.CLOUDFRONT;
    private static final ComponentType EC2 = ComponentType.EC2;
    private static final ComponentType RDS = ComponentType.RDS;
    private static final ComponentType S3 = ComponentType.S3;

    private static Diagram solution;
    private static DiagramSolution bySolution;

    @BeforeAll
    static void loadSolution() throws Exception {
        solution = Students.exercise();
        bySolution = new DiagramSolution(analyze(solution), Students.CATALOG, Students.ANALYZER.rules());
    }

    @Test
    void theWellConfiguredSampleAsksForEveryComponentItHasAndEveryRuleItKeeps() {
        Rubric r = bySolution.rubric();
        assertEquals(Map.of(CLOUDFRONT, new Rubric.Required(1, 10), S3, new Rubric.Required(1, 10),
                ComponentType.VPC, new Rubric.Required(1, 10), ComponentType.SUBNET, new Rubric.Required(2, 10),
                EC2, new Rubric.Required(2, 10), RDS, new Rubric.Required(1, 10),
                ComponentType.IAM_ROLE, new Rubric.Required(2, 10)), r.required());
        assertEquals(Map.of(EC2, 25, RDS, 25, S3, 25), r.notReachable());
        assertEquals(Map.of(CLOUDFRONT, 15, EC2, 15, RDS, 15, S3, 15), r.encrypted());
        assertEquals(Map.of(EC2, 10, RDS, 10), r.privateSubnet());
        assertEquals(Optional.empty(), r.maxSeverity());
        assertEquals(255, r.possible());
    }

    @Test
    void everyExposureAndEncryptionRuleTheSolutionDoesNotBreakIsForbiddenAtItsSeverity() {
        Map<String, Integer> forbidden = bySolution.rubric().forbiddenRules();
        assertEquals(25, forbidden.get("rds.exposed-to-internet"));
        assertEquals(8, forbidden.get("ec2.public-ip"));
        for (RuleSpec rule : Students.ANALYZER.rules().all()) {
            boolean exposeOrEncrypt = rule.category() == Duty.EXPOSE || rule.category() == Duty.ENCRYPT;
            assertEquals(exposeOrEncrypt && rule.severity() != Severity.INFO, forbidden.containsKey(rule.id()),
                    rule.id());
        }
    }

    @Test
    void whatTheSolutionDoesItselfIsAllowed() throws Exception {
        Diagram publicApp = set(solution, "web-subnet", "public", true);
        publicApp = set(publicApp, "app-1", "publicIp", true);
        DiagramSolution lenient = new DiagramSolution(analyze(publicApp), Students.CATALOG,
                Students.ANALYZER.rules());
        assertEquals(Map.of(RDS, 10), lenient.rubric().privateSubnet());
        assertTrue(!lenient.rubric().forbiddenRules().containsKey("ec2.public-ip"));
        assertEquals(List.of(), lenient.mark(analyze(publicApp)).differences());
    }

    @Test
    void anUnencryptedOrReachableSolutionDropsThatRuleForItsType() throws Exception {
        DiagramSolution unencrypted = new DiagramSolution(analyze(set(solution, "app-1", "ebsEncrypted", false)),
                Students.CATALOG, Students.ANALYZER.rules());
        assertEquals(Map.of(CLOUDFRONT, 15, RDS, 15, S3, 15), unencrypted.rubric().encrypted());
    }

    @Test
    void theDerivedRubricWrittenAndReadBackGradesEveryStudentAsTheDiagramDoes() throws Exception {
        String file = RubricWriter.write(bySolution.rubric());
        Rubric read = new RubricReader(Students.CATALOG, Students.ANALYZER.rules())
                .read(file.getBytes(StandardCharsets.UTF_8));
        assertEquals(bySolution.rubric(), read);
        RubricGrader byRubric = new RubricGrader(read, Students.CATALOG, Students.ANALYZER.rules());
        List<Diagram> students = List.of(Diagram.empty(), Students.remove(solution, "db"),
                GradingFairnessTest.publicDatabase(solution), GradingFairnessTest.sshOnPublicAppTier(solution),
                set(solution, "db", "storageEncrypted", false), Students.redrawn(solution, "s-"),
                Students.copy(solution, "app-2", "app-3"), Students.sample("insecure-teaching-example.json"),
                Students.sample("web-app-ec2-rds.json"));
        for (Diagram student : students) {
            assertEquals(bySolution.mark(analyze(student)), byRubric.mark(analyze(student)), student.title());
        }
    }

    @Test
    void anExtraInstanceCostsNothingWhenItKeepsTheRules() {
        assertEquals(List.of(), bySolution.mark(analyze(Students.copy(solution, "app-2", "app-3"))).differences());
    }

    @Test
    void infoFindingsAreNotesNotDifferences() throws Exception {
        // The solution's database uses a customer managed key (an info finding); a student with the AWS key
        // has one finding fewer, and the reverse must not cost points either.
        Diagram awsKey = set(solution, "db", "customerManagedKey", false);
        DiagramSolution reverse = new DiagramSolution(analyze(awsKey), Students.CATALOG, Students.ANALYZER.rules());
        assertEquals(List.of(), bySolution.mark(analyze(awsKey)).differences());
        assertEquals(List.of(), reverse.mark(analyze(solution)).differences());
    }

    @Test
    void aFindingOutsideExposureAndEncryptionIsNotCompared() {
        assertEquals(List.of(), bySolution.mark(analyze(set(solution, "db", "multiAz", false))).differences());
    }

    @Test
    void anEmptySolutionDiagramCannotBeGradedAgainst() {
        SolutionException e = assertThrows(SolutionException.class, () -> new DiagramSolution(
                analyze(Diagram.empty()), Students.CATALOG, Students.ANALYZER.rules()));
        assertTrue(e.problem().message().contains("has no components"), e.problem().message());
    }

    @Test
    void anInstanceOutsideTheVpcBreaksThePrivateSubnetRule() {
        Marking m = bySolution.mark(analyze(Students.change(solution, "app-2", c -> c.withParent(null))));
        assertEquals(List.of("placement (-10): every EC2 must be in a private subnet: EC2 'App server 2' (app-2) is "
                + "outside any VPC"), m.differences().stream().map(Difference::describe).toList());
        assertEquals(96, m.score()); // 245 of 255 points, rounded down
    }

    @Test
    void gradingIsDeterministic() throws Exception {
        Diagram student = Students.sample("insecure-teaching-example.json");
        assertEquals(bySolution.mark(analyze(student)), bySolution.mark(analyze(student)));
    }
}
