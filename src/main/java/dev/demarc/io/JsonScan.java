package dev.demarc.io;

import com.fasterxml.jackson.core.StreamReadConstraints;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the first thing wrong in the text of a JSON file and says it in the file author's words, with its line
 * and column. Jackson decides whether a file is valid; this scan only explains a failure it reported, from the
 * text itself, so no message depends on the wording of Jackson's exceptions. It follows RFC 8259 as Jackson
 * reads it (several values one after the other are fine at the top), and checks the same limits.
 */
final class JsonScan {

    private static final String WHITE_SPACE_ONLY = "only regular white space (\\r, \\n, \\t) is allowed between tokens";

    /** An open object or list: where it was opened, and for an object the names seen so far. */
    private record Open(boolean object, int line, int column, Set<String> names) {
    }

    /** The first problem found; thrown to leave the scan at once. */
    private static final class Found extends RuntimeException {
        private final transient Problem problem;

        Found(Problem problem) {
            super(null, null, false, false);
            this.problem = problem;
        }
    }

    private final byte[] bytes;
    private final StreamReadConstraints limits;
    private final boolean nameOpenings;
    private final Deque<Open> open = new ArrayDeque<>();
    private int pos;
    private int line = 1;
    private int column = 1;
    /** What the scan was inside when the text ended: "a \" to close the text value", or null. */
    private String unfinished;

    private JsonScan(byte[] bytes, int offset, StreamReadConstraints limits, boolean nameOpenings) {
        this.bytes = bytes;
        this.pos = offset;
        this.limits = limits;
        this.nameOpenings = nameOpenings;
    }

    /**
     * The first problem in {@code bytes} from {@code offset}, or empty when the scan finds none. With
     * {@code nameOpenings}, a close marker that does not match says where the object or list it should close
     * was opened.
     */
    static Optional<Problem> firstProblem(byte[] bytes, int offset, StreamReadConstraints limits,
            boolean nameOpenings) {
        JsonScan scan = new JsonScan(bytes, offset, limits, nameOpenings);
        try {
            for (scan.skipSpace(); scan.pos < bytes.length; scan.skipSpace()) {
                int first = scan.peek();
                scan.value();
                // Jackson needs white space after a number at the top before the next value (1e999{ is refused).
                int next = scan.peekAt(0);
                if ((first == '-' || isDigit(first)) && next != -1 && next != ' ' && next != '\t' && next != '\n'
                        && next != '\r') {
                    throw scan.unexpected(next, "white space after the number at the top of the file");
                }
            }
            return Optional.empty();
        } catch (Found found) {
            return Optional.of(found.problem);
        }
    }

    private void value() {
        int c = peek();
        if (c == '{') {
            object();
        } else if (c == '[') {
            list();
        } else if (c == '"') {
            string(false);
        } else if (c == '-' || (c >= '0' && c <= '9')) {
            number();
        } else if (isWordStart(c)) {
            word();
        } else if (c == '}' || c == ']') {
            Open inside = open.peek();
            if (inside == null || closer(inside) != c) {
                throw closeMarker(c, inside);
            }
            throw unexpected(c, "a value");
        } else {
            throw unexpected(c, "a value");
        }
    }

    private void object() {
        Open here = enter(true);
        skipSpace();
        if (peek() == '}') {
            leave();
            return;
        }
        while (true) {
            if (peek() != '"') {
                throw unexpected(peek(), "a field name in double quotes");
            }
            int nameLine = line;
            int nameColumn = column;
            String name = string(true);
            if (!here.names().add(name)) {
                throw found(Problem.at("Duplicate field \"" + name + "\": each field may appear only once in an "
                        + "object", nameLine, nameColumn));
            }
            skipSpace();
            if (peek() != ':') {
                throw unexpected(peek(), "a : after the field name \"" + name + "\"");
            }
            advance();
            skipSpace();
            value();
            skipSpace();
            if (!nextOrClose(here, "a , or } after the value of \"" + name + "\"")) {
                return;
            }
        }
    }

    private void list() {
        Open here = enter(false);
        skipSpace();
        if (peek() == ']') {
            leave();
            return;
        }
        do {
            value();
            skipSpace();
        } while (nextOrClose(here, "a , or ] after an item of the list"));
    }

