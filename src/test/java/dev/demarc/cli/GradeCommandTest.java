package dev.demarc.cli;

import static dev.demarc.cli.Cli.sample;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code demarc grade}: exit codes, the table, the CSV, unreadable files and usage errors. */
class GradeCommandTest {

    /** The three-tier exercise of docs/grading.md, whose scores are worked out by hand (see grade.Students). */
    private static final String SOLUTION = Path.of("src", "test", "resources", "dev", "demarc", "grade",
            "three-tier-exercise.json").toAbsolutePath().toString();
    private static final String RUBRIC = sample("rubrics/three-tier-private-database.json");
    private static final String INSECURE = sample("insecure-teaching-example.json");
    private static final String WEB_APP = sample("web-app-ec2-rds.json");

    @TempDir
    Path dir;

    static Cli.Run grade(boolean terminal, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            code = new GradeCommand(o, e, terminal).run(List.of(args));
        }
        return new Cli.Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static Cli.Run grade(String... args) {
        return grade(false, args);
    }

    private String file(String name, String content) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, content);
        return p.toString();
    }

    @Test
    void aStudentEqualToTheSolutionExitsZeroWithFullMarks() {
        Cli.Run r = grade("--solution", SOLUTION, SOLUTION).assertNoStackTrace();
        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(r.out().startsWith("file"), r.out());
        assertTrue(r.out().matches("(?s).*three-tier-exercise\\.json +100 +0\n.*"), r.out());
        assertTrue(r.out().contains("No differences."), r.out());
        assertEquals("", r.err());
    }

    @Test
    void differencesExitOneAndAreListedPerStudentWithTheirFixes() {
        // Against the solution's 255 points (docs/grading.md), the web app misses a CloudFront, an EC2, an S3 and
        // an IAM role (4 x 10), its web server is reachable (25) and public (10), nothing shows an S3 unreachable
        // (25), and CloudFront, EC2, RDS and S3 are not shown encrypted (4 x 15): 160 lost, 95 earned,
        // 9500 / 255 = 37.
        Cli.Run r = grade("--solution", SOLUTION, SOLUTION, WEB_APP).assertNoStackTrace();
        assertEquals(1, r.code(), r.err());
        assertTrue(r.out().matches("(?s).*web-app-ec2-rds\\.json +37 +11\n.*"), r.out());
        assertTrue(r.out().contains("web-app-ec2-rds.json: 37/100 (95 of 255 points)"), r.out());
        assertTrue(r.out().contains("  missing (-10): CloudFront: the exercise asks for at least 1, this diagram "
                + "has 0\n      Fix: Add 1 CloudFront.\n"), r.out());
        assertTrue(r.out().contains("  placement (-10): every EC2 must be in a private subnet: EC2 'Web server' (web) "
                + "is in a public subnet\n      Fix: Move it into a private subnet"), r.out());
        assertFalse(r.out().contains("not in the solution"), r.out());
    }

    @Test
    void aRubricCanBeTheSolution() {
        Cli.Run r = grade("--solution=" + RUBRIC, SOLUTION, WEB_APP).assertNoStackTrace();
        assertEquals(1, r.code(), r.err());
        assertTrue(r.out().matches("(?s).*three-tier-exercise\\.json +100 +0\n.*"), r.out());
        assertTrue(r.out().contains("forbidden (-15): the exercise forbids this: EC2 'Web server' (web)"), r.out());
        assertTrue(r.out().contains("(rule ec2.admin-port-open)\n      Fix: Remove the 0.0.0.0/0 rule for port 22"),
                r.out());
    }

    @Test
    void theRubricADiagramShowsCanBePrintedAndGradesAsTheDiagramDoes() throws Exception {
        Cli.Run shown = grade("--solution", SOLUTION, "--show-rubric").assertNoStackTrace();
        assertEquals(0, shown.code(), shown.err());
        assertEquals("", shown.err());
        assertTrue(shown.out().contains("\"notReachableFromInternet\": [\n    {\"type\": \"EC2\", \"weight\": 25},"),
                shown.out());
        String rubric = file("derived.json", shown.out());
        Cli.Run byDiagram = grade("--solution", SOLUTION, WEB_APP, INSECURE);
        Cli.Run byRubric = grade("--solution", rubric, WEB_APP, INSECURE);
        assertEquals(byDiagram.out(), byRubric.out());
        assertEquals(1, byRubric.code());
    }

    @Test
    void showRubricGradesNothing() {
        Cli.Run r = grade("--solution", RUBRIC, "--show-rubric", SOLUTION).assertNoStackTrace();
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("demarc grade: --show-rubric grades nothing"), r.err());
        Cli.Run sample = grade("--show-rubric", "--solution", RUBRIC).assertNoStackTrace();
        assertEquals(0, sample.code());
        assertTrue(sample.out().contains("{\"type\": \"RDS\", \"weight\": 40}"), sample.out());
    }

    @Test
    void anUnreadableStudentFileExitsTwoAndTheOthersAreStillGraded() throws Exception {
        String broken = file("broken.json", "{\"format\": \"demarc-diagram\",\n \"formatVersion\": 1,\n"
                + " \"components\": [}");
        Cli.Run r = grade("--solution", SOLUTION, broken, SOLUTION, dir.resolve("absent.json").toString())
                .assertNoStackTrace();
        assertEquals(2, r.code());
        assertTrue(r.out().matches("(?s).*broken\\.json +- +unreadable\n.*"), r.out());
        assertTrue(r.out().matches("(?s).*three-tier-exercise\\.json +100 +0\n.*"), r.out());
        assertTrue(r.out().contains("error: " + broken + ": Not valid JSON"), r.out());
        assertTrue(r.out().contains("(line 3, column 17)"), r.out());
        assertTrue(r.out().contains("File not found: " + dir.resolve("absent.json")), r.out());
    }

    @Test
    void theCsvHasOneRowPerStudentThatReadsBack() throws Exception {
        String broken = file("broken, \"quoted\".json", "[]");
        Path csv = dir.resolve("grades.csv");
        Cli.Run r = grade("--solution", SOLUTION, "--csv", csv.toString(), SOLUTION, INSECURE, broken)
                .assertNoStackTrace();
        assertEquals(2, r.code());
        List<List<String>> rows = CsvRows.parse(Files.readString(csv));
        assertEquals(List.of("file", "score", "difference_count", "differences", "error"), rows.get(0));
        assertEquals(4, rows.size(), rows.toString());
        assertEquals(List.of(SOLUTION, "100", "0", "", ""), rows.get(1));
        List<String> insecure = rows.get(2);
        // 255 points: one IAM role and one subnet short (20), EC2, RDS and S3 reachable (75), CloudFront, EC2, RDS
        // and S3 unencrypted (60), EC2 and RDS public (20), and forbidden findings of severity medium, medium,
        // medium and low (8 + 8 + 8 + 3): 202 lost, 53 earned, 5300 / 255 = 20 (the insecure sample has two
        // instances and an administrator role since issue 14).
        assertEquals(List.of(INSECURE, "20", "15"), insecure.subList(0, 3));
        String[] differences = insecure.get(3).split("\n");
        assertEquals(15, differences.length);
        assertEquals("missing (-10): IAM role: the exercise asks for at least 2, this diagram has 1 Fix: Add 1 IAM "
                + "role.", differences[0]);
        assertTrue(insecure.get(3).contains("reachable (-25): every RDS must be unreachable from the internet: "
                + "RDS 'Customer database' (db) is publicly accessible"), insecure.get(3));
        assertEquals("", insecure.get(4));
        assertEquals(List.of(broken, "", "", ""), rows.get(3).subList(0, 4));
        assertTrue(rows.get(3).get(4).startsWith(broken + ": A diagram file must hold one JSON object"),
                rows.get(3).get(4));
    }

    @Test
    void aCsvThatCannotBeWrittenExitsTwoAfterTheTable() {
        String csv = dir.resolve("no-such-folder").resolve("grades.csv").toString();
        Cli.Run r = grade("--solution", SOLUTION, "--csv", csv, SOLUTION).assertNoStackTrace();
        assertEquals(2, r.code());
        assertTrue(r.out().contains("100"), r.out());
        assertTrue(r.err().contains("demarc grade: the CSV file " + csv + " cannot be written: its folder does not "
                + "exist"), r.err());
    }

    @Test
    void anUnusableSolutionExitsTwoNamingItsLine() throws Exception {
        String rubric = file("rubric.json", "{\"format\": \"demarc-rubric\", \"formatVersion\": 1,\n"
                + "  \"mustBeEncrypted\": [\"DATABASE\"]}");
        Cli.Run r = grade("--solution", rubric, SOLUTION).assertNoStackTrace();
        assertEquals(2, r.code());
        assertEquals("", r.out());
        assertTrue(r.err().startsWith("demarc grade: the solution " + rubric + " cannot be used: In "
                + "\"mustBeEncrypted\", \"DATABASE\" is not a component type"), r.err());
        assertTrue(r.err().contains("(line 2, column 23)"), r.err());
    }

    @Test
    void aSolutionThatIsNeitherADiagramNorARubricIsNamedSo() throws Exception {
        String other = file("other.json", "{\"format\": \"demarc-quiz\"}");
        Cli.Run r = grade("--solution", other, SOLUTION).assertNoStackTrace();
        assertEquals(2, r.code());
        assertTrue(r.err().contains("must be a Demarc diagram (\"format\": \"demarc-diagram\") or a rubric "
                + "(\"format\": \"demarc-rubric\"), not \"demarc-quiz\""), r.err());
        Cli.Run missing = grade("--solution", dir.resolve("none.json").toString(), SOLUTION).assertNoStackTrace();
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("File not found"), missing.err());
    }

    @Test
    void noProgressBarWhenStderrIsNotATerminal() {
        List<String> args = new ArrayList<>(List.of("--solution", SOLUTION));
        for (int i = 0; i < GradeCommand.PROGRESS_FROM; i++) {
            args.add(SOLUTION);
        }
        Cli.Run r = grade(false, args.toArray(String[]::new));
        assertEquals(0, r.code());
        assertEquals("", r.err());
    }

    @Test
    void aProgressBarOnATerminalForManyFilesOnly() {
        List<String> args = new ArrayList<>(List.of("--solution", SOLUTION));
        for (int i = 0; i < GradeCommand.PROGRESS_FROM; i++) {
            args.add(SOLUTION);
        }
        Cli.Run many = grade(true, args.toArray(String[]::new));
        assertTrue(many.err().contains("\rGrading [###...........................] 1/10"), many.err());
        assertTrue(many.err().contains("\rGrading [##############################] 10/10"), many.err());
        assertTrue(many.err().endsWith("\r"), "the bar is wiped at the end");
        assertFalse(many.out().contains("Grading"), "the bar never goes to stdout");
        Cli.Run few = grade(true, "--solution", SOLUTION, SOLUTION, SOLUTION);
        assertEquals("", few.err());
    }

    @Test
    void helpExitsZeroWithUsage() {
        for (String help : new String[] {"--help", "-h"}) {
            Cli.Run r = grade(help).assertNoStackTrace();
            assertEquals(0, r.code());
            assertTrue(r.out().startsWith("Usage: demarc grade --solution SOLUTION.json [--csv FILE] STUDENT.json..."),
                    r.out());
            assertTrue(r.out().contains("docs/grading.md"), r.out());
            assertEquals("", r.err());
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "no solution;student.json;--solution is required",
        "no arguments at all;;--solution is required",
        "no student file;--solution s.json;no student file given",
        "missing value for --solution;student.json --solution;--solution needs a file name",
        "empty --solution=;--solution= student.json;--solution needs a file name",
        "missing value for --csv;--solution s.json student.json --csv;--csv needs a file name",
        "unknown option;--solution s.json --format json student.json;unknown option '--format'",
        "unknown short option;-q --solution s.json student.json;unknown option '-q'",
    })
    void usageErrorsExitTwoWithAMessageAndUsageOnStderr(String name, String args, String message) {
        String[] argv = args == null ? new String[0] : args.split(" ");
        Cli.Run r = grade(argv).assertNoStackTrace();
        assertEquals(2, r.code(), name);
        assertTrue(r.err().startsWith("demarc grade: " + message), r.err());
        assertTrue(r.err().contains("Usage: demarc grade"), "usage follows the problem:\n" + r.err());
        assertEquals("", r.out(), "nothing on stdout for a usage error");
    }
}
