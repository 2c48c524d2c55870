package dev.demarc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * {@code demarc check} and {@code demarc grade} must work on a machine without a display and start fast, so
 * they must not load a single JavaFX class. Runs the real entry point in a child JVM with class-loading
 * logging on.
 */
class CheckPathLoadsNoJavaFxTest {

    private static final Path SAMPLES = Path.of(System.getProperty("demarc.samples", "samples"));

    @Test
    void checkCommandLoadsNoJavaFxClass() throws IOException, InterruptedException {
        String output = run(0, "check", SAMPLES.resolve("web-app-ec2-rds.json").toString());
        assertTrue(output.contains("dev.demarc.cli.CheckCommand"), "the check command ran");
        assertTrue(output.lines().noneMatch(l -> l.contains("javafx.") || l.contains("org.controlsfx")),
                "a JavaFX class was loaded on the check path");
    }

    @Test
    void gradeCommandLoadsNoJavaFxClass() throws IOException, InterruptedException {
        String output = run(1, "grade", "--solution", SAMPLES.resolve("rubrics/three-tier-private-database.json")
                .toString(), SAMPLES.resolve("web-app-ec2-rds.json").toString());
        assertTrue(output.contains("dev.demarc.grade.Rubric"), "the grader ran");
        assertTrue(output.lines().noneMatch(l -> l.contains("javafx.") || l.contains("org.controlsfx")),
                "a JavaFX class was loaded on the grade path");
    }

    /** Runs {@code Main} with {@code args} in a child JVM; returns its output with the class-loading log. */
    private static String run(int expectedExit, String... args) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(java.toString(), "-verbose:class", "-cp",
                System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(expectedExit, p.exitValue(), output);
        return output;
    }
}
