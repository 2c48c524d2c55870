package dev.demarc.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.demarc.catalog.Catalog;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A version the chosen engine does not have is kept but named, since no version-dependent default can match it. */
class EngineVersionWarningTest {

    private static final Catalog CATALOG = Catalog.builtIn();

    @Test
    void aPostgresVersionOnMysqlIsWarnedAbout() throws Exception {
        LoadedDiagram loaded = load("{\"engine\": \"mysql\", \"engineVersion\": \"15\"}");

        assertEquals(1, loaded.warnings().size(), loaded.warnings().toString());
        String warning = loaded.warnings().get(0).describe();
        assertTrue(warning.contains("engineVersion \"15\""), warning);
        assertTrue(warning.contains("engine is mysql (8.0, 8.4, 9.7)"), warning);
    }

    @Test
    void aVersionOfTheChosenEngineIsAccepted() throws Exception {
        assertTrue(load("{\"engine\": \"postgres\", \"engineVersion\": \"15\"}").warnings().isEmpty());
    }

    @Test
    void aVersionOfTheDefaultEngineIsAccepted() throws Exception {
        assertTrue(load("{\"engineVersion\": \"9.7\"}").warnings().isEmpty());
    }

    @Test
    void aVersionNoEngineHasIsAnError() {
        DiagramLoadException e = assertThrows(DiagramLoadException.class,
                () -> load("{\"engineVersion\": \"99\"}"));

        assertTrue(e.getMessage().contains("engineVersion"), e.getMessage());
    }

    private static LoadedDiagram load(String properties) throws DiagramLoadException {
        String text = "{\"format\": \"demarc-diagram\", \"formatVersion\": 2, \"components\": [{\"id\": \"db\", "
                + "\"type\": \"RDS\", \"x\": 0, \"y\": 0, \"properties\": " + properties + "}]}";
        return new DiagramReader(CATALOG).read(text.getBytes(StandardCharsets.UTF_8));
    }
}
