package dev.demarc.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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

    /**
     * Writes, as {@code db.json} in {@code dir}, a publicly accessible MySQL database in a public subnet of a VPC
     * with an internet gateway, open on 3306 to {@code source}; returns the file's path.
     */
    static String exposedDatabase(Path dir, String source) throws IOException {
        Path file = dir.resolve("db.json");
        Files.writeString(file, """
                {"format": "demarc-diagram", "formatVersion": 1, "components": [
                  {"id": "vpc", "type": "VPC", "x": 0, "y": 0, "width": 600, "height": 400,
                   "properties": {"cidr": "10.0.0.0/16", "internetGateway": true}},
                  {"id": "pub", "type": "SUBNET", "parent": "vpc", "x": 20, "y": 20, "width": 300, "height": 300,
                   "properties": {"cidr": "10.0.1.0/24", "public": true}},
                  {"id": "db", "type": "RDS", "parent": "pub", "x": 60, "y": 60,
                   "properties": {"engine": "mysql", "publiclyAccessible": true,
                     "inboundRules": [{"protocol": "tcp", "port": 3306, "source": "%s"}]}}]}
                """.formatted(source));
        return file.toString();
    }

    static String sample(String name) {
        return SAMPLES.resolve(name).toString();
    }
}
