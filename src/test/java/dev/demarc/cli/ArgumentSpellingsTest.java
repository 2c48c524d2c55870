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

/**
 * How the commands read the ways an argument can be written: a lone dash, {@code --}, a name starting with
 * {@code @}, a value holding {@code =}, a repeated option, a value that is really the next option. These are
 * the argument library's rules (picocli), pinned here so that an upgrade or a setting that changes one
 * fails a test rather than a user's script.
 */
class ArgumentSpellingsTest {

    private static final String WELL_CONFIGURED = sample("three-tier-well-configured.json");

    @TempDir
    Path dir;

    @Test
    void aLoneDashIsAFileNameNotAnOption() {
        Cli.Run r = run("-").assertNoStackTrace();
        assertEquals(2, r.code());
        assertTrue(r.out().contains("-: cannot be checked"), r.out());
        assertEquals("", r.err(), "not a usage error");
    }

    @Test
    void afterADoubleDashEveryArgumentIsAFileEvenOneSpelledAsAnOption() {
        Cli.Run r = run("--", "--help", "-q").assertNoStackTrace();
        assertEquals(2, r.code());
        assertTrue(r.out().contains("--help: cannot be checked"), r.out());
        assertTrue(r.out().contains("-q: cannot be checked"), r.out());
        assertFalse(r.out().contains("Usage:"), "--help after -- asks for no help");
    }

    @Test
    void aNameStartingWithAtIsAFileNotAListOfArguments() throws Exception {
        Path at = dir.resolve("@class.json");
        Files.copy(Path.of(WELL_CONFIGURED), at);
        Cli.Run r = run(at.toString()).assertNoStackTrace();
        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("@class.json"), r.out());
    }

    @Test
    void theLastOfARepeatedOptionCounts() {
        Cli.Run r = run("--format", "json", "--format=markdown", WELL_CONFIGURED).assertNoStackTrace();
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("# "), "markdown:\n" + r.out());
    }

    @Test
    void onlyTheFirstEqualsSignSplitsAnOptionFromItsValue() {
        Path csv = dir.resolve("grades=final.csv");
        Cli.Run r = GradeCommandTest.grade("--solution=" + WELL_CONFIGURED, "--csv=" + csv, WELL_CONFIGURED)
                .assertNoStackTrace();
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.exists(csv), "written under its whole name");
    }

    @Test
    void anOptionWhereAValueShouldBeLeavesTheValueMissing() {
        Cli.Run r = GradeCommandTest.grade("--solution", WELL_CONFIGURED, "--csv", "--help", WELL_CONFIGURED)
                .assertNoStackTrace();
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("demarc grade: --csv needs a file name"), r.err());
        assertFalse(Files.exists(Path.of("--help")), "no file named --help");
    }

    @Test
    void aFlagTakesNoValueButTrueAndFalseAreReadAsTheFlag() {
        Cli.Run r = GradeCommandTest.grade("--solution", WELL_CONFIGURED, "--show-rubric=perhaps").assertNoStackTrace();
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("demarc grade: --show-rubric takes no value"), r.err());
        assertEquals(0, GradeCommandTest.grade("--solution", WELL_CONFIGURED, "--show-rubric=true").code());
    }
}
