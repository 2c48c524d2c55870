package dev.demarc.cli;

import static dev.demarc.cli.Cli.run;
import static dev.demarc.cli.Cli.sample;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Exit codes and option handling of {@code demarc check} (issue 2, section 5). */
class CheckCommandTest {

    private static final String INSECURE = sample("insecure-teaching-example.json");
    private static final String WELL_CONFIGURED = sample("three-tier-well-configured.json");

    @TempDir
    Path dir;

    private String file(String name, String content) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, content);
        return p.toString();
    }

    @Test
    void aCleanSampleExitsZeroAndIsReported() {
        Cli.Run r = run(WELL_CONFIGURED).assertNoStackTrace();
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("three-tier-well-configured.json"), r.out());
        assertTrue(r.out().contains("Three-tier web app, well configured"), r.out());
        assertEquals("", r.err());
    }

    @Test
    void findingsNeverFailWithoutFailOn() {
        Cli.Run r = run(INSECURE).assertNoStackTrace();
        assertEquals(0, r.code());
    }

    @Test
    void failOnHighFailsTheInsecureExample() {
        assertEquals(1, run("--fail-on", "high", INSECURE).assertNoStackTrace().code());
    }

    @Test
    void failOnHighPassesTheWellConfiguredExample() {
        assertEquals(0, run("--fail-on", "high", WELL_CONFIGURED).assertNoStackTrace().code());
    }

    @Test
    void failOnLooksAtEveryFile() {
        assertEquals(1, run("--fail-on", "high", WELL_CONFIGURED, INSECURE).code());
        assertEquals(1, run(INSECURE, "--fail-on", "high", WELL_CONFIGURED).code(), "options may follow files");
    }

    @Test
    void failOnAcceptsAnyCaseAndTheEqualsForm() {
        assertEquals(1, run("--fail-on=HIGH", INSECURE).code());
        assertEquals(1, run("--fail-on", "Info", INSECURE).code(), "any finding is at least info");
        assertEquals(0, run("--fail-on=critical", WELL_CONFIGURED).code());
    }

    @Test
    void anInvalidFileGivesTwoWhileTheOtherFilesAreStillReported() throws Exception {
        String broken = file("broken.json", "{\"format\": \"demarc-diagram\", \"formatVersion\": 1, \"components\": [");
        Cli.Run r = run(broken, WELL_CONFIGURED).assertNoStackTrace();
        assertEquals(2, r.code());
        assertTrue(r.out().contains("broken.json: cannot be checked"), r.out());
        assertTrue(r.out().contains("ends too early"), r.out());
        assertTrue(r.out().contains("Three-tier web app, well configured"), "the good file is still reported:\n"
                + r.out());
    }

    @Test
    void anUnreadableFileWinsOverFindings() throws Exception {
        Cli.Run r = run("--fail-on", "high", INSECURE, dir.resolve("missing.json").toString()).assertNoStackTrace();
        assertEquals(2, r.code());
        assertTrue(r.out().contains("File not found"), r.out());
        assertTrue(r.out().contains("missing.json"), r.out());
    }

    @Test
    void aFolderIsReportedNotCrashedOn() {
        Cli.Run r = run(dir.toString()).assertNoStackTrace();
        assertEquals(2, r.code());
        assertTrue(r.out().contains("is a folder"), r.out());
    }

    @Test
    void anUnknownPropertyIsAWarningNotAFailure() throws Exception {
        String f = file("warn.json", "{\"format\": \"demarc-diagram\", \"formatVersion\": 1, \"components\": ["
                + "{\"id\": \"bucket\", \"type\": \"S3\", \"x\": 0, \"y\": 0, "
                + "\"properties\": {\"colour\": \"red\"}}]}");
        Cli.Run r = run(f).assertNoStackTrace();
        assertEquals(0, r.code());
        assertTrue(r.out().contains("warning: Component 'bucket'"), r.out());
        assertTrue(r.out().contains("'colour'"), r.out());
    }

    @Test
    void helpExitsZeroWithUsage() {
        for (String help : new String[] {"--help", "-h"}) {
            Cli.Run r = run(help).assertNoStackTrace();
            assertEquals(0, r.code());
            assertTrue(r.out().contains("Usage: demarc check"), r.out());
            assertTrue(r.out().contains("--format"), r.out());
            assertTrue(r.out().contains("--fail-on"), r.out());
            assertEquals("", r.err());
        }
    }

    @Test
    void helpWinsOverFiles() {
        Cli.Run r = run(WELL_CONFIGURED, "--help");
        assertEquals(0, r.code());
        assertTrue(r.out().startsWith("Usage: demarc check"), r.out());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "unknown option;--colour x.json;unknown option '--colour'",
        "unknown short option;-q x.json;unknown option '-q'",
        "missing value for --format;x.json --format;--format needs a value",
        "empty --format=;--format= x.json;unknown format ''",
        "bad --format value;--format xml x.json;unknown format 'xml'",
        "bad --format= value;--format=yaml x.json;unknown format 'yaml'",
        "missing value for --fail-on;x.json --fail-on;--fail-on needs a severity",
        "bad --fail-on value;--fail-on severe x.json;unknown severity 'severe'",
        "bad --fail-on= value;--fail-on=2 x.json;unknown severity '2'",
        "no files;--format json;no diagram file given",
        "no arguments at all;;no diagram file given",
    })
    void usageErrorsExitTwoWithAMessageOnStderr(String name, String args, String message) {
        String[] argv = args == null ? new String[0] : args.split(" ");
        Cli.Run r = run(argv).assertNoStackTrace();
        assertEquals(2, r.code(), name);
        assertTrue(r.err().contains("demarc check: " + message), r.err());
        assertTrue(r.err().contains("Usage: demarc check"), "usage follows the problem:\n" + r.err());
        assertEquals("", r.out(), "nothing on stdout for a usage error");
    }

    @Test
    void doubleDashEndsOptions() throws Exception {
        Path dashed = dir.resolve("-odd.json");
        Files.copy(Path.of(WELL_CONFIGURED), dashed);
        Cli.Run r = run("--fail-on", "high", "--", dashed.toString()).assertNoStackTrace();
        assertEquals(0, r.code(), r.err() + r.out());
        assertTrue(r.out().contains("-odd.json"), r.out());
    }

    @Test
    void theEqualsFormOfFormatWorks() {
        Cli.Run r = run("--format=json", WELL_CONFIGURED).assertNoStackTrace();
        assertEquals(0, r.code());
        assertTrue(r.out().startsWith("{"), r.out());
        assertFalse(r.out().contains("Your duties per component"), "not the text report");
    }

    @Test
    void formatNamesAreCaseInsensitive() {
        assertTrue(run("--format", "JSON", WELL_CONFIGURED).out().startsWith("{"));
        assertTrue(run("--format", "Markdown", WELL_CONFIGURED).out().startsWith("# "));
    }
}
