package dev.demarc.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.demarc.catalog.Catalog;
import dev.demarc.model.Diagram;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Saving a random valid diagram and loading it back gives the same diagram, and the same bytes again. */
class SaveLoadProperties {

    private static final Catalog CATALOG = Catalog.builtIn();
    private final DiagramWriter writer = new DiagramWriter(CATALOG);
    private final DiagramReader reader = new DiagramReader(CATALOG);

    @Provide
    Arbitrary<Diagram> diagrams() {
        return RandomDiagrams.diagrams(CATALOG, 40);
    }

    @Property(tries = 500)
    void saveThenLoadGivesAnEqualDiagram(@ForAll("diagrams") Diagram diagram) throws DiagramLoadException {
        byte[] saved = writer.toBytes(diagram);
        Diagram loaded = reader.read(saved).diagram();
        assertEquals(diagram, loaded);
        assertArrayEquals(saved, writer.toBytes(loaded), "saving the loaded diagram gives the same bytes");
    }
}
