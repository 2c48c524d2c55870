package dev.demarc.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.demarc.catalog.Catalog;
import dev.demarc.model.Diagram;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Saving a random valid diagram and loading it back gives the same diagram, and the same bytes again. */
class SaveLoadProperties {

    private static final Catalog CATALOG = Catalog.builtIn();
    private final DiagramWriter writer = new DiagramWriter(CATALOG);
    private final DiagramReader reader = new DiagramReader(CATALOG);

    static LongStream seeds() {
        return Seeds.of(500);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void saveThenLoadGivesAnEqualDiagram(long seed) throws DiagramLoadException {
        Diagram diagram = RandomDiagrams.diagram(CATALOG, 40, seed);
        byte[] saved = writer.toBytes(diagram);
        Diagram loaded = reader.read(saved).diagram();
        assertEquals(diagram, loaded);
        assertArrayEquals(saved, writer.toBytes(loaded), "saving the loaded diagram gives the same bytes");
    }
}
