package dev.demarc.cli;

import java.io.PrintStream;
import java.util.concurrent.Callable;
import picocli.AutoComplete.GenerateCompletion;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code demarc} itself: its commands ({@code check}, {@code grade}, {@code render} and
 * {@code generate-completion}), {@code --help} and {@code --version}. Given only a diagram file it asks for
 * the desktop app, which the caller starts: this package never touches JavaFX.
 */
@Command(name = "demarc", mixinStandardHelpOptions = true,
        customSynopsis = {"demarc [FILE.json]", "       demarc COMMAND [OPTIONS] ARGUMENTS...",
            "       demarc --version"},
        descriptionHeading = "%n",
        description = {"Shows where AWS's security responsibility ends and the customer's begins. Without a "
                + "command it opens the desktop app, with FILE.json if one is given."},
        parameterListHeading = "%nArguments:%n",
        optionListHeading = "%nOptions:%n",
        commandListHeading = "%nCommands:%n",
        footer = {"", "Run 'demarc COMMAND --help' for a command's options.",
            "Completion of commands, options and values in bash or zsh:",
            "  source <(demarc generate-completion)"})
public final class DemarcCommand implements Callable<Integer> {

    @Parameters(arity = "0..1", paramLabel = "FILE.json", description = "a diagram to open in the desktop app")
    private String file;

    private boolean desktopAsked;
    private final CommandLine line;

    /**
     * {@code demarc} with {@code commands} (instances of the picocli commands of this package) as its
     * subcommands, printing help and problems to {@code out} and {@code err}.
     */
    public DemarcCommand(String version, PrintStream out, PrintStream err, Object... commands) {
        line = new CommandLine(this);
        for (Object command : commands) {
            line.addSubcommand(command);
        }
        line.addSubcommand(new GenerateCompletion());
        line.getCommandSpec().version("demarc " + version);
        Commands.configure(line, out, err);
    }

    /** Reads {@code args} and runs the command they name; returns the exit code. */
    public int run(String... args) {
        return line.execute(args);
    }

    /** Picocli calls this when no command was named: the desktop app is wanted. */
    @Override
    public Integer call() {
        desktopAsked = true;
        return 0;
    }

    /** After {@link #run}: whether no command ran because the desktop app was asked for. */
    public boolean opensDesktop() {
        return desktopAsked;
    }

    /** After {@link #run}: the arguments for the desktop app, the diagram to open if one was given. */
    public String[] desktopArguments() {
        return file == null ? new String[0] : new String[] {file};
    }
}
