package dev.demarc.grade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.demarc.analysis.Severity;
import dev.demarc.io.Problem;
import dev.demarc.model.ComponentType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Rubric files: what they may say, and that every mistake in one is named with its line and column. */
class RubricReaderTest {

    private static final String HEAD = "{\"format\": \"demarc-rubric\", \"formatVersion\": 1, ";

    private static final RubricReader READER = new RubricReader(Students.CATALOG, Students.ANALYZER.rules());

    static Rubric read(String text) throws SolutionException {
        return READER.read(text.getBytes(StandardCharsets.UTF_8));
    }

    static Problem problem(String text) {
        return assertThrows(SolutionException.class, () -> read(text)).problem();
    }

    @Test
    void theSampleRubricReadsEveryExpectation() throws Exception {
        Rubric r = READER.read(Files.readAllBytes(Students.SAMPLES.resolve(
                "rubrics/three-tier-private-database.json")));
        assertEquals("Three-tier web app with a private, encrypted database", r.title());
        assertEquals(Map.of(ComponentType.VPC, new Rubric.Required(1, 10), ComponentType.SUBNET,
                new Rubric.Required(2, 10), ComponentType.EC2, new Rubric.Required(1, 10), ComponentType.RDS,
                new Rubric.Required(1, 20), ComponentType.S3, new Rubric.Required(1, 10)), r.required());
        assertEquals(Map.of(ComponentType.RDS, 40, ComponentType.S3, 25), r.notReachable());
        assertEquals(Map.of(ComponentType.RDS, 30, ComponentType.EC2, 15), r.encrypted());
        assertEquals(Map.of(ComponentType.RDS, 20), r.privateSubnet());
        assertEquals(Optional.of(new Rubric.SeverityLimit(Severity.MEDIUM, OptionalInt.empty())), r.maxSeverity());
        assertEquals(Map.of("ec2.admin-port-open", 15, "ec2.all-traffic-open", 15), r.forbiddenRules());
    }

    @Test
    void theGradingGuideShowsTheSampleRubricAsItIs() throws Exception {
        String sample = Files.readString(Students.SAMPLES.resolve("rubrics/three-tier-private-database.json"));
        String guide = Files.readString(Students.SAMPLES.resolveSibling("docs").resolve("grading.md"));
        assertTrue(guide.contains("```json\n" + sample + "```"), "docs/grading.md must show the sample rubric");
    }

