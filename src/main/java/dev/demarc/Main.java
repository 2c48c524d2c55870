package dev.demarc;

import dev.demarc.cli.CheckCommand;
import dev.demarc.cli.DemarcCommand;
import dev.demarc.cli.GradeCommand;
import dev.demarc.cli.HeadlessPlatform;
import dev.demarc.cli.RenderCommand;
import dev.demarc.cli.Terminal;
import dev.demarc.io.BuildVersion;
import dev.demarc.ui.DemarcApp;
import dev.demarc.ui.export.CommandLineRender;
import java.util.Locale;

/**
 * Entry point of {@code demarc.jar}. With no arguments, or a diagram file alone, it opens the desktop app at
 * once. Otherwise
 * {@link DemarcCommand} reads the arguments: {@code check} and {@code grade} run without loading JavaFX, so
 * they start fast and work on machines without a display; {@code render} checks its arguments and what it can
 * draw on before it starts JavaFX; any other single file also opens the desktop app with it.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 0 || args.length == 1 && isDiagramFile(args[0])) {
            // The desktop app, as a launcher or file manager starts it: at once, without reading the
            // arguments through picocli (about 0.2 s, ADR 9).
            DemarcApp.start(args);
            return;
        }
        String version = BuildVersion.current();
        // The lambda's body is the only reference to JavaFX on the command line's side: it runs once the
        // arguments, the file and the display have been checked, so a usage error never loads JavaFX.
        RenderCommand render = new RenderCommand(System.out, System.err, System::getenv,
                System.getProperty("os.name"), HeadlessPlatform.monocle(),
                (diagram, overlay, scale, slide, out) -> CommandLineRender.render(diagram, overlay, scale, slide,
                        out));
        DemarcCommand demarc = new DemarcCommand(version, System.out, System.err,
                new CheckCommand(System.out, System.err, version),
                new GradeCommand(System.out, System.err, Terminal.stderrIsTerminal()), render);
        int code = demarc.run(args);
        if (demarc.opensDesktop()) {
            DemarcApp.start(demarc.desktopArguments());
            return;
        }
        System.exit(code);
    }

    private static boolean isDiagramFile(String arg) {
        return !arg.startsWith("-") && arg.toLowerCase(Locale.ROOT).endsWith(".json");
    }
}
