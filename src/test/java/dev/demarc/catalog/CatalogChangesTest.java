package dev.demarc.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.demarc.model.Component;
import dev.demarc.model.ComponentType;
import dev.demarc.model.Properties;
import dev.demarc.model.PropertyValue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The catalog's dated default changes and its as-of date: read from the JSON, and refused when malformed. */
class CatalogChangesTest {

    private final Catalog catalog = Catalog.builtIn();

    @Test
    void s3EncryptionDefaultChangedOnJanuaryFifth2023() {
        List<DefaultChange> changes = property("S3", "encryption").changes();

        assertEquals(1, changes.size());
        DefaultChange c = changes.get(0);
        assertEquals("2023-01-05", c.on());
        assertEquals("January 5, 2023", c.when());
        assertEquals("S3-SSE", c.source().tag());
        assertTrue(c.before().contains("unencrypted"), c.before());
        assertTrue(c.sentence().startsWith("Default changed January 5, 2023; before: "), c.sentence());
    }

    @Test
    void sqsEncryptionDefaultIsDatedByTheYearItsAnnouncementGives() {
        List<DefaultChange> changes = property("SQS", "encryption").changes();

        assertEquals(1, changes.size());
        assertEquals("2022", changes.get(0).on());
        assertEquals("2022", changes.get(0).when());
        assertEquals("SQS-SSE-BLOG", changes.get(0).source().tag());
        assertTrue(changes.get(0).sentence().startsWith("Default changed 2022; before: new queues"),
                changes.get(0).sentence());
    }

    @Test
    void aYearThatIsNotFourDigitsIsRefused() {
        String message = refused("types/SQS.json", "\"on\": \"2022\"", "\"on\": \"22\"");

        assertTrue(message.contains("properties.encryption.changed.on"), message);
    }

    @Test
    void blockPublicAccessAndObjectOwnershipChangedInApril2023() {
        assertEquals("April 2023", property("S3", "blockPublicAccess").changes().get(0).when());
        assertEquals("April 2023", property("S3", "objectOwnership").changes().get(0).when());
    }

    @Test
    void imdsAccountDefaultsAreDatedMarch2024() {
        assertEquals("March 2024", property("EC2", "imdsv2Required").changes().get(0).when());
    }

    @Test
    void tlsDefaultChangesNameTheVersionsThatBroughtThem() {
        List<String> when = property("RDS", "enforceTls").changes().stream().map(DefaultChange::when).toList();

        assertEquals(List.of("from PostgreSQL 15", "from MariaDB 11.8", "from MySQL 9.7"), when);
    }

    @Test
    void aDatabaseIsToldOnlyAboutItsOwnEnginesTlsChange() {
        TypeSpec rds = catalog.spec(ComponentType.RDS);
        PropertySpec tls = rds.property("enforceTls").orElseThrow();

        assertEquals(List.of("from PostgreSQL 15"), whenOf(rds.changesOf(database("postgres"), tls)));
        assertEquals(List.of("from MySQL 9.7"), whenOf(rds.changesOf(database("mysql"), tls)));
        assertEquals(List.of(), whenOf(rds.changesOf(database("oracle"), tls)));
    }

    @Test
    void aChangeScopedToAnUnknownEngineIsRefused() {
        String anchor = "\"in\": \"MariaDB 11.8\",\n          \"when\": ";
        String message = refused("types/RDS.json", anchor + "{\"engine\": \"mariadb\"}",
                anchor + "{\"engine\": \"db2\"}");

        assertTrue(message.contains("properties.enforceTls.changed[1].when.engine"), message);
    }

    private static Component database(String engine) {
        return new Component("db", ComponentType.RDS, null, 0, 0, null, null, null,
                Properties.of(Map.of("engine", new PropertyValue.Text(engine))));
    }

    private static List<String> whenOf(List<DefaultChange> changes) {
        return changes.stream().map(DefaultChange::when).toList();
    }

