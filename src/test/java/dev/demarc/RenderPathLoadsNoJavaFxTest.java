package dev.demarc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code demarc render} checks its arguments and what it can draw on before it starts JavaFX: a usage error,
 * or a machine with neither a display nor the headless platform, gets its message and exit code 2 without a
 * single JavaFX class loaded (so no JavaFX error or stack trace can appear first). Runs the real entry point
 * in a child JVM with class-loading logging on, as {@link CheckPathLoadsNoJavaFxTest} does.
 */
class RenderPathLoadsNoJavaFxTest {

    @TempDir
    Path dir;

    private record Outcome(int code, String output) {
    }

    /** Runs {@code demarc render args}; without a display it also runs without Monocle, the headless platform. */
    private Outcome render(boolean withoutDisplay, String... args) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        String classPath = System.getProperty("java.class.path");
        if (withoutDisplay) {
            classPath = Arrays.stream(classPath.split(File.pathSeparator))
                    .filter(entry -> !entry.contains("openjfx-monocle"))
                    .collect(Collectors.joining(File.pathSeparator));
        }
        List<String> command = new ArrayList<>(List.of(java.toString(), "-verbose:class", "-cp", classPath,
                Main.class.getName(), "render"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        if (withoutDisplay) {
            builder.environment().remove("DISPLAY");
            builder.environment().remove("WAYLAND_DISPLAY");
        }
        Process p = builder.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        return new Outcome(p.exitValue(), output);
    }

    private static void assertNoJavaFx(String output) {
        assertTrue(output.contains("dev.demarc.cli.RenderCommand"), "the render command ran");
        assertTrue(output.lines().noneMatch(l -> l.contains("javafx.") || l.contains("org.controlsfx")),
                "a JavaFX class was loaded before the arguments were checked");
        assertFalse(output.contains("\tat "), "a stack trace");
    }

    @Test
    void aUsageErrorLoadsNoJavaFx() throws Exception {
        Path sample = Path.of(System.getProperty("demarc.samples", "samples"), "web-app-ec2-rds.json");
        Outcome o = render(false, "--scale", "9", sample.toString(), dir.resolve("a.png").toString());
        assertEquals(2, o.code(), o.output());
        assertTrue(o.output().contains("demarc render: unknown scale '9'"), o.output());
        assertNoJavaFx(o.output());
    }

    @Test
    void withNeitherADisplayNorTheHeadlessPlatformItSaysSoWithoutStartingJavaFx() throws Exception {
        assumeTrue(System.getProperty("os.name").toLowerCase(Locale.ROOT).contains("linux"),
                "only X11 and Wayland systems name their display in the environment");
        Path sample = Path.of(System.getProperty("demarc.samples", "samples"), "web-app-ec2-rds.json");
        Path out = dir.resolve("a.png");
        Outcome o = render(true, "--overlay", sample.toString(), out.toString());
        assertEquals(2, o.code(), o.output());
        assertTrue(o.output().contains("demarc render needs a graphical display or JavaFX's headless platform "
                + "(Monocle) and found neither"), o.output());
        assertNoJavaFx(o.output());
        assertFalse(out.toFile().exists());
    }
}
