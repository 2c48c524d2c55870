package dev.demarc.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs what {@code ./mvnw -Ppackage verify} built, as a user would: the app image's command-line launcher checks a
 * sample, its desktop launcher opens one in a window, and on Linux the .deb, unpacked with {@code dpkg -x}, does
 * the same from where it installs and links the command-line launcher onto the PATH.
 *
 * <p>The window needs a display: on Linux without one it runs under {@code xvfb-run}, the real GTK toolkit on a
 * virtual screen (the Linux package carries the headless Monocle platform for {@code render} only).
 * {@code -Ddemarc.exitAfterFirstShow=true}, given through {@code JAVA_TOOL_OPTIONS} since a jpackage launcher
 * takes no JVM options from its command line, makes the app print the window's title and quit once it is shown.
 */
class PackagedAppIT {

    private static final String SAMPLE = "insecure-teaching-example.json";
    private static final boolean WINDOWS = System.getProperty("os.name").toLowerCase(Locale.ROOT).startsWith("win");
    private static final boolean LINUX = System.getProperty("os.name").toLowerCase(Locale.ROOT).startsWith("linux");

    @TempDir
    Path temp;

    private final Path appImage = Path.of(System.getProperty("demarc.appImage"));
    private final Path sample = Path.of(System.getProperty("demarc.samples"), SAMPLE);

    @Test
    void theAppImagesCommandLineLauncherChecksASample() throws Exception {
        assertChecksTheSample(launcher(appImage, "demarc-cli"));
    }

    @Test
    void theAppImagesDesktopLauncherOpensASampleInItsWindow() throws Exception {
        assertOpensTheSample(launcher(appImage, "Demarc"));
    }

    @Test
    void theDebInstallsBothLaunchersAndPutsTheCommandLineOnThePath() throws Exception {
        assumeTrue(LINUX, "a .deb is built on Linux only");
        Path deb = only(Path.of(System.getProperty("demarc.installers")), ".deb");
        Path root = temp.resolve("root");
        assertEquals(0, run(List.of("dpkg", "-x", deb.toString(), root.toString()), List.of()).code());
        Path installed = root.resolve("opt/demarc");

        assertChecksTheSample(installed.resolve("bin/demarc-cli"));
        assertOpensTheSample(installed.resolve("bin/Demarc"));

        Path scripts = temp.resolve("control");
        assertEquals(0, run(List.of("dpkg-deb", "-e", deb.toString(), scripts.toString()), List.of()).code());
        assertTrue(Files.readString(scripts.resolve("postinst")).contains(
                "ln -sf /opt/demarc/bin/demarc-cli /usr/bin/demarc"), "postinst links demarc onto the PATH");
        assertTrue(Files.readString(scripts.resolve("prerm")).contains("rm -f /usr/bin/demarc"),
                "prerm removes the link");
        // On a server or in a container with no desktop menu, xdg-desktop-menu fails (exit 3): that must not stop
        // the package from installing or being removed (seen with apt in this project's container).
        assertTrue(Files.readString(scripts.resolve("postinst")).contains("desktop_install || echo"),
                "postinst goes on without a menu");
        assertTrue(Files.readString(scripts.resolve("prerm")).contains("desktop_uninstall || echo"),
                "prerm goes on without a menu");
        String desktop = Files.readString(installed.resolve("lib/demarc-Demarc.desktop"));
        assertTrue(desktop.contains("MimeType=application/json"), desktop);
        assertTrue(desktop.contains("Exec=/opt/demarc/bin/Demarc %F"), "the file manager passes the file: " + desktop);
    }

    @Test
    void onLinuxTheLaunchersStartTheRuntimeWithTheirOwnOptionsFromAnyFolderAndThroughALink() throws Exception {
        assumeTrue(LINUX, "the launchers are scripts on Linux only");
        Path copy = temp.resolve("a folder with spaces").resolve("Demarc");
        Files.createDirectories(copy.getParent());
        assertEquals(0, run(List.of("cp", "-a", appImage.toString(), copy.toString()), List.of()).code());
        Path link = temp.resolve("demarc");
        Files.createSymbolicLink(link, copy.resolve("bin/demarc-cli"));
        List<String> printFlags = List.of("JAVA_TOOL_OPTIONS=-XX:+PrintCommandLineFlags");

        Result cli = run(List.of(link.toString(), "check", "--fail-on", "critical", sample.toString()), printFlags);
        Result desktop = run(List.of(copy.resolve("bin/Demarc").toString(), "--version"), printFlags);

        assertEquals(1, cli.code(), cli.output());
        assertTrue(cli.output().contains("CRITICAL  rds.exposed-to-internet"), cli.output());
        assertTrue(cli.output().contains("-XX:TieredStopAtLevel=1") && cli.output().contains("-XX:+UseSerialGC"),
                "demarc-cli.cfg's options: " + cli.output());
        assertEquals(0, desktop.code(), desktop.output());
        assertTrue(desktop.output().contains("demarc " + System.getProperty("demarc.version")), desktop.output());
        assertFalse(desktop.output().contains("TieredStopAtLevel"), "the window keeps the full compiler: "
                + desktop.output());
    }

