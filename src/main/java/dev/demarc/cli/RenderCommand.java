package dev.demarc.cli;

import dev.demarc.catalog.Catalog;
import dev.demarc.io.DiagramLoadException;
import dev.demarc.io.DiagramReader;
import dev.demarc.io.Problem;
import dev.demarc.model.Diagram;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * {@code demarc render [--overlay] [--slide] [--scale N] FILE.json OUT.png}: draws a diagram as a PNG picture, for
 * batches of slides. Drawing needs JavaFX and so a display; everything that can go wrong before that (the
 * arguments, the diagram file, the output folder, a missing display) is found here first, without loading
 * a single JavaFX class, and reported with exit code 2. The drawing itself is behind {@link Renderer}.
 */
public final class RenderCommand {

    public static final int OK = 0;
    public static final int ERROR = 2;
    /** The largest --scale; the same limit as the desktop app's export. */
    static final int MAX_SCALE = 3;

    static final String USAGE = """
            Usage: demarc render [--overlay] [--slide] [--scale N] FILE.json OUT.png

            Draws a Demarc diagram as a PNG picture, as the desktop app shows it, for slides.
            Needs a graphical display (on a server, run it under xvfb-run).

            Options:
              --overlay    draw the responsibility overlay: layer stacks, duty badges, legend
              --slide      a 16:9 slide, 1920 x 1080 per scale: the diagram's title, the diagram
                           with the overlay fitted to the slide, and the legend; every diagram
                           gives the same size, so a deck lines up
              --scale N    1, 2 or 3 device pixels per canvas pixel (default 1); 2 for slides
              -h, --help   show this help

            Exit codes: 0 picture written, 2 usage error, a diagram that cannot be read,
                        a picture that cannot be written, or no display.
            """;

    /** Draws a diagram into a PNG file: the JavaFX side, called only once everything else is known to be fine. */
    @FunctionalInterface
    public interface Renderer {

        /** Writes the picture of {@code diagram} to {@code out}; returns the problem, or empty on success. */
        Optional<String> render(Diagram diagram, boolean overlay, int scale, boolean slide, Path out);
    }

    private final PrintStream out;
    private final PrintStream err;
    private final UnaryOperator<String> environment;
    private final String osName;
    private final Renderer renderer;

    /**
     * @param environment looks up an environment variable (System::getenv), to find the display
     * @param osName      the operating system's name (the {@code os.name} property)
     */
    public RenderCommand(PrintStream out, PrintStream err, UnaryOperator<String> environment, String osName,
            Renderer renderer) {
        this.out = out;
        this.err = err;
        this.environment = environment;
        this.osName = osName;
        this.renderer = renderer;
    }

    /** Runs the command with the arguments that follow {@code render}; returns the exit code. */
    public int run(List<String> args) {
        boolean overlay = false;
        boolean slide = false;
        int scale = 1;
        List<String> files = new ArrayList<>();
        CommandLine line = new CommandLine(args);
        while (line.hasNext()) {
            CommandLine.Token token = line.next();
            if (token.isOperand()) {
                files.add(token.text());
                continue;
            }
            switch (token.name()) {
                case "-h", "--help" -> {
                    out.print(USAGE);
                    return OK;
                }
                case "--overlay" -> {
                    if (token.inlineValue() != null) {
                        return usage("--overlay takes no value");
                    }
                    overlay = true;
                }
                case "--slide" -> {
                    if (token.inlineValue() != null) {
                        return usage("--slide takes no value");
                    }
                    slide = true;
                }
                case "--scale" -> {
                    Optional<String> value = line.value(token);
                    if (value.isEmpty()) {
                        return usage("--scale needs a value: 1, 2 or 3");
                    }
                    Optional<Integer> parsed = scale(value.get());
                    if (parsed.isEmpty()) {
                        return usage("unknown scale '" + value.get() + "'; use 1, 2 or 3");
                    }
                    scale = parsed.get();
                }
                default -> {
                    return usage("unknown option '" + token.text() + "'");
                }
            }
        }
        if (files.size() != 2) {
            return usage(files.isEmpty() ? "no diagram file given"
                    : files.size() == 1 ? "no output file given" : "too many files: give one diagram and one picture");
        }
        return render(files.get(0), files.get(1), overlay, slide, scale);
    }

    private int render(String file, String picture, boolean overlay, boolean slide, int scale) {
        if (!picture.toLowerCase(Locale.ROOT).endsWith(".png")) {
            return usage("the picture's name must end in .png: " + picture
                    + (picture.toLowerCase(Locale.ROOT).endsWith(".json") ? " (the diagram comes first)" : ""));
        }
        Path target;
        try {
            target = Path.of(picture);
        } catch (InvalidPathException e) {
            return fail("not a valid file name: " + picture);
        }
        Path folder = target.toAbsolutePath().getParent();
        if (folder != null && !Files.isDirectory(folder)) {
            return fail("cannot write " + picture + ": " + folder
                    + (Files.exists(folder) ? " is not a folder" : ": the folder does not exist"));
        }
        if (Files.isDirectory(target)) {
            return fail("cannot write " + picture + ": it is a folder");
        }
        Diagram diagram;
        try {
            diagram = new DiagramReader(Catalog.builtIn()).read(file).diagram();
        } catch (DiagramLoadException e) {
            err.println("demarc render: " + file + ": cannot be rendered");
            for (Problem p : e.problems()) {
                err.println("  error: " + p.describe());
            }
            return ERROR;
        }
        if (diagram.components().isEmpty()) {
            return fail(file + " has no components: there is nothing to draw");
        }
        Optional<String> noDisplay = missingDisplay();
        if (noDisplay.isPresent()) {
            err.println("demarc " + noDisplay.get());
            return ERROR;
        }
        Optional<String> problem;
        try {
            problem = renderer.render(diagram, overlay, scale, slide, target);
        } catch (RuntimeException e) {
            problem = Optional.of(Problem.bug("drawing " + file, e).message());
        }
        if (problem.isPresent()) {
            return fail(problem.get());
        }
        out.println(picture + ": written");
        return OK;
    }

    /**
     * Why there is no display, or empty when there may be one. Only X11 and Wayland systems say so in the
     * environment; Windows and macOS always have a desktop for a logged-in user.
     */
    Optional<String> missingDisplay() {
        String os = osName == null ? "" : osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows") || os.startsWith("mac")) {
            return Optional.empty();
        }
        if (isSet("DISPLAY") || isSet("WAYLAND_DISPLAY")) {
            return Optional.empty();
        }
        return Optional.of("render needs a graphical display; none was found (DISPLAY is not set). "
                + "Run it on a desktop, or under xvfb-run.");
    }

    private boolean isSet(String variable) {
        String value = environment.apply(variable);
        return value != null && !value.isBlank();
    }

    private static Optional<Integer> scale(String value) {
        try {
            int s = Integer.parseInt(value.trim());
            return s >= 1 && s <= MAX_SCALE ? Optional.of(s) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private int fail(String problem) {
        err.println("demarc render: " + problem);
        return ERROR;
    }

    private int usage(String problem) {
        err.println("demarc render: " + problem);
        err.println();
        err.print(USAGE);
        return ERROR;
    }
}
