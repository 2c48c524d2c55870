package dev.demarc.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.demarc.catalog.Catalog;
import dev.demarc.model.Diagram;
import org.junit.jupiter.api.Test;

/** Saving a random valid diagram and loading it back gives the same diagram, and the same bytes again. */
class SaveLoadProperties {

    private static final Catalog CATALOG = Catalog.builtIn();
    private final DiagramWriter writer = new DiagramWriter(CATALOG);
    private final DiagramReader reader = new DiagramReader(CATALOG);

    @Test
    void saveThenLoadGivesAnEqualDiagram() {
        Seeds.check(500, seed -> {
            Diagram diagram = RandomDiagrams.diagram(CATALOG, 40, seed);
            byte[] saved = writer.toBytes(diagram);
            Diagram loaded = reader.read(saved).diagram();
            assertEquals(diagram, loaded);
            assertArrayEquals(saved, writer.toBytes(loaded), "saving the loaded diagram gives the same bytes");
        });
    }
}
