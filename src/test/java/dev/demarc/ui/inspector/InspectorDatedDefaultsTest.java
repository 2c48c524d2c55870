package dev.demarc.ui.inspector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.demarc.analysis.Analyzer;
import dev.demarc.catalog.Catalog;
import dev.demarc.model.Component;
import dev.demarc.model.ComponentType;
import dev.demarc.model.Diagram;
import dev.demarc.model.Properties;
import dev.demarc.model.PropertyValue;
import dev.demarc.ui.editor.EditorModel;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Scene;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The inspector teaches dated defaults: the help of a property whose default AWS changed says when and what it
 * was before, and an RDS database offers only its engine's versions, with the TLS default of that version.
 */
@ExtendWith(ApplicationExtension.class)
class InspectorDatedDefaultsTest {

    private static final Catalog CATALOG = Catalog.builtIn();

    private EditorModel model;

    @Start
    void start(Stage stage) {
        model = new EditorModel(CATALOG, new Analyzer(CATALOG));
        Component bucket = new Component("assets", ComponentType.S3, "Assets", 0, 0, null, null, null,
                Properties.of(Map.of()));
        Component db = new Component("db", ComponentType.RDS, "Orders DB", 0, 0, null, null, null,
                Properties.of(Map.of()));
        model.open(new Diagram("Dated", List.of(bucket, db), List.of()), null);
        stage.setScene(new Scene(new InspectorView(model), 520, 760));
        stage.show();
        stage.requestFocus();
    }

    @AfterEach
    void closePopups() throws TimeoutException {
        FxToolkit.cleanupStages();
    }

    @Test
    void focusingDefaultEncryptionShowsWhenItsDefaultChanged(FxRobot robot) {
        select(robot, "assets");
        PropertyGroups.open(robot, "Encryption");

        robot.clickOn("#property-encryption");
        robot.type(KeyCode.ESCAPE);

        Label helpLine = robot.lookup("#inspector-help").queryAs(Label.class);
        try {
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> helpLine.getText().startsWith("Default encryption: "));
        } catch (TimeoutException e) {
            throw new AssertionError("the help did not follow the focus: " + helpLine.getText(), e);
        }
        String help = helpLine.getText();
        assertTrue(help.contains("Default changed January 5, 2023; before: "), help);
    }

    @Test
    void choosingPostgresOffersItsVersionsAndTurnsTheTlsDefaultOn(FxRobot robot) {
        select(robot, "db");
        PropertyGroups.open(robot, "Configuration");
        ChoiceBox<?> versions = robot.lookup("#property-engineVersion").queryAs(ChoiceBox.class);
        assertEquals(List.of("8.0", "8.4", "9.7"), versions.getItems());
        assertTrue(hasFinding("rds.tls-not-enforced"), "MySQL 8.4 leaves TLS optional");

        robot.clickOn("#property-engine");
        robot.clickOn("postgres");

        assertEquals(List.of("13", "14", "15", "16", "17"), versions.getItems());
        assertEquals("17", versions.getValue());
        assertEquals(Optional.empty(), property("engineVersion"), "the version stays a default");
        assertTrue(!hasFinding("rds.tls-not-enforced"), "PostgreSQL 17 requires TLS by default");
    }

    private void select(FxRobot robot, String id) {
        robot.interact(() -> model.select(List.of(id)));
    }

    private Optional<PropertyValue> property(String name) {
        return model.diagram().components().stream().filter(c -> c.id().equals("db")).findFirst().orElseThrow()
                .properties().get(name);
    }

    private boolean hasFinding(String rule) {
        return model.analysis().findings().stream().anyMatch(f -> f.rule().equals(rule) && f.concerns("db"));
    }
}
