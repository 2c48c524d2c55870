package dev.demarc.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.StreamReadConstraints;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What the scan says is wrong in a JSON text, and where, in the words a file's author reads. */
class JsonScanTest {

    private static final StreamReadConstraints LIMITS = StreamReadConstraints.builder().maxNestingDepth(3)
            .maxStringLength(5).maxNumberLength(4).build();

    private static Optional<Problem> scan(String text) {
        return JsonScan.firstProblem(text.getBytes(StandardCharsets.UTF_8), 0, LIMITS, true);
    }

    private static Problem problem(String text) {
        return scan(text).orElseThrow(() -> new AssertionError("no problem found in " + text));
    }

    private static void assertProblem(String message, int line, int column, String text) {
        Problem p = problem(text);
        assertEquals(message, p.message());
        assertEquals(List.of(line, column), List.of(p.line(), p.column()), p.describe());
    }

    @Test
    void validTextHasNoProblem() {
        assertEquals(Optional.empty(),
                scan("{\"a\": [1, -2.5, true, null, \"\\u00e9\\n\"], \"b\": {}}\n{} [] 12 true"));
    }

    @Test
    void aNumberAtTheTopNeedsWhiteSpaceBeforeTheNextValueAsJacksonDoes() {
        // Found by the fuzz test: a sample with "1e999" put before its opening brace.
        assertProblem("Not valid JSON: expected white space after the number at the top of the file, found '{'", 1, 4,
                "1e9{\"a\": 1}");
        assertEquals(Optional.empty(), scan("1e9 {\"a\": 1}"));
        assertEquals(Optional.empty(), scan("-3\n[1]"));
    }

    @Test
    void aMissingCommaNamesTheFieldBeforeIt() {
        assertProblem("Not valid JSON: expected a , or } after the value of \"a\", found '\"'", 2, 2,
                "{\"a\": 1\n \"b\": 2}");
    }

    @Test
    void commentsAndSingleQuotesAreExplained() {
        assertEquals("Not valid JSON: expected a value, found '/' (JSON has no comments)",
                problem("{\"a\": // note\n1}").message());
        assertEquals("Not valid JSON: expected a field name in double quotes, found ''' (JSON quotes text with \")",
                problem("{'a': 1}").message());
    }

    @Test
    void aTextCutOffInsideAStringSaysSo() {
        assertProblem("Not valid JSON: the file ends too early (is it cut off?): expected a \" to close the text "
                + "value", 1, 10, "{\"a\": \"bc");
    }

    @Test
    void aCloseMarkerThatDoesNotMatchNamesWhereItsPartnerOpened() {
        assertProblem("Not valid JSON: Unexpected close marker '}': expected ']' (closing the list opened at line 1,"
                + " column 7)", 2, 1, "{\"a\": [1,\n}");
        assertEquals("Not valid JSON: Unexpected close marker '}': expected ']'", JsonScan.firstProblem(
                "[1}".getBytes(StandardCharsets.UTF_8), 0, LIMITS, false).orElseThrow().message());
    }

    @Test
    void aDuplicateFieldIsNamedWhereItIsGivenAgain() {
        assertProblem("Duplicate field \"a\": each field may appear only once in an object", 2, 2,
                "{\"a\": 1,\n \"a\": 2}");
    }

    @Test
    void limitsAreNamedAtTheValueThatExceedsThem() {
        assertProblem("The file is nested too deeply (more than 3 levels of { } or [ ])", 1, 9, "{\"a\": [[{}]]}");
        assertProblem("A number in the file is too long (more than 4 digits)", 1, 7, "{\"a\": 12345}");
        assertProblem("A text value in the file is too long (more than 5 characters)", 1, 7, "{\"a\": \"abcdef\"}");
        assertEquals(Optional.empty(), scan("{\"a\": \"\\u00e9\\u00e9\\u00e9\\u00e9\\u00e9\", \"b\": -1234}"),
                "escapes count as the characters they stand for; the sign is not a digit");
    }

    @Test
    void columnsCountCharactersNotBytes() {
        assertProblem("Not valid JSON: expected a , or } after the value of \"é\", found 'x'", 1, 11,
                "{\"é\": \"é\" x}");
    }

    @Test
    void aBareWordIsQuoted() {
        assertEquals("Not valid JSON: Unrecognized token 'yes': expected a value (text in double quotes, a number,"
                + " a list [ ], an object { }, true, false or null)", problem("{\"a\": yes}").message());
        assertEquals("Not valid JSON: Non-standard token '-Infinity'", problem("[-Infinity]").message());
        assertEquals("Not valid JSON: Unrecognized token 'tru': expected a value (text in double quotes, a number,"
                + " a list [ ], an object { }, true, false or null)", problem("tru").message(), "at the very end");
    }
}
