package dev.demarc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whether standard error is a terminal, asked of a child JVM that runs inside a pseudo-terminal made by
 * {@code script}: the progress bar of {@code grade} must reach the screen but never a redirected file.
 */
class TerminalTest {

    private static final Path SCRIPT = Path.of("/usr/bin/script");

    @TempDir
    Path dir;

    @Test
    void terminalDevicesAreRecognisedByTheirPath() {
        assertTrue(Terminal.isTerminalDevice("/dev/pts/3"));
        assertTrue(Terminal.isTerminalDevice("/dev/tty1"));
        assertFalse(Terminal.isTerminalDevice("/home/student/err.txt"));
        assertFalse(Terminal.isTerminalDevice("pipe:[12345]"));
        assertFalse(Terminal.isTerminalDevice("/dev/null"));
    }

    @Test
    void standardErrorLeftOnThePseudoTerminalIsATerminal() throws Exception {
        assertEquals("true", probe(""));
    }

    @Test
    void standardErrorRedirectedToAFileIsNotATerminalThoughInputAndOutputAre() throws Exception {
        assertEquals("false", probe(" 2>" + quote(dir.resolve("err.txt").toString())));
    }

    /** Runs the probe under {@code script}, with {@code redirect} appended to its shell command line. */
    private String probe(String redirect) throws Exception {
        assumeTrue(Files.isExecutable(SCRIPT) && Files.isDirectory(Path.of("/proc/self/fd")),
                "needs util-linux script and /proc (Linux)");
        Path answer = dir.resolve("answer.txt");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String command = quote(java) + " -XX:TieredStopAtLevel=1 -cp " + quote(System.getProperty("java.class.path"))
                + " " + TerminalProbe.class.getName() + " " + quote(answer.toString()) + redirect;
        Process p = new ProcessBuilder(List.of(SCRIPT.toString(), "-q", "-e", "-c", command, "/dev/null"))
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectOutput(dir.resolve("script-out.txt").toFile())
                .redirectErrorStream(true)
                .start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the probe did not finish");
        assertEquals(0, p.exitValue(), Files.readString(dir.resolve("script-out.txt")));
        return Files.readString(answer);
    }

    private static String quote(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }
}
