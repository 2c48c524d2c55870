package dev.demarc.io;

/**
 * One thing wrong with (or worth knowing about) a diagram file, with where it is. {@code line} and
 * {@code column} are 1-based, or 0 when the problem has no single place in the text.
 */
public record Problem(String message, int line, int column) {

    public static Problem at(String message, int line, int column) {
        return new Problem(message, Math.max(0, line), Math.max(0, column));
    }

    public static Problem general(String message) {
        return new Problem(message, 0, 0);
    }

    public boolean hasLocation() {
        return line > 0;
    }

    /** The message followed by "(line L, column C)" when the place is known. */
    public String describe() {
        return hasLocation() ? message + " (line " + line + ", column " + column + ")" : message;
    }
}
