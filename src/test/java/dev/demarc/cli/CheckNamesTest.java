package dev.demarc.cli;

import static dev.demarc.cli.Cli.run;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `demarc check` speaks the app's language: layer names ("Guest operating system", not "guest-os"),
 * component labels rather than ids, one type name per component, and an empty diagram has nothing to
 * check yet rather than "No findings".
 */
class CheckNamesTest {

    private static final String DIAGRAM = """
            {
              "format": "demarc-diagram",
              "formatVersion": 1,
              "title": "Shop",
              "components": [
                {"id": "vpc", "type": "VPC", "label": "Shop VPC", "x": 0, "y": 0, "width": 600, "height": 400,
                 "properties": {"internetGateway": true}},
                {"id": "private-a", "type": "SUBNET", "label": "Private subnet", "parent": "vpc", "x": 20, "y": 60,
                 "width": 400, "height": 300},
                {"id": "db", "type": "RDS", "label": "Orders DB", "parent": "private-a", "x": 60, "y": 120,
                 "properties": {"publiclyAccessible": true}}
              ],
              "connections": []
            }
            """;

    @TempDir
    Path dir;

    private String file(String name, String json) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, json);
        return f.toString();
    }

    @Test
    void theTextReportNamesLayersAndComponentsAsTheAppDoes() throws Exception {
        Cli.Run r = run(file("shop.json", DIAGRAM)).assertNoStackTrace();

        assertTrue(r.out().contains("Orders DB (RDS): "), r.out());
        assertTrue(r.out().contains("AWS owns the stack up to Guest operating system"), r.out());
        assertTrue(r.out().contains("because its subnet 'Private subnet' is private"), r.out());
        assertFalse(r.out().contains("Subnet 'Private subnet'"), "the type is not named twice: " + r.out());
        assertFalse(r.out().contains("guest-os"), r.out());
    }

    @Test
    void theMarkdownReportNamesLayersAndComponentsAsTheAppDoes() throws Exception {
        Cli.Run r = run("--format", "markdown", file("shop.json", DIAGRAM)).assertNoStackTrace();

        assertTrue(r.out().contains("- [ ] **Data** ("), r.out());
        assertTrue(r.out().contains("AWS owns the layers up to **Guest operating system**."), r.out());
        assertTrue(r.out().contains("| Orders DB |"), "findings name the component by its label: " + r.out());
        assertFalse(r.out().contains("**guest-os**") || r.out().contains("**network-config**"), r.out());
    }

    @Test
    void anEmptyDiagramHasNothingToCheckYet() throws Exception {
        String empty = file("empty.json", """
                {"format": "demarc-diagram", "formatVersion": 1, "components": [], "connections": []}
                """);

        Cli.Run text = run(empty).assertNoStackTrace();
        Cli.Run markdown = run("--format", "markdown", empty).assertNoStackTrace();

        assertTrue(text.out().contains("Nothing to check yet"), text.out());
        assertFalse(text.out().contains("No findings"), text.out());
        assertTrue(markdown.out().contains("Nothing to check yet"), markdown.out());
    }
}
