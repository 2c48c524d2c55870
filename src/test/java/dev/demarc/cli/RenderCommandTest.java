package dev.demarc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.demarc.model.Diagram;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code demarc render}'s own work, before any drawing: the arguments, the diagram file, the output folder
 * and what to draw on (the display or the headless platform), each refused with exit code 2 and a message that
 * says what is wrong; and what it hands the renderer when all is well. The renderer here only records its
 * calls, the headless platform whether it was selected.
 */
class RenderCommandTest {

    /** One call of the renderer. */
    record Call(Diagram diagram, boolean overlay, int scale, boolean slide, Path out) {
    }

    @TempDir
    Path dir;

    private final List<Call> calls = new ArrayList<>();
    private Optional<String> rendererAnswer = Optional.empty();
    private boolean headlessAvailable = true;
    private int headlessSelected;

    /** Records what the command asks of the headless platform, which the test says is there or not. */
    private final HeadlessPlatform headless = new HeadlessPlatform() {
        @Override
        public boolean available() {
            return headlessAvailable;
        }

        @Override
        public void select() {
            headlessSelected++;
        }
    };

    private Cli.Run run(Map<String, String> environment, String os, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            code = new RenderCommand(o, e, environment::get, os, headless, (diagram, overlay, scale, slide, target) -> {
                calls.add(new Call(diagram, overlay, scale, slide, target));
                return rendererAnswer;
            }).run(List.of(args));
        }
        return new Cli.Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8))
                .assertNoStackTrace();
    }

    /** On Linux with an X display. */
    private Cli.Run run(String... args) {
        return run(Map.of("DISPLAY", ":0"), "Linux", args);
    }

    private String out(String name) {
        return dir.resolve(name).toString();
    }

    private static String sample() {
        return Cli.sample("web-app-ec2-rds.json");
    }

    private void assertRefused(Cli.Run r, String expected) {
        assertEquals(RenderCommand.ERROR, r.code());
        assertTrue(r.err().contains(expected), "expected '" + expected + "' in:\n" + r.err());
        assertTrue(calls.isEmpty(), "nothing is drawn");
    }

    @Test
    void theOptionsReachTheRendererWithTheLoadedDiagram() {
        Cli.Run r = run("--overlay", "--scale", "2", sample(), out("a.png"));

        assertEquals(RenderCommand.OK, r.code(), r.err());
        assertEquals(1, calls.size());
        Call call = calls.get(0);
        assertTrue(call.overlay());
        assertEquals(2, call.scale());
        assertEquals(Path.of(out("a.png")), call.out());
        assertTrue(call.diagram().component("web").isPresent(), "the sample's web server was loaded");
        assertTrue(r.out().contains("a.png"), r.out());
    }

    @Test
    void theDefaultsArePlainAtOneAndTheEqualsFormWorks() {
        assertEquals(RenderCommand.OK, run(sample(), out("a.png")).code());
        assertEquals(RenderCommand.OK, run("--scale=3", sample(), out("b.png")).code());
        assertEquals(false, calls.get(0).overlay());
        assertEquals(false, calls.get(0).slide());
        assertEquals(1, calls.get(0).scale());
        assertEquals(3, calls.get(1).scale());
    }

    @Test
    void slideReachesTheRendererAndTakesNoValue() {
        assertEquals(RenderCommand.OK, run("--slide", sample(), out("a.png")).code());
        assertTrue(calls.get(0).slide());
        assertRefusedSlideValue(run("--slide=yes", sample(), out("b.png")));
    }

    private void assertRefusedSlideValue(Cli.Run r) {
        assertEquals(RenderCommand.ERROR, r.code());
        assertTrue(r.err().contains("--slide takes no value"), r.err());
        assertEquals(1, calls.size(), "the refused call drew nothing");
    }

    @Test
    void helpPrintsTheUsage() {
        Cli.Run r = run("--help");
        assertEquals(RenderCommand.OK, r.code());
        assertTrue(r.out().contains("Usage: demarc render [--overlay] [--slide] [--scale N] FILE.json OUT.png"),
                r.out());
        assertTrue(calls.isEmpty());
    }

    @Test
    void aBadScaleIsRefused() {
        assertRefused(run("--scale", "4", sample(), out("a.png")), "unknown scale '4'; use 1, 2 or 3");
        assertRefused(run("--scale", "two", sample(), out("a.png")), "unknown scale 'two'");
        assertRefused(run(sample(), out("a.png"), "--scale"), "--scale needs a value");
    }

    @Test
    void unknownOptionsAndMissingOrExtraFilesAreRefused() {
        assertRefused(run("--color", sample(), out("a.png")), "unknown option '--color'");
        assertRefused(run("--overlay=yes", sample(), out("a.png")), "--overlay takes no value");
        assertRefused(run(), "no diagram file given");
        assertRefused(run(sample()), "no output file given");
        assertRefused(run(sample(), out("a.png"), out("b.png")), "too many files");
    }

    @Test
    void thePictureMustBeAPngAndTheFilesInTheRightOrder() {
        assertRefused(run(sample(), out("a.jpg")), "must end in .png");
        assertRefused(run(out("a.png"), sample()), "(the diagram comes first)");
    }

    @Test
    void aMissingOutputFolderIsReportedBeforeDrawing() {
        assertRefused(run(sample(), dir.resolve("no-such-folder").resolve("a.png").toString()),
                dir.resolve("no-such-folder").toAbsolutePath() + ": the folder does not exist");
    }

    @Test
    void aFileWhereTheFolderShouldBeIsReported() throws IOException {
        Path notes = Files.writeString(dir.resolve("notes.txt"), "keep me");
        assertRefused(run(sample(), notes.resolve("a.png").toString()), notes.toAbsolutePath() + " is not a folder");
    }

    @Test
    void aDiagramThatCannotBeReadIsReportedWithItsProblems() throws IOException {
        String missing = dir.resolve("missing.json").toString();
        Cli.Run r = run(missing, out("a.png"));
        assertRefused(r, missing + ": cannot be rendered");

        Path broken = Files.writeString(dir.resolve("broken.json"), "{\n  \"version\": 1,\n  \"components\": [\n");
        Cli.Run b = run(broken.toString(), out("a.png"));
        assertRefused(b, broken + ": cannot be rendered");
        assertTrue(b.err().contains("line "), "the problem's place: " + b.err());
    }

    @Test
    void anEmptyDiagramIsRefused() throws IOException {
        Path empty = Files.writeString(dir.resolve("empty.json"),
                "{\"format\": \"demarc-diagram\", \"formatVersion\": 1, \"components\": []}");
        assertRefused(run(empty.toString(), out("a.png")), "has no components");
    }

    @Test
    void withoutADisplayItDrawsOnTheHeadlessPlatform() {
        Cli.Run r = run(Map.of(), "Linux", "--overlay", sample(), out("a.png"));
        assertEquals(RenderCommand.OK, r.code(), r.err());
        assertEquals(1, headlessSelected, "selected before drawing");
        assertEquals(1, calls.size());

        assertEquals(RenderCommand.OK, run(Map.of("DISPLAY", " "), "Linux", sample(), out("b.png")).code(),
                "a blank DISPLAY is no display");
        assertEquals(2, headlessSelected);
    }

    @Test
    void withNeitherADisplayNorTheHeadlessPlatformItSaysSoAndDrawsNothing() {
        headlessAvailable = false;
        Cli.Run r = run(Map.of(), "Linux", "--overlay", sample(), out("a.png"));
        assertRefused(r, "demarc render needs a graphical display or JavaFX's headless platform (Monocle) and "
                + "found neither: DISPLAY is not set and Monocle is not among Demarc's libraries. Run it on a "
                + "desktop, or under xvfb-run.");
        assertEquals(1, r.err().lines().count(), "one line, no usage text: " + r.err());
        assertEquals(0, headlessSelected);
    }

    @Test
    void aDisplayIsUsedAsItIsAndWaylandWindowsAndMacosCountAsDisplays() {
        assertEquals(RenderCommand.OK, run(sample(), out("x.png")).code());
        assertEquals(RenderCommand.OK, run(Map.of("WAYLAND_DISPLAY", "wayland-0"), "Linux", sample(), out("a.png"))
                .code());
        headlessAvailable = false;
        assertEquals(RenderCommand.OK, run(Map.of(), "Windows 11", sample(), out("b.png")).code());
        assertEquals(RenderCommand.OK, run(Map.of(), "Mac OS X", sample(), out("c.png")).code());
        assertEquals(4, calls.size());
        assertEquals(0, headlessSelected, "the headless platform is only for machines without a display");
    }

    @Test
    void aProblemWhileDrawingIsReportedWithExitCodeTwo() {
        rendererAnswer = Optional.of("cannot write a.png: permission denied");
        Cli.Run r = run(sample(), out("a.png"));
        assertEquals(RenderCommand.ERROR, r.code());
        assertTrue(r.err().contains("demarc render: cannot write a.png: permission denied"), r.err());
    }

    @Test
    void aCrashOfTheRendererBecomesAMessageNotAStackTrace() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new RenderCommand(new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true,
                StandardCharsets.UTF_8), Map.of("DISPLAY", ":0")::get, "Linux", headless, (d, o, s, slide, t) -> {
                    throw new IllegalStateException("boom");
                }).run(List.of(sample(), out("a.png")));
        String text = err.toString(StandardCharsets.UTF_8);
        assertEquals(RenderCommand.ERROR, code);
        assertTrue(text.contains("please report this as a bug") && text.contains("boom"), text);
        assertTrue(!text.contains("\tat "), text);
    }
}