    /** After a member: true on a comma (skipped with the space after it), false on the closer (left). */
    private boolean nextOrClose(Open here, String expected) {
        int c = peek();
        if (c == ',') {
            advance();
            skipSpace();
            return true;
        }
        if (c == closer(here)) {
            leave();
            return false;
        }
        throw c == '}' || c == ']' ? closeMarker(c, here) : unexpected(c, expected);
    }

    private Open enter(boolean object) {
        Open here = new Open(object, line, column, object ? new HashSet<>() : Set.of());
        if (open.size() + 1 > limits.getMaxNestingDepth()) {
            throw found(Problem.at("The file is nested too deeply (more than " + limits.getMaxNestingDepth()
                    + " levels of { } or [ ])", line, column));
        }
        open.push(here);
        advance();
        return here;
    }

    private void leave() {
        open.pop();
        advance();
    }

    /** A string from its opening quote; returns its text when it is a field name. */
    private String string(boolean fieldName) {
        int startLine = line;
        int startColumn = column;
        unfinished = fieldName ? "the rest of a field name" : "a \" to close the text value";
        StringBuilder name = fieldName ? new StringBuilder() : null;
        long length = 0;
        advance();
        while (true) {
            int c = peek();
            if (c == '"') {
                advance();
                break;
            }
            if (c < 0x20) {
                throw syntax("Illegal unquoted character ((" + control(c) + ")): has to be escaped using backslash"
                        + " to be included in string value");
            }
            int codePoint = c == '\\' ? escape() : c < 0x80 ? advanceAscii() : utf8();
            length += Character.charCount(codePoint);
            if (name != null) {
                name.appendCodePoint(codePoint);
            }
        }
        unfinished = null;
        if (!fieldName && length > limits.getMaxStringLength()) {
            throw found(Problem.at("A text value in the file is too long (more than " + limits.getMaxStringLength()
                    + " characters)", startLine, startColumn));
        }
        return name == null ? null : name.toString();
    }

    private int escape() {
        advance();
        int c = peek();
        int index = "\"\\/bfnrt".indexOf(c);
        if (index >= 0) {
            advance();
            return "\"\\/\b\f\n\r\t".charAt(index);
        }
        if (c != 'u') {
            throw syntax("Unrecognized character escape " + shown(c));
        }
        advance();
        int value = 0;
        for (int i = 0; i < 4; i++) {
            int digit = Character.digit(peek(), 16);
            if (digit < 0) {
                throw unexpected(peek(), "a hex digit in a \\u escape");
            }
            value = value * 16 + digit;
            advance();
        }
        return value;
    }

    /** A character of two to four bytes, leniently as Jackson reads it; returns its code point. */
    private int utf8() {
        int lead = peek();
        int more = (lead & 0xE0) == 0xC0 ? 1 : (lead & 0xF0) == 0xE0 ? 2 : (lead & 0xF8) == 0xF0 ? 3 : -1;
        if (more < 0) {
            throw syntax(String.format(Locale.ROOT, "Invalid UTF-8 start byte 0x%02x", lead));
        }
        int codePoint = lead & (0x3F >> more);
        advance();
        for (int i = 0; i < more; i++) {
            int next = peek();
            if ((next & 0xC0) != 0x80) {
                throw syntax(String.format(Locale.ROOT, "Invalid UTF-8 middle byte 0x%02x", next));
            }
            codePoint = codePoint << 6 | next & 0x3F;
            pos++;
        }
        return Math.min(codePoint, Character.MAX_CODE_POINT);
    }

    private void number() {
        int startLine = line;
        int startColumn = column;
        int start = pos;
        if (peek() == '-') {
            advance();
            if (isWordStart(peekAt(0))) {
                pos = start;
                column = startColumn;
                word();
                return;
            }
        }
        if (peek() == '0' && isDigit(peekAt(1))) {
            throw syntax("A number may not start with 0 (leading zeroes are not allowed)");
        }
        int length = digits("a digit after the minus sign");
        if (peekAt(0) == '.') {
            advance();
            digits("a digit after the decimal point");
            length = pos - start;
        }
        if (peekAt(0) == 'e' || peekAt(0) == 'E') {
            advance();
            if (peek() == '+' || peek() == '-') {
                advance();
            }
            digits("a digit in the exponent");
            length = pos - start;
        }
        // As Jackson counts: the digits of a whole number, all the characters of one with a fraction or exponent.
        if (length > limits.getMaxNumberLength()) {
            throw found(Problem.at("A number in the file is too long (more than " + limits.getMaxNumberLength()
                    + " digits)", startLine, startColumn));
        }
    }

