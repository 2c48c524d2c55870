package dev.demarc.cli;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * The arguments that follow a command's name, read one token at a time, so that {@code check}, {@code grade}
 * and {@code render} split options from operands the same way. An argument is an option when it starts with
 * {@code -} and is not {@code -} alone (the usual name for standard input, kept as an operand); a long option
 * may carry its value after {@code =} ({@code --format=json}). A {@code --} ends the options: every argument
 * after it is an operand, however it looks. Which options exist, and what a wrong one means, is the
 * command's business.
 *
 * <p>The reading is lazy because an option that takes a value takes the next argument as it is, even when
 * it looks like an option or like {@code --}: what follows depends on what came before.
 */
final class CommandLine {

    /**
     * One argument. An operand has no {@code name}; an option has its name (the text before {@code =} of a
     * long option, else the whole text) and {@code inlineValue}, the text after {@code =}, or null when none
     * was typed. {@code text} is the argument as typed, for messages.
     */
    record Token(String text, String name, String inlineValue) {

        static Token operand(String text) {
            return new Token(text, null, null);
        }

        static Token option(String text) {
            int eq = text.indexOf('=');
            return text.startsWith("--") && eq > 0
                    ? new Token(text, text.substring(0, eq), text.substring(eq + 1))
                    : new Token(text, text, null);
        }

        boolean isOperand() {
            return name == null;
        }
    }

    private final List<String> args;
    private int position;
    private boolean optionsEnded;

    CommandLine(List<String> args) {
        this.args = List.copyOf(args);
    }

    /** Whether a token is left; passes over the {@code --} that ends the options. */
    boolean hasNext() {
        while (!optionsEnded && position < args.size() && endsOptions(args.get(position))) {
            optionsEnded = true;
            position++;
        }
        return position < args.size();
    }

    /** The next token; call {@link #hasNext()} first. */
    Token next() {
        if (!hasNext()) {
            throw new NoSuchElementException("no argument left");
        }
        String arg = args.get(position++);
        return optionsEnded || !arg.startsWith("-") || arg.equals("-") ? Token.operand(arg) : Token.option(arg);
    }

    /**
     * The value of {@code option}: the text after its {@code =}, else the next argument as it is (which is
     * then not read as a token), or empty when the arguments end here.
     */
    Optional<String> value(Token option) {
        if (option.inlineValue() != null) {
            return Optional.of(option.inlineValue());
        }
        return position < args.size() ? Optional.of(args.get(position++)) : Optional.empty();
    }

    /** {@code --}, and also {@code --=...}, which the commands have always read as {@code --} with a value. */
    private static boolean endsOptions(String arg) {
        return arg.equals("--") || arg.startsWith("--=");
    }
}
