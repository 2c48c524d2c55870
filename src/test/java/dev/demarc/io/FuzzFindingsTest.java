package dev.demarc.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.demarc.catalog.Catalog;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The files {@link FuzzTest} found mishandled, kept as fixed cases: each is refused with a message in the
 * file author's words, at the right place.
 */
class FuzzFindingsTest {

    private final DiagramReader reader = new DiagramReader(Catalog.builtIn());

    private Problem refused(String text) {
        DiagramLoadException e = assertThrows(DiagramLoadException.class,
                () -> reader.read(text.getBytes(StandardCharsets.UTF_8)));
        assertEquals(1, e.problems().size(), e.problems().toString());
        return e.first();
    }

    @Test
    void aNumberWithAnEnormousExponentIsOutOfRangeNotACrash() {
        Problem p = refused("{\n  \"format\": \"demarc-diagram\",\n  \"x\": 9e999999999999999999999\n}\n");
        assertEquals("A number in the file is out of range (its exponent is too large to be read)", p.message());
        assertEquals(3, p.line());
    }

    @Test
    void aListClosedInsideAnObjectNamesWhereTheObjectOpened() {
        Problem p = refused("{\n  \"format\": \"demarc-diagram\",\n  \"components\": [\n    {\"id\": \"a\"\n  ]\n}\n");
        assertEquals("Not valid JSON: Unexpected close marker ']': expected '}' (closing the object opened at line 4,"
                + " column 5)", p.message());
        assertEquals(5, p.line());
    }

    @Test
    void aNonNumericNumberCarriesNoAdviceForProgrammers() {
        Problem p = refused("{\n  \"format\": \"demarc-diagram\",\n  \"x\": Infinity\n}\n");
        assertEquals("Not valid JSON: Non-standard token 'Infinity'", p.message());
    }

    @Test
    void aRecordSeparatorCarriesNoAdviceForProgrammers() {
        Problem p = refused("{\n  \"format\": \"demarc-diagram\",\u001e\n  \"x\": 1\n}\n");
        assertEquals("Not valid JSON: Illegal character ((CTRL-CHAR, code 30)): only regular white space "
                + "(\\r, \\n, \\t) is allowed between tokens", p.message());
    }
}
