package dev.demarc;

import dev.demarc.cli.CheckCommand;
import dev.demarc.cli.GradeCommand;
import dev.demarc.cli.RenderCommand;
import dev.demarc.cli.Terminal;
import java.util.Arrays;

/**
 * Entry point of {@code demarc.jar}. {@code check ...} runs the command-line checker and {@code grade ...}
 * the grader; neither loads JavaFX, so they start fast and work on machines without a display.
 * {@code render ...} checks its arguments and the display before it starts JavaFX to draw a PNG. Anything
 * else starts the desktop app, passing on the arguments (a diagram file to open).
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("check")) {
            int code = new CheckCommand(System.out, System.err, version())
                    .run(Arrays.asList(args).subList(1, args.length));
            System.exit(code);
        }
        if (args.length > 0 && args[0].equals("grade")) {
            int code = new GradeCommand(System.out, System.err, Terminal.stderrIsTerminal())
                    .run(Arrays.asList(args).subList(1, args.length));
            System.exit(code);
        }
        if (args.length > 0 && args[0].equals("render")) {
            // The lambda's body is the only reference to JavaFX: it runs once the arguments, the file and the
            // display have been checked, so a usage error never loads JavaFX.
            int code = new RenderCommand(System.out, System.err, System::getenv, System.getProperty("os.name"),
                    (diagram, overlay, scale, slide, out) -> dev.demarc.ui.export.CommandLineRender.render(diagram,
                            overlay, scale, slide, out)).run(Arrays.asList(args).subList(1, args.length));
            System.exit(code);
        }
        if (args.length > 0 && (args[0].equals("--version") || args[0].equals("-V"))) {
            System.out.println("demarc " + version());
            return;
        }
        if (args.length > 0 && (args[0].equals("--help") || args[0].equals("-h"))) {
            System.out.println("Usage: demarc [FILE.json]          open the desktop app (optionally with a diagram)");
            System.out.println("       demarc check [OPTIONS] FILE...  check diagrams from the command line");
            System.out.println("       demarc grade --solution SOLUTION.json [--csv FILE] STUDENT.json...");
            System.out.println("                                       grade students' diagrams against a solution");
            System.out.println("       demarc render [OPTIONS] FILE.json OUT.png  draw a diagram as a PNG picture");
            System.out.println("       demarc --version");
            System.out.println();
            System.out.println("Run 'demarc check --help', 'demarc grade --help' or 'demarc render --help' for their options.");
            return;
        }
        // Referenced only here, so that the check and grade paths above never load a JavaFX class.
        dev.demarc.ui.DemarcApp.start(args);
    }

    /** The version from the jar manifest, or the development version when run from classes. */
    public static String version() {
        String v = Main.class.getPackage().getImplementationVersion();
        return v == null ? "0.1.0" : v;
    }
}
