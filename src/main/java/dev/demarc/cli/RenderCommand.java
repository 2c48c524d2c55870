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
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code demarc render [--overlay] [--slide] [--scale N] FILE.json OUT.png}: draws a diagram as a PNG picture, for
 * batches of slides. Drawing needs JavaFX, on the display or, where there is none (a server, CI), on a
 * {@link HeadlessPlatform}; everything that can go wrong before that (the arguments, the diagram file, the
 * output folder, neither a display nor a headless platform) is found here first, without loading a single
 * JavaFX class, and reported with exit code 2. The drawing itself is behind {@link Renderer}.
 */
@Command(name = "render", sortOptions = false,
        customSynopsis = "demarc render [--overlay] [--slide] [--scale N] FILE.json OUT.png",
        descriptionHeading = "%n",
        description = {
            "Draws a Demarc diagram as a PNG picture, as the desktop app shows it, for slides.",
            "Works without a display too (a server, CI): it then draws on JavaFX's headless platform."},
        parameterListHeading = "%nArguments:%n",
        optionListHeading = "%nOptions:%n",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:picture written", "2:usage error, a diagram that cannot be read, a picture that cannot "
                + "be written, or nothing to draw on"})
public final class RenderCommand implements Callable<Integer>, MissingValues {

    public static final int OK = 0;
    public static final int ERROR = 2;
    /** The largest --scale; the same limit as the desktop app's export. */
    static final int MAX_SCALE = 3;

    /** Draws a diagram into a PNG file: the JavaFX side, called only once everything else is known to be fine. */
    @FunctionalInterface
    public interface Renderer {

        /** Writes the picture of {@code diagram} to {@code out}; returns the problem, or empty on success. */
        Optional<String> render(Diagram diagram, boolean overlay, int scale, boolean slide, Path out);
    }

    @Option(names = "--overlay", description = "draw the responsibility overlay: layer stacks, duty badges, legend")
    private boolean overlay;

    @Option(names = "--slide", description = {"a 16:9 slide, 1920 x 1080 per scale: the diagram's title, the "
            + "diagram with the overlay fitted to the slide, and the legend; every diagram gives the same size, so "
            + "a deck lines up"})
    private boolean slide;

    @Option(names = "--scale", paramLabel = "N", converter = ScaleConverter.class, completionCandidates = Scales.class,
            description = "1, 2 or 3 device pixels per canvas pixel (default 1); 2 for slides")
    private int scale = 1;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "show this help")
    private boolean help;

    @Parameters(paramLabel = "FILE.json OUT.png", hideParamSyntax = true,
            description = "the diagram to draw, and the picture to write")
    private List<String> files = new ArrayList<>();

    @Spec
    private CommandSpec spec;

    private final PrintStream out;
    private final PrintStream err;
    private final UnaryOperator<String> environment;
    private final String osName;
    private final HeadlessPlatform headless;
    private final Renderer renderer;

    /**
     * @param environment looks up an environment variable (System::getenv), to find the display
     * @param osName      the operating system's name (the {@code os.name} property)
     * @param headless    the platform to draw on when there is no display
     */
    public RenderCommand(PrintStream out, PrintStream err, UnaryOperator<String> environment, String osName,
            HeadlessPlatform headless, Renderer renderer) {
        this.out = out;
        this.err = err;
        this.environment = environment;
        this.osName = osName;
        this.headless = headless;
        this.renderer = renderer;
    }

    /** Runs the command on its own with the arguments that follow {@code render}; returns the exit code. */
    public int run(List<String> args) {
        return Commands.run(this, out, err, args);
    }

    /** Picocli calls this once the arguments are read: checks the files, then draws. */
    @Override
    public Integer call() {
        if (files.size() != 2) {
            throw usageError(files.isEmpty() ? "no diagram file given"
                    : files.size() == 1 ? "no output file given" : "too many files: give one diagram and one picture");
        }
        return render(files.get(0), files.get(1), overlay, slide, scale);
    }

    @Override
    public String needs(String option) {
        return "a value: 1, 2 or 3";
    }

    private ParameterException usageError(String problem) {
        return new ParameterException(spec.commandLine(), problem);
    }

    private int render(String file, String picture, boolean overlay, boolean slide, int scale) {
        if (!picture.toLowerCase(Locale.ROOT).endsWith(".png")) {
            throw usageError("the picture's name must end in .png: " + picture
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
        if (!hasDisplay()) {
            if (!headless.available()) {
                err.println("demarc render needs a graphical display or JavaFX's headless platform (Monocle) and "
                        + "found neither: DISPLAY is not set and Monocle is not among Demarc's libraries. Run it on "
                        + "a desktop, or under xvfb-run.");
                return ERROR;
            }
            headless.select();
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
     * Whether JavaFX can open the display. Only X11 and Wayland systems say so in the environment; Windows and
     * macOS always have a desktop for a logged-in user.
     */
    boolean hasDisplay() {
        String os = osName == null ? "" : osName.toLowerCase(Locale.ROOT);
        return os.startsWith("windows") || os.startsWith("mac") || isSet("DISPLAY") || isSet("WAYLAND_DISPLAY");
    }

    private boolean isSet(String variable) {
        String value = environment.apply(variable);
        return value != null && !value.isBlank();
    }

    private int fail(String problem) {
        err.println("demarc render: " + problem);
        return ERROR;
    }

    /** {@code --scale}'s value: a whole number from 1 to {@link #MAX_SCALE}. */
    static final class ScaleConverter implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            try {
                int scale = Integer.parseInt(value.trim());
                if (scale >= 1 && scale <= MAX_SCALE) {
                    return scale;
                }
            } catch (NumberFormatException e) {
                // Told below, as for a number out of range.
            }
            throw new TypeConversionException("unknown scale '" + value + "'; use 1, 2 or 3");
        }
    }

    /** The scales, for shell completion. */
    static final class Scales implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return List.of("1", "2", "3").iterator();
        }
    }
}
