package dev.demarc.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;

/**
 * The one way the readers of Demarc's JSON files (diagrams, rubrics) turn a failure to read the text into a
 * problem with line and column. Jackson says that the text is wrong; {@link JsonScan} says what and where, in
 * the author's words, from the text itself, so no message depends on the wording of Jackson's exceptions.
 */
public final class JsonSyntax {

    /** The message when the scan finds nothing wrong in a text Jackson refused (the scan should always find it). */
    static final String UNEXPLAINED = "Not valid JSON";
    /** The same for a limit Jackson says is exceeded. */
    static final String UNEXPLAINED_LIMIT = "The file exceeds a limit on its nesting, numbers or text values";

    private JsonSyntax() {
    }

    /**
     * The problem behind {@code failure}, which Jackson raised while reading {@code bytes} from {@code offset}
     * under {@code limits}. With {@code nameOpenings}, a close marker that does not match says where the object
     * or list it should close was opened.
     */
    public static Problem problem(byte[] bytes, int offset, JsonProcessingException failure,
            StreamReadConstraints limits, boolean nameOpenings) {
        String unexplained = failure instanceof StreamConstraintsException ? UNEXPLAINED_LIMIT : UNEXPLAINED;
        return JsonScan.firstProblem(bytes, offset, limits, nameOpenings)
                .orElseGet(() -> at(unexplained, failure.getLocation()));
    }

    /** {@code message} at {@code where}, or without a place when Jackson knows none. */
    public static Problem at(String message, JsonLocation where) {
        return where == null || where.getLineNr() < 1 ? Problem.general(message)
                : Problem.at(message, where.getLineNr(), where.getColumnNr());
    }
}