    @Test
    void helpWithChangesAppendsOnlyTheChangesOfTheComponentsOwnEngine() {
        TypeSpec rds = catalog.spec(ComponentType.RDS);
        PropertySpec tls = rds.property("enforceTls").orElseThrow();
        String help = rds.helpWithChanges(database("postgres"), tls);

        assertTrue(help.startsWith(tls.help()), help);
        for (DefaultChange change : tls.changes()) {
            // The catalog scopes each change to its engines; only PostgreSQL's may be told to this database.
            boolean postgres = change.scope().getOrDefault("engine", List.of()).contains("postgres");
            assertEquals(postgres, help.contains(change.sentence()), change.when() + " in: " + help);
        }
    }

    @Test
    void catalogHasAnAsOfDate() {
        assertEquals(LocalDate.of(2026, 12, 6), catalog.asOf());
        assertEquals("Catalog facts as of December 6, 2026", catalog.asOfLine());
    }

    @Test
    void aChangeWithAnImpossibleDateIsRefusedWithItsPlace() {
        String message = refused("types/S3.json", "\"on\": \"2023-01-05\"", "\"on\": \"2023-13-05\"");

        assertTrue(message.contains("types/S3.json"), message);
        assertTrue(message.contains("properties.encryption.changed.on"), message);
    }

    @Test
    void aChangeInAnotherDateFormatIsRefused() {
        String message = refused("types/S3.json", "\"on\": \"2023-01-05\"", "\"on\": \"January 2023\"");

        assertTrue(message.contains("properties.encryption.changed.on"), message);
        assertTrue(message.contains("January 2023"), message);
    }

    @Test
    void aChangeWithoutBeforeIsRefused() {
        String message = refused("types/S3.json", "\"before\": \"objects uploaded", "\"was\": \"objects uploaded");

        assertTrue(message.contains("properties.encryption.changed.before"), message);
    }

    @Test
    void aChangeCitingAnUnknownSourceIsRefused() {
        String message = refused("types/S3.json", "\"source\": \"S3-SSE\"", "\"source\": \"NO-SUCH-PAGE\"");

        assertTrue(message.contains("properties.encryption.changed.source"), message);
        assertTrue(message.contains("NO-SUCH-PAGE"), message);
    }

    @Test
    void aChangeWithBothADateAndAVersionIsRefused() {
        String message = refused("types/S3.json", "\"on\": \"2023-01-05\"", "\"on\": \"2023-01-05\", \"in\": \"v2\"");

        assertTrue(message.contains("exactly one of 'on'"), message);
    }

    @Test
    void aConditionalDefaultOnAnUnknownVersionIsRefused() {
        String message = refused("types/RDS.json", "\"engineVersion\": [\"15\", \"16\", \"17\"]",
                "\"engineVersion\": [\"15\", \"61\"]");

        assertTrue(message.contains("properties.enforceTls.defaults[0].when.engineVersion"), message);
        assertTrue(message.contains("\"61\""), message);
    }

    @Test
    void aMissingAsOfDateIsRefused() {
        String message = refused("catalog.json", "\"asOf\": \"2026-12-06\"", "\"asOf\": \"last week\"");

        assertTrue(message.contains("catalog.json, asOf"), message);
    }

    private PropertySpec property(String type, String name) {
        return catalog.spec(new ComponentType(type)).property(name).orElseThrow();
    }

    /** Loads the built-in catalog with {@code from} replaced by {@code to} in {@code file}; returns the refusal. */
    private static String refused(String file, String from, String to) {
        CatalogLoader loader = new CatalogLoader(name -> {
            String text = read(name);
            if (name.equals(file)) {
                assertTrue(text.contains(from), "the test's anchor is gone from " + file + ": " + from);
                text = text.replace(from, to);
            }
            return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
        });
        return assertThrows(CatalogException.class, loader::load).getMessage();
    }

    private static String read(String name) {
        try (InputStream in = CatalogLoader.class.getResourceAsStream("/dev/demarc/catalog/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
