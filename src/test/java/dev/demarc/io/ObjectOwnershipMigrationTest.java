package dev.demarc.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.demarc.analysis.Analysis;
import dev.demarc.analysis.Analyzer;
import dev.demarc.analysis.Finding;
import dev.demarc.catalog.Catalog;
import dev.demarc.model.Component;
import dev.demarc.model.Diagram;
import dev.demarc.model.PropertyValue;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Format 1 to 2: an S3 bucket's old {@code aclsEnabled} flag becomes {@code objectOwnership}. A version 1 file
 * still loads, analyzes as its author meant, and is saved as version 2 without the old flag.
 */
class ObjectOwnershipMigrationTest {

    private static final Catalog CATALOG = Catalog.builtIn();

    @Test
    void aclsEnabledBecomesObjectWriterAndDisabledBecomesBucketOwnerEnforced() throws Exception {
        LoadedDiagram loaded = new DiagramReader(CATALOG).read(fixture());
        Diagram d = loaded.diagram();

        assertEquals(Optional.of(new PropertyValue.Text("ObjectWriter")), ownership(d, "legacy"));
        assertEquals(Optional.of(new PropertyValue.Text("BucketOwnerEnforced")), ownership(d, "modern"));
        assertEquals(Optional.empty(), ownership(d, "plain"), "a bucket that never said keeps the default");
        assertFalse(component(d, "legacy").properties().has("aclsEnabled"));
        assertEquals(Optional.of(new PropertyValue.Bool(true)), component(d, "legacy").properties().get("versioning"),
                "other properties survive the upgrade");
        assertTrue(loaded.warnings().isEmpty(), loaded.warnings().toString());
    }

    @Test
    void theMigratedFileAnalyzesAsItsAuthorMeant() throws Exception {
        Analysis a = new Analyzer(CATALOG).analyze(new DiagramReader(CATALOG).read(fixture()).diagram());

        List<Finding> conflicts = a.findings().stream().filter(f -> f.rule().equals("cloudfront.oac-with-acls"))
                .toList();
        assertEquals(1, conflicts.size(), "only the bucket that had ACLs conflicts with OAC");
        assertTrue(conflicts.get(0).components().contains("legacy"));
        assertTrue(a.findings().stream().anyMatch(f -> f.rule().equals("s3.acls-enabled")
                && f.components().contains("legacy")));
        assertFalse(a.findings().stream().anyMatch(f -> f.rule().equals("s3.acls-enabled")
                && !f.components().contains("legacy")));
    }

    @Test
    void savingTheMigratedDiagramWritesTheCurrentVersionWithoutTheOldFlag() throws Exception {
        Diagram d = new DiagramReader(CATALOG).read(fixture()).diagram();
        String saved = new String(new DiagramWriter(CATALOG).toBytes(d), StandardCharsets.UTF_8);

        assertTrue(saved.contains("\"formatVersion\": " + DiagramReader.FORMAT_VERSION), saved);
        assertFalse(saved.contains("aclsEnabled"), saved);
        assertTrue(saved.contains("\"objectOwnership\": \"ObjectWriter\""), saved);
        assertEquals(d, new DiagramReader(CATALOG).read(saved.getBytes(StandardCharsets.UTF_8)).diagram());
    }

    @Test
    void aVersionTwoFileWithTheOldFlagIsWarnedAbout() throws Exception {
        String text = "{\"format\": \"demarc-diagram\", \"formatVersion\": 2, \"components\": [{\"id\": \"b\", "
                + "\"type\": \"S3\", \"x\": 0, \"y\": 0, \"properties\": {\"aclsEnabled\": true}}]}";

        LoadedDiagram loaded = new DiagramReader(CATALOG).read(text.getBytes(StandardCharsets.UTF_8));

        assertTrue(loaded.warnings().stream().anyMatch(w -> w.describe().contains("aclsEnabled")),
                loaded.warnings().toString());
    }

    private static Optional<PropertyValue> ownership(Diagram d, String id) {
        return component(d, id).properties().get("objectOwnership");
    }

    private static Component component(Diagram d, String id) {
        return d.components().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    private static byte[] fixture() throws IOException {
        try (InputStream in = ObjectOwnershipMigrationTest.class.getResourceAsStream("format-v1-acls.json")) {
            return in.readAllBytes();
        }
    }
}
