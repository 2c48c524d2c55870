package dev.demarc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * {@code demarc check} must work on a machine without a display and start fast, so it must not load a
 * single JavaFX class. Runs the real entry point in a child JVM with class-loading logging on.
 */
class CheckPathLoadsNoJavaFxTest {

    @Test
    void checkCommandLoadsNoJavaFxClass() throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path sample = Path.of(System.getProperty("demarc.samples", "samples"), "web-app-ec2-rds.json");
        Process p = new ProcessBuilder(List.of(java.toString(), "-verbose:class", "-cp",
                System.getProperty("java.class.path"), Main.class.getName(), "check", sample.toString()))
                .redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), output);
        assertTrue(output.contains("dev.demarc.cli.CheckCommand"), "the check command ran");
        assertTrue(output.lines().noneMatch(l -> l.contains("javafx.") || l.contains("org.controlsfx")),
                "a JavaFX class was loaded on the check path");
    }
}
