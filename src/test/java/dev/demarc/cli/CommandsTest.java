package dev.demarc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Command;

/** What every command shares: a failure of Demarc itself is one line and exit code 2, never a stack trace. */
class CommandsTest {

    /** A command with a bug. */
    @Command(name = "explode")
    static final class Exploding implements Callable<Integer> {
        @Override
        public Integer call() {
            throw new IllegalStateException("boom");
        }
    }

    @Test
    void aCrashInACommandIsOneLineAskingForABugReport() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            code = Commands.run(new Exploding(), o, e, List.of());
        }
        Cli.Run r = new Cli.Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        assertEquals(2, r.code());
        assertEquals("demarc explode: Demarc failed while running explode (IllegalStateException: boom); please "
                + "report this as a bug\n", r.err().replace("\r\n", "\n"));
        assertTrue(r.out().isEmpty(), r.out());
        assertFalse(r.err().contains("\tat "), "no stack trace");
    }
}
