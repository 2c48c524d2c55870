package dev.demarc.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * A command line that cannot be read: prints {@code demarc COMMAND: problem}, a blank line and the command's
 * usage on standard error, and exits with 2. The problem is told in Demarc's words, chosen by the kind of
 * picocli exception and the option it names, never by picocli's message text (which changes between
 * releases); a bad option value is told by the command's own converter.
 */
final class UsageErrors implements IParameterExceptionHandler {

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine line = e.getCommandLine();
        PrintWriter err = line.getErr();
        err.println(line.getCommandSpec().qualifiedName() + ": " + problem(e));
        err.println();
        line.usage(err);
        err.flush();
        return Commands.USAGE_ERROR;
    }

    static String problem(ParameterException e) {
        if (e instanceof UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
            String first = unmatched.getUnmatched().get(0);
            return first.startsWith("-") && !first.equals("-") ? "unknown option '" + first + "'"
                    : "unexpected argument '" + first + "'";
        }
        if (e instanceof MissingParameterException missing && !missing.getMissing().isEmpty()
                && missing.getMissing().get(0) instanceof OptionSpec option) {
            Object command = e.getCommandLine().getCommand();
            String needs = command instanceof MissingValues values ? values.needs(option.longestName()) : "a value";
            return option.longestName() + " needs " + needs;
        }
        if (e.getArgSpec() instanceof OptionSpec option && option.arity().max() == 0) {
            // A flag such as --overlay given a value: "--overlay=yes".
            return option.longestName() + " takes no value";
        }
        if (e.getCause() instanceof TypeConversionException conversion) {
            return conversion.getMessage();
        }
        // A command's own finding after reading ("no diagram file given"), or a kind picocli may add later,
        // whose message is still clearer than a stack trace.
        return e.getMessage();
    }
}
