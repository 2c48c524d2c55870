package dev.demarc.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every cited page is shown by a title of its own, not by its tag; a catalog without titles still loads. */
class SourceTitlesTest {

    private static final Path CATALOG = Path.of("src/main/resources/dev/demarc/catalog");

    @Test
    void everySourceOfTheCatalogHasATitleThatIsNotItsTag() throws Exception {
        JsonNode sources = new ObjectMapper().readTree(CATALOG.resolve("catalog.json").toFile()).get("sources");
        JsonNode titles = new ObjectMapper().readTree(CATALOG.resolve("source-titles.json").toFile());
        List<String> untitled = new ArrayList<>();
        sources.fieldNames().forEachRemaining(tag -> {
            JsonNode t = titles.path(tag);
            if (!t.isTextual() || t.asText().isBlank() || t.asText().equals(tag)) {
                untitled.add(tag);
            }
        });
        assertEquals(List.of(), untitled);
        assertEquals("What is Amazon RDS?", Catalog.builtIn().sources().get("RDS-WEL").title());
    }

    @Test
    void aCatalogWithoutTitlesShowsItsSourcesByTag() {
        Catalog plain = new CatalogLoader(name -> name.equals("source-titles.json") ? null
                : CatalogLoader.class.getResourceAsStream("/dev/demarc/catalog/" + name)).load();
        Source s = plain.sources().get("RDS-WEL");
        assertEquals("RDS-WEL", s.title());
        assertTrue(s.url().startsWith("https://"));
    }
}