    @Test
    void onLinuxTheInstalledRenderDrawsASlideWithoutADisplay() throws Exception {
        assumeTrue(LINUX, "Monocle is in the Linux package only");
        Path slide = temp.resolve("slide.png");
        List<String> command = List.of("env", "-u", "DISPLAY", "-u", "WAYLAND_DISPLAY",
                launcher(appImage, "demarc-cli").toString(), "render", "--slide", sample.toString(), slide.toString());

        Result result = run(command, List.of());

        assertEquals(0, result.code(), result.output());
        byte[] png = Files.readAllBytes(slide);
        assertTrue(png.length > 10_000, "a slide, not an empty picture: " + png.length + " bytes");
        assertEquals("\u0089PNG", new String(png, 0, 4, StandardCharsets.ISO_8859_1));
        for (String trouble : List.of("WARNING", "Exception", "IllegalAccess")) {
            assertFalse(result.output().contains(trouble), trouble + " in: " + result.output());
        }
    }

    private void assertChecksTheSample(Path cli) throws Exception {
        Result result = run(List.of(cli.toString(), "check", "--fail-on", "critical", sample.toString()), List.of());

        assertEquals(1, result.code(), "a critical finding fails the check: " + result.output());
        assertTrue(result.output().contains("CRITICAL  rds.exposed-to-internet"), result.output());
    }

    private void assertOpensTheSample(Path desktopLauncher) throws Exception {
        List<String> command = new ArrayList<>();
        if (LINUX && System.getenv("DISPLAY") == null) {
            command.addAll(List.of("xvfb-run", "-a", "-s", "-screen 0 1600x1000x24"));
        }
        command.addAll(List.of(desktopLauncher.toString(), sample.toString()));
        String options = "-Ddemarc.exitAfterFirstShow=true -Ddemarc.prefs=dev/demarc/packaged-app-test"
                + " -Ddemarc.home=" + temp.resolve("home");
        Result result = run(command, List.of("JAVA_TOOL_OPTIONS=" + options));

        assertEquals(0, result.code(), result.output());
        assertTrue(result.output().contains("shown: " + SAMPLE + " - Demarc"), result.output());
        // Demarc runs as a module of the runtime here, unlike in the tests: a stylesheet or resource it could not
        // find there would show only as JavaFX's warning or an exception in the output.
        for (String trouble : List.of("WARNING", "SEVERE", "Exception", "not found")) {
            assertFalse(result.output().contains(trouble), trouble + " in: " + result.output());
        }
    }

    private static Path launcher(Path image, String name) {
        Path bin = image.getFileName().toString().endsWith(".app") ? image.resolve("Contents/MacOS")
                : WINDOWS ? image : image.resolve("bin");
        return bin.resolve(WINDOWS ? name + ".exe" : name);
    }

    private static Path only(Path folder, String suffix) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> found = files.filter(f -> f.toString().endsWith(suffix)).toList();
            assertEquals(1, found.size(), "one " + suffix + " in " + folder + ": " + found);
            return found.get(0);
        }
    }

    private record Result(int code, String output) {
    }

    private Result run(List<String> command, List<String> environment) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        File log = Files.createTempFile(temp, "run", ".log").toFile();
        builder.redirectOutput(log);
        for (String pair : environment) {
            int equals = pair.indexOf('=');
            builder.environment().put(pair.substring(0, equals), pair.substring(equals + 1));
        }
        Process process = builder.start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(command + " did not finish in 120 s: " + Files.readString(log.toPath()));
        }
        return new Result(process.exitValue(), Files.readString(log.toPath(), StandardCharsets.UTF_8));
    }
}
