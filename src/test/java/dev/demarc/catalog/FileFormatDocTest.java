package dev.demarc.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * docs/file-format.md keeps up with the catalog: it names every component type, and for each type it has
 * property rows for, it names every property, so an instructor writing a file by hand misses none.
 */
class FileFormatDocTest {

    private static final Path DOC = Path.of("docs", "file-format.md");

    @Test
    void theFormatPageNamesEveryTypeAndThePropertiesOfEachTypeItDetails() throws Exception {
        assumeTrue(Files.isRegularFile(DOC), "docs not found from " + Path.of("").toAbsolutePath());
        List<String> lines = Files.readAllLines(DOC);
        String doc = String.join("\n", lines);
        List<String> missing = new ArrayList<>();
        for (TypeSpec t : Catalog.builtIn().types()) {
            String id = t.type().id();
            if (!doc.contains("`" + id + "`")) {
                missing.add(id);
            }
            String rows = String.join("\n", lines.stream().filter(l -> l.startsWith("| " + id + " |")).toList());
            if (rows.isEmpty()) {
                continue;
            }
            t.properties().stream().filter(p -> !rows.contains("`" + p.name() + "`"))
                    .forEach(p -> missing.add(id + "." + p.name()));
        }
        assertEquals(List.of(), missing, "not described in " + DOC);
        for (String detailed : List.of("DYNAMODB", "SQS", "SNS")) {
            assertTrue(doc.contains("| " + detailed + " | `"), detailed + " has no property rows");
        }
    }
}