    @Test
    void aByteOrderMarkAndAnyFieldOrderAreFine() throws Exception {
        Rubric r = read("\uFEFF{\"maxSeverity\": \"HIGH\", \"formatVersion\": 1, \"require\": {\"RDS\": 1}, "
                + "\"format\": \"demarc-rubric\"}");
        assertEquals(Optional.of(Severity.HIGH), r.maxSeverity().map(Rubric.SeverityLimit::most));
        assertEquals(Optional.empty(), Optional.ofNullable(r.title()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "unknown field|`\"mustBeEncripted\": [\"RDS\"]}`|the unknown field \"mustBeEncripted\"|49",
        "unknown type|`\"notReachableFromInternet\": [\"RDSS\"]}`|\"RDSS\" is not a component type; the types are|78",
        "type in lower case|`\"mustBeEncrypted\": [\"rds\"]}`|(did you mean \"RDS\"?)|69",
        "reachability not judged|`\"notReachableFromInternet\": [\"CLOUDFRONT\"]}`|cannot judge internet "
                + "reachability for CLOUDFRONT; it can for APPLICATION_LOAD_BALANCER, EC2, ECS, LAMBDA, RDS, S3, SNS, "
                + "SQS|78",
        "private subnet for a bucket|`\"mustBeInPrivateSubnet\": [\"S3\"]}`|cannot judge placement in a private "
                + "subnet for S3; it can for APPLICATION_LOAD_BALANCER, EC2, ECS, EKS, LAMBDA, NAT_GATEWAY, RDS|75",
        "unknown rule|`\"forbiddenRules\": [\"ec2.ssh-open\"]}`|\"ec2.ssh-open\" is not a rule id|68",
        "unknown severity|`\"maxSeverity\": \"severe\"}`|must be critical, high, medium, low or "
                + "info, not \"severe\"|64",
        "count of zero|`\"require\": {\"RDS\": 0}}`|the count for RDS must be a whole number from 1 to 1000, not 0|68",
        "unknown type to require|`\"require\": {\"DATABASE\": 1}}`|\"DATABASE\" is not a component type|61",
        "require as a list|`\"require\": [\"RDS\"]}`|\"require\" must be an object of component types|60",
        "a number in a type list|`\"mustBeInPrivateSubnet\": [1]}`|must hold only strings or "
                + "{\"type\": ..., \"weight\": ...} objects, not 1|75",
        "weight of zero|`\"mustBeEncrypted\": [{\"type\": \"RDS\", \"weight\": 0}]}`|In "
                + "\"mustBeEncrypted\", the weight must be a whole number from 1 to 1000, not 0|95",
        "weight as text|`\"forbiddenRules\": [{\"rule\": \"s3.public\", \"weight\": \"high\"}]}`|the"
                + " weight must be a whole number from 1 to 1000, not high|100",
        "unknown item field|`\"mustBeEncrypted\": [{\"type\": \"RDS\", \"points\": 3}]}`|an item has"
                + " the unknown field \"points\"; an item may have \"type\" and \"weight\"|85",
        "item without its name|`\"notReachableFromInternet\": [{\"weight\": 3}]}`|an item has no \"type\"|78",
        "unknown type in an item|`\"mustBeEncrypted\": [{\"type\": \"rds\", \"weight\": 3}]}`|"
                + "(did you mean \"RDS\"?)|78",
        "item listed twice|`\"mustBeEncrypted\": [\"RDS\", {\"type\": \"RDS\", \"weight\": 3}]}`|RDS"
                + " is listed twice|76",
        "required weight of zero|`\"require\": {\"RDS\": {\"count\": 1, \"weight\": 0}}}`|the weight"
                + " of RDS must be a whole number from 1 to 1000, not 0|91",
        "required without count|`\"require\": {\"RDS\": {\"weight\": 5}}}`|the count for RDS is missing|68",
        "too many required|`\"require\": {\"RDS\": 100000}}`|from 1 to 1000, not 100000|68",
        "severity weight without severity|`\"require\": {\"RDS\": 1}, \"maxSeverity\": {\"weight\":"
                + " 5}}`|\"severity\" is missing|87",
    })
    void mistakesAreNamedAtTheirLineAndColumn(String name, String rest, String message, int column) {
        Problem p = problem(HEAD + rest);
        assertTrue(p.message().contains(message), name + ": " + p.message());
        assertEquals(1, p.line(), name);
        assertEquals(column, p.column(), name + ": " + p.describe());
    }

    @Test
    void aNewerVersionIsRefusedAtTheVersion() {
        Problem p = problem("{\"format\": \"demarc-rubric\", \"formatVersion\": 2, \"maxSeverity\": \"low\"}");
        assertTrue(p.message().contains("newer version of Demarc (rubric version 2)"), p.message());
        assertEquals(List.of(1, 46), List.of(p.line(), p.column()));
    }

    @Test
    void missingHeaderFieldsAreNamedAtTheObjectsStart() {
        Problem format = problem("\n  {\"formatVersion\": 1, \"maxSeverity\": \"low\"}");
        assertTrue(format.message().contains("\"format\" is missing"), format.message());
        assertEquals(List.of(2, 3), List.of(format.line(), format.column()));
        Problem version = problem("{\"format\": \"demarc-rubric\", \"maxSeverity\": \"low\"}");
        assertTrue(version.message().contains("\"formatVersion\" is missing"), version.message());
        assertEquals(List.of(1, 1), List.of(version.line(), version.column()));
    }

    @Test
    void aRubricThatOnlyForbidsIsRefusedSinceAnEmptyDiagramWouldScoreFullMarks() {
        Problem p = problem(HEAD + "\n\"maxSeverity\": \"low\", \"forbiddenRules\": [\"s3.public\"]}");
        assertTrue(p.message().contains("nothing to earn points by"), p.message());
        assertTrue(p.message().contains("only take points away"), p.message());
        assertEquals(List.of(1, 1), List.of(p.line(), p.column()));
    }

    @Test
    void aRubricThatExpectsNothingIsRefused() {
        Problem p = problem("{\"format\": \"demarc-rubric\", \"formatVersion\": 1, \"title\": \"empty\"}");
        assertTrue(p.message().contains("The rubric expects nothing"), p.message());
        assertTrue(p.message().contains("notReachableFromInternet"), p.message());
        assertEquals(List.of(1, 1), List.of(p.line(), p.column()));
    }

    @Test
    void brokenJsonIsNamedWhereItBreaks() {
        Problem p = problem("{\"format\": \"demarc-rubric\",\n \"formatVersion\": 1\n \"maxSeverity\": \"low\"}");
        assertTrue(p.message().startsWith("Not valid JSON: "), p.message());
        assertEquals(3, p.line(), p.describe());
        assertEquals(2, p.column(), p.describe());
    }

    @Test
    void anUnclosedListIsNamedWithoutJacksonsNotation() {
        Problem p = problem(HEAD + "\n\"mustBeEncrypted\": [\"RDS\"}");
        assertEquals("Not valid JSON: Unexpected close marker '}': expected ']'", p.message());
        assertEquals(List.of(2, 26), List.of(p.line(), p.column()));
    }

    @Test
    void aRubricBeyondTheReadersLimitsIsNamedAsTheDiagramReaderNamesIt() {
        Problem p = problem(HEAD + "\n\"title\": \"" + "x".repeat(10_001) + "\"}");
        assertEquals("A text value in the file is too long (more than 10000 characters)", p.message());
        assertEquals(List.of(2, 10), List.of(p.line(), p.column()));
    }

    @Test
    void aFieldGivenTwiceIsNamedOnItsSecondLine() {
        Problem p = problem(HEAD + "\n\"maxSeverity\": \"low\",\n\"maxSeverity\": \"high\"}");
        assertTrue(p.message().contains("Duplicate field \"maxSeverity\""), p.message());
        assertEquals(3, p.line(), p.describe());
    }

    @Test
    void textAfterTheObjectIsRefused() {
        Problem p = problem(HEAD + "\"require\": {\"RDS\": 1}}\n{}");
        assertTrue(p.message().contains("more text after the closing }"), p.message());
        assertEquals(List.of(2, 1), List.of(p.line(), p.column()));
    }

    @Test
    void aListInsteadOfAnObjectIsRefusedAtItsStart() {
        Problem p = problem("  [\"RDS\"]");
        assertTrue(p.message().contains("must hold one JSON object"), p.message());
        assertEquals(List.of(1, 3), List.of(p.line(), p.column()));
    }
}
