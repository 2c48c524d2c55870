package dev.demarc.io;

/**
 * One thing wrong with (or worth knowing about) a diagram file, with where it is. {@code line} and
 * {@code column} are 1-based, or 0 when the problem has no single place in the text.
 */
public record Problem(String message, int line, int column) {

    /** How much of a value from the file a message quotes back. */
    private static final int SHOWN = 40;

    public static Problem at(String message, int line, int column) {
        return new Problem(message, Math.max(0, line), Math.max(0, column));
    }

    public static Problem general(String message) {
        return new Problem(message, 0, 0);
    }

    /**
     * A failure of Demarc itself while {@code doing} something with a file, e.g. "checking this file": named as
     * a bug to report, so that one file's failure is a row of the output and never a stack trace.
     */
    public static Problem bug(String doing, RuntimeException e) {
        return general("Demarc failed while " + doing + " (" + e.getClass().getSimpleName()
                + (e.getMessage() == null ? "" : ": " + e.getMessage()) + "); please report this as a bug");
    }

    /** {@code text} as a message quotes it: cut to 40 characters, so that a long value does not bury the message. */
    static String shorten(String text) {
        return text.length() > SHOWN ? text.substring(0, SHOWN - 3) + "..." : text;
    }

    public boolean hasLocation() {
        return line > 0;
    }

    /** The message followed by "(line L, column C)" when the place is known. */
    public String describe() {
        return hasLocation() ? message + " (line " + line + ", column " + column + ")" : message;
    }
}
