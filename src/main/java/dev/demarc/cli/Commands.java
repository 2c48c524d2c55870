package dev.demarc.cli;

import dev.demarc.io.Problem;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The settings every {@code demarc} command line shares, whether it is the whole {@code demarc} with its
 * commands or one command run on its own: where help and errors are printed, how a usage error or a crash
 * reads, and which of picocli's conveniences are off because they would change what an argument means.
 */
final class Commands {

    /** Exit code of a usage error, and of anything else that stops a command before its work is done. */
    static final int USAGE_ERROR = 2;

    private Commands() {
    }

    /**
     * Applies the shared settings to {@code line} and to the subcommands it has now, so call it after adding them.
     * Help goes to {@code out}, problems to {@code err}, through the same streams the commands print their
     * reports on, so the two never interleave out of order.
     */
    static CommandLine configure(CommandLine line, PrintStream out, PrintStream err) {
        return line.setOut(new PrintWriter(new StreamWriter(out), true))
                .setErr(new PrintWriter(new StreamWriter(err), true))
                // "@list.txt" would otherwise be replaced by the lines of list.txt; here it is a file's name.
                .setExpandAtFiles(false)
                // "--format json --format text": the last one counts, as it always has.
                .setOverwrittenOptionsAllowed(true)
                .setParameterExceptionHandler(new UsageErrors())
                .setExecutionExceptionHandler((e, failed, parsed) -> {
                    RuntimeException bug = e instanceof RuntimeException r ? r : new IllegalStateException(e);
                    failed.getErr().println(failed.getCommandSpec().qualifiedName() + ": "
                            + Problem.bug("running " + failed.getCommandName(), bug).message());
                    return USAGE_ERROR;
                });
    }

    /**
     * Runs {@code command} (a class annotated as a picocli command) on its own, as {@code demarc NAME args}
     * would: under a bare {@code demarc} parent, so that its messages name it as {@code demarc NAME}. Returns
     * the exit code.
     */
    static int run(Object command, PrintStream out, PrintStream err, List<String> args) {
        CommandLine line = new CommandLine(command);
        CommandLine demarc = new CommandLine(CommandSpec.create().name("demarc")).addSubcommand(line);
        List<String> all = new ArrayList<>(List.of(line.getCommandName()));
        all.addAll(args);
        return configure(demarc, out, err).execute(all.toArray(String[]::new));
    }

    /** Characters to a {@link PrintStream}, which encodes them in its own charset as the commands' output is. */
    private static final class StreamWriter extends Writer {

        private final PrintStream stream;

        StreamWriter(PrintStream stream) {
            this.stream = stream;
        }

        @Override
        public void write(char[] chars, int offset, int length) {
            stream.print(new String(chars, offset, length));
        }

        @Override
        public void flush() {
            stream.flush();
        }

        @Override
        public void close() {
            // The stream belongs to the caller (System.out or a test's buffer).
            stream.flush();
        }
    }
}
