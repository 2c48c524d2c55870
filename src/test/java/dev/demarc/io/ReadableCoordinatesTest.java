package dev.demarc.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.demarc.catalog.Catalog;
import dev.demarc.edit.DiagramEdits;
import dev.demarc.model.Diagram;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Saved coordinates stay readable: what the editor moves is written in whole or half pixels, an old file's
 * long fractions still load and are written back unchanged, and writing is byte-stable.
 */
class ReadableCoordinatesTest {

    private static final Catalog CATALOG = Catalog.builtIn();
    private static final String OLD = """
            {
              "format": "demarc-diagram",
              "formatVersion": 1,
              "components": [
                {"id": "a", "type": "S3", "x": -273.54177897574124, "y": 12.000000000000002},
                {"id": "b", "type": "S3", "x": 400, "y": 40}
              ],
              "connections": []
            }
            """;

    private final DiagramReader reader = new DiagramReader(CATALOG);
    private final DiagramWriter writer = new DiagramWriter(CATALOG);

    @Test
    void anOldFileWithLongFractionsLoadsAndIsWrittenBackAsItWas() throws Exception {
        Diagram d = reader.read(OLD.getBytes(StandardCharsets.UTF_8)).diagram();
        assertEquals(-273.54177897574124, d.component("a").orElseThrow().x());

        byte[] once = writer.toBytes(d);
        byte[] twice = writer.toBytes(reader.read(once).diagram());

        assertArrayEquals(once, twice, "byte-stable");
        assertTrue(new String(once, StandardCharsets.UTF_8).contains("-273.54177897574124"));
    }

    @Test
    void whatTheEditorMovedIsWrittenInWholeOrHalfPixels() throws Exception {
        Diagram d = reader.read(OLD.getBytes(StandardCharsets.UTF_8)).diagram();
        Diagram moved = new DiagramEdits(CATALOG).move(d, List.of("a", "b"), 13.3333333333, -7.2612);

        String text = new String(writer.toBytes(moved), StandardCharsets.UTF_8);

        Matcher m = Pattern.compile("\"(x|y|width|height)\": (-?[0-9.]+)").matcher(text);
        int numbers = 0;
        while (m.find()) {
            numbers++;
            assertTrue(m.group(2).matches("-?\\d+(\\.5)?"), m.group(0) + " in\n" + text);
        }
        assertEquals(4, numbers);
    }
}
