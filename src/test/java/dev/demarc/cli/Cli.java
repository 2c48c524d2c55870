package dev.demarc.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/** Runs {@code check} in-process and captures what it prints. */
final class Cli {

    static final String VERSION = "0.1.0";
    static final Path SAMPLES = Path.of(System.getProperty("demarc.samples", "samples"));

    /** The outcome of one run. */
    record Run(int code, String out, String err) {

        /** Nothing a user sees may look like a crash. */
        Run assertNoStackTrace() {
            for (String text : List.of(out, err)) {
                assertFalse(text.contains("Exception"), "output mentions an exception:\n" + text);
                assertFalse(text.contains("\tat "), "output holds a stack trace:\n" + text);
                assertFalse(text.contains("com.fasterxml"), "output names Jackson:\n" + text);
            }
            return this;
        }
    }

    private Cli() {
    }

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            code = new CheckCommand(o, e, VERSION).run(List.of(args));
        }
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static String sample(String name) {
        return SAMPLES.resolve(name).toString();
    }
}