    private int digits(String expected) {
        int count = 0;
        while (isDigit(peekAt(0))) {
            advance();
            count++;
        }
        if (count == 0) {
            throw unexpected(peek(), expected);
        }
        return count;
    }

    /** A bare word where a value belongs: true, false and null are values, any other word is refused. */
    private void word() {
        int startLine = line;
        int startColumn = column;
        StringBuilder word = new StringBuilder();
        if (peek() == '-') {
            word.append('-');
            advance();
        }
        while (word.length() < 40 && (isWordStart(peekAt(0)) || isDigit(peekAt(0)) || peekAt(0) == '_')) {
            word.append((char) peekAt(0));
            advance();
        }
        String text = word.toString();
        if (text.equals("true") || text.equals("false") || text.equals("null")) {
            return;
        }
        boolean nonStandard = Set.of("NaN", "Infinity", "-Infinity", "INF", "-INF").contains(text);
        throw found(Problem.at("Not valid JSON: " + (nonStandard ? "Non-standard token '" + text + "'"
                : "Unrecognized token '" + text + "': expected a value (text in double quotes, a number, "
                + "a list [ ], an object { }, true, false or null)"), startLine, startColumn));
    }

    private void skipSpace() {
        while (pos < bytes.length) {
            int c = bytes[pos] & 0xFF;
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                advance();
            } else if (c < 0x20) {
                throw syntax("Illegal character ((" + control(c) + ")): " + WHITE_SPACE_ONLY);
            } else {
                return;
            }
        }
    }

    /** The next byte (0 to 255); at the end of the text, the scan stops with "ends too early". */
    private int peek() {
        if (pos >= bytes.length) {
            throw endedEarly();
        }
        return bytes[pos] & 0xFF;
    }

    private int peekAt(int ahead) {
        return pos + ahead < bytes.length ? bytes[pos + ahead] & 0xFF : -1;
    }

    /** Steps over one byte, counting lines as Jackson does (\n, \r, or \r\n as one) and characters as columns. */
    private void advance() {
        int c = bytes[pos++] & 0xFF;
        if (c == '\n' || (c == '\r' && peekAt(0) != '\n')) {
            line++;
            column = 1;
        } else if ((c & 0xC0) != 0x80) {
            column++;
        }
    }

    private int advanceAscii() {
        int c = peek();
        advance();
        return c;
    }

    private Found endedEarly() {
        Open inside = open.peek();
        String expected = unfinished != null ? unfinished
                : inside == null ? "more text"
                : (inside.object() ? "a } to close the object" : "a ] to close the list")
                + " opened at line " + inside.line() + ", column " + inside.column();
        return syntax("the file ends too early (is it cut off?): expected " + expected);
    }

    private Found closeMarker(int c, Open inside) {
        if (inside == null) {
            return syntax("Unexpected close marker '" + (char) c + "': nothing is open to close");
        }
        return syntax("Unexpected close marker '" + (char) c + "': expected '" + closer(inside) + "'"
                + (nameOpenings ? " (closing the " + (inside.object() ? "object" : "list") + " opened at line "
                + inside.line() + ", column " + inside.column() + ")" : ""));
    }

    private Found unexpected(int c, String expected) {
        int atLine = line;
        int atColumn = column;
        String found = shown(c);
        return found(Problem.at("Not valid JSON: expected " + expected + ", found " + found
                + (c == '/' ? " (JSON has no comments)" : c == '\'' ? " (JSON quotes text with \")" : ""),
                atLine, atColumn));
    }

    /** A syntax problem at the current place. */
    private Found syntax(String what) {
        return found(Problem.at("Not valid JSON: " + what, line, column));
    }

    private static Found found(Problem problem) {
        return new Found(problem);
    }

    private static char closer(Open inside) {
        return inside.object() ? '}' : ']';
    }

    /** The character {@code c} starts, for a message; a byte that starts no UTF-8 character stops the scan. */
    private String shown(int c) {
        if (c < 0x20 || c == 0x7F) {
            return "(" + control(c) + ")";
        }
        if (c < 0x80) {
            return "'" + (char) c + "'";
        }
        int codePoint = utf8();
        return String.format(Locale.ROOT, "'%s' (U+%04X)", Character.toString(codePoint), codePoint);
    }

    private static String control(int c) {
        return "CTRL-CHAR, code " + c;
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isWordStart(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
