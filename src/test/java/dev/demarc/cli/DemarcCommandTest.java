package dev.demarc.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.demarc.PomVersion;
import dev.demarc.io.BuildVersion;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code demarc} as a whole: its version, its help, its commands reached through it, the desktop app asked for
 * with a diagram alone, and the bash completion script it writes.
 */
class DemarcCommandTest {

    @TempDir
    Path dir;

    private DemarcCommand demarc;

    private Cli.Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            demarc = new DemarcCommand(BuildVersion.current(), o, e, new CheckCommand(o, e, Cli.VERSION),
                    new GradeCommand(o, e, false), new RenderCommand(o, e, Map.of("DISPLAY", ":0")::get, "Linux",
                            HeadlessPlatform.monocle(), (diagram, overlay, scale, slide, target) -> Optional.empty()));
            code = demarc.run(args);
        }
        return new Cli.Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8))
                .assertNoStackTrace();
    }

    @Test
    void versionPrintsThePomsVersion() throws Exception {
        for (String option : new String[] {"--version", "-V"}) {
            Cli.Run r = run(option);
            assertEquals(0, r.code());
            assertEquals("demarc " + PomVersion.read() + "\n", r.out().replace("\r\n", "\n"));
            assertFalse(demarc.opensDesktop());
        }
    }

    @Test
    void helpNamesTheDesktopUseAndEveryCommand() {
        Cli.Run r = run("--help");
        assertEquals(0, r.code());
        assertTrue(r.out().startsWith("Usage: demarc [FILE.json]"), r.out());
        for (String command : new String[] {"check", "grade", "render", "generate-completion"}) {
            assertTrue(r.out().contains("\n  " + command + " "), command + " missing from:\n" + r.out());
        }
        assertFalse(demarc.opensDesktop(), "help opens no window");
    }

    @Test
    void aCommandsHelpAndErrorsAreItsOwnThroughDemarc() {
        Cli.Run help = run("render", "--help");
        assertEquals(0, help.code());
        assertTrue(help.out().startsWith("Usage: demarc render [--overlay] [--slide] [--scale N] FILE.json OUT.png"),
                help.out());

        Cli.Run wrong = run("check", "--colour", "x.json");
        assertEquals(2, wrong.code());
        assertTrue(wrong.err().startsWith("demarc check: unknown option '--colour'\n\nUsage: demarc check"),
                wrong.err());
        assertEquals("", wrong.out());
    }

    @Test
    void aCommandRunsThroughDemarcWithItsExitCode() {
        Cli.Run r = run("check", "--fail-on", "high", Cli.sample("insecure-teaching-example.json"));
        assertEquals(CheckCommand.FINDINGS, r.code(), r.err());
        assertTrue(r.out().contains("insecure-teaching-example.json"), r.out());
        assertFalse(demarc.opensDesktop());
    }

    @Test
    void aDiagramAloneAsksForTheDesktopAppWithIt() {
        Cli.Run r = run("samples/web-app-ec2-rds.json");
        assertEquals(0, r.code());
        assertEquals("", r.out() + r.err());
        assertTrue(demarc.opensDesktop());
        assertArrayEquals(new String[] {"samples/web-app-ec2-rds.json"}, demarc.desktopArguments());
    }

    @Test
    void anUnknownOptionOrASecondFileIsAUsageErrorNotAWindow() {
        Cli.Run option = run("--colour");
        assertEquals(2, option.code());
        assertTrue(option.err().startsWith("demarc: unknown option '--colour'\n\nUsage: demarc [FILE.json]"),
                option.err());
        assertFalse(demarc.opensDesktop());

        Cli.Run files = run("a.json", "b.json");
        assertEquals(2, files.code());
        assertTrue(files.err().startsWith("demarc: unexpected argument 'b.json'"), files.err());
        assertFalse(demarc.opensDesktop());
    }

    @Test
    void theCompletionScriptCompletesCommandsOptionsAndValuesInBash() throws Exception {
        Cli.Run r = run("generate-completion");
        assertEquals(0, r.code(), r.err());
        Path script = Files.writeString(dir.resolve("demarc-completion.bash"), r.out());
        Path bash = Path.of("/bin/bash");
        assumeTrue(Files.isExecutable(bash), "bash is needed to try the script");

        assertEquals("render", complete(bash, script, "demarc re"));
        assertEquals("--slide --scale", complete(bash, script, "demarc render --s"));
        assertEquals("text json markdown", complete(bash, script, "demarc check --format "));
        assertEquals("critical high medium low info", complete(bash, script, "demarc check x.json --fail-on "));
    }

    /** What bash offers for {@code line} (words split on spaces; a trailing space starts an empty word). */
    private static String complete(Path bash, Path script, String line) throws Exception {
        String[] words = line.split(" ", -1);
        StringBuilder array = new StringBuilder();
        for (String word : words) {
            array.append(" '").append(word).append('\'');
        }
        String command = "source '" + script + "' 2>/dev/null; COMP_WORDS=(" + array + "); COMP_CWORD="
                + (words.length - 1) + "; COMP_LINE='" + line + "'; COMP_POINT=${#COMP_LINE}; _complete_demarc"
                + " 2>/dev/null; echo \"${COMPREPLY[*]}\"";
        Process p = new ProcessBuilder(bash.toString(), "-c", command).redirectErrorStream(false).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertTrue(p.waitFor(20, TimeUnit.SECONDS));
        return out;
    }
}
