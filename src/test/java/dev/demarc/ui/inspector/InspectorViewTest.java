package dev.demarc.ui.inspector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.demarc.analysis.Analyzer;
import dev.demarc.catalog.Catalog;
import dev.demarc.model.Component;
import dev.demarc.model.ComponentType;
import dev.demarc.model.Connection;
import dev.demarc.model.Diagram;
import dev.demarc.model.InboundRule;
import dev.demarc.model.Properties;
import dev.demarc.model.PropertyValue;
import dev.demarc.model.Protocol;
import dev.demarc.model.SecurityGroup;
import dev.demarc.ui.editor.EditorModel;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
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
 * Drives the inspector like a user (click, type, Enter) on a small diagram, and checks what reached the
 * model: the diagram, its analysis and its undo history.
 */
@ExtendWith(ApplicationExtension.class)
class InspectorViewTest {

    private static final Catalog CATALOG = Catalog.builtIn();

    private EditorModel model;

    @Start
    void start(Stage stage) {
        model = new EditorModel(CATALOG, new Analyzer(CATALOG));
        model.open(diagram(), null);
        stage.setScene(new Scene(new InspectorView(model), 520, 760));
        stage.show();
        stage.requestFocus();
    }

    @AfterEach
    void closeDialogs() throws TimeoutException {
        // A failed dialog test must not leave its modal window over the next test.
        FxToolkit.cleanupStages();
    }

    /**
     * A VPC with an internet gateway and a public subnet holding a web server and a MySQL database whose
     * security group admits 0.0.0.0/0 on 3306; publiclyAccessible is left to its default (off). An S3
     * bucket outside. The web server connects to the database.
     */
    private static Diagram diagram() {
        Component vpc = component("vpc", ComponentType.VPC, null, null,
                Map.of("internetGateway", new PropertyValue.Bool(true)));
        Component subnet = component("public-a", ComponentType.SUBNET, null, "vpc",
                Map.of("public", new PropertyValue.Bool(true)));
        Component web = component("web", ComponentType.EC2, "Web server", "public-a", Map.of());
        Component db = component("db", ComponentType.RDS, "Orders DB", "public-a", Map.of("securityGroups",
                new PropertyValue.Groups(List.of("db-sg"))));
        Component bucket = component("assets", ComponentType.S3, "Assets", null, Map.of());
        return new Diagram("Shop", List.of(vpc, subnet, web, db, bucket), List.of(Connection.of("c1", "web", "db")),
                List.of(new SecurityGroup("db-sg", "Database", null,
                        List.of(new InboundRule(Protocol.TCP, 3306, "0.0.0.0/0")))));
    }

    private static Component component(String id, ComponentType type, String label, String parent,
            Map<String, PropertyValue> properties) {
        return new Component(id, type, label, 0, 0, null, null, parent, Properties.of(properties));
    }

    @Test
    void tickingPubliclyAccessibleExposesTheDatabaseAndUndoUnticksIt(FxRobot robot) {
        select(robot, "db");
        PropertyGroups.open(robot, "Network exposure");
        assertFalse(hasFinding("rds.exposed-to-internet", "db"));

        robot.clickOn("#property-publiclyAccessible");

        assertEquals(Optional.of(new PropertyValue.Bool(true)), property("db", "publiclyAccessible"));
        assertTrue(hasFinding("rds.exposed-to-internet", "db"));
        CheckBox box = robot.lookup("#property-publiclyAccessible").queryAs(CheckBox.class);
        assertTrue(box.isSelected());
        assertFalse(robot.lookup("#property-publiclyAccessible-default").query().isVisible());

        robot.interact(model::undo);

        assertEquals(Optional.empty(), property("db", "publiclyAccessible"));
        assertFalse(hasFinding("rds.exposed-to-internet", "db"));
        assertFalse(box.isSelected());
        assertTrue(robot.lookup("#property-publiclyAccessible-default").query().isVisible());
    }

    @Test
    void undoRefreshesTheSheetInPlaceWithoutRebuildingIt(FxRobot robot) {
        select(robot, "db");
        PropertyGroups.open(robot, "Network exposure");
        Node sheet = robot.lookup("#inspector-properties").query();
        CheckBox box = robot.lookup("#property-publiclyAccessible").queryAs(CheckBox.class);

        robot.clickOn(box);
        robot.interact(model::undo);
        robot.interact(model::redo);

        assertSame(sheet, robot.lookup("#inspector-properties").query());
        assertSame(box, robot.lookup("#property-publiclyAccessible").query());
        assertTrue(box.isSelected());
    }

    @Test
    void typingALabelAndEnterRenamesTheComponentAndUndoRestoresIt(FxRobot robot) {
        select(robot, "db");

        replaceText(robot, "#inspector-label", "Billing DB");
        robot.type(KeyCode.ENTER);

        assertEquals("Billing DB", component("db").label());
        assertEquals("Undo Change label", model.undoTextProperty().get());

        robot.interact(model::undo);

        assertEquals("Orders DB", component("db").label());
        assertEquals("Orders DB", robot.lookup("#inspector-label").queryAs(TextField.class).getText());
    }

    @Test
    void escapeRevertsTheLabelFieldAndChangesNothing(FxRobot robot) {
        select(robot, "db");

        replaceText(robot, "#inspector-label", "Half typed");
        robot.type(KeyCode.ESCAPE);

        assertEquals("Orders DB", robot.lookup("#inspector-label").queryAs(TextField.class).getText());
        assertEquals("Orders DB", component("db").label());
        assertFalse(model.canUndoProperty().get());
    }

    @Test
    void aDuplicateIdIsRefusedInlineAndTheOldIdStays(FxRobot robot) {
        select(robot, "db");

        replaceText(robot, "#inspector-id", "web");
        robot.type(KeyCode.ENTER);

        Label error = robot.lookup("#inspector-id-error").queryAs(Label.class);
        assertTrue(error.isVisible());
        assertTrue(error.getText().contains("already has the id \"web\""), error.getText());
        assertEquals(ComponentType.RDS, component("db").type());
        assertEquals(ComponentType.EC2, component("web").type());
        assertFalse(model.canUndoProperty().get());

        robot.type(KeyCode.ESCAPE);

        assertEquals("db", robot.lookup("#inspector-id").queryAs(TextField.class).getText());
        assertFalse(error.isVisible());
    }

    @Test
    void aNewIdKeepsConnectionsPointingToTheComponent(FxRobot robot) {
        select(robot, "db");

        replaceText(robot, "#inspector-id", "orders-db");
        robot.type(KeyCode.ENTER);

        assertFalse(model.diagram().contains("db"));
        assertEquals("Orders DB", component("orders-db").label());
        assertEquals("public-a", component("orders-db").parent());
        assertEquals("orders-db", model.diagram().connections().get(0).to());
        assertEquals(List.of("orders-db"), List.copyOf(model.selection()));
        assertEquals("orders-db", robot.lookup("#inspector-id").queryAs(TextField.class).getText());
    }

    @Test
    void choosingSseKmsChangesTheBucketsEncryption(FxRobot robot) {
        select(robot, "assets");
        PropertyGroups.open(robot, "Encryption");

        robot.clickOn("#property-encryption");
        robot.clickOn("SSE-KMS");

        assertEquals(Optional.of(new PropertyValue.Text("SSE-KMS")), property("assets", "encryption"));
        assertEquals("SSE-KMS", robot.lookup("#property-encryption").queryAs(ChoiceBox.class).getValue());
        assertEquals("Undo Change Default encryption", model.undoTextProperty().get());
    }

    @Test
    void backupRetentionCannotGoAbove35(FxRobot robot) {
        select(robot, "db");
        PropertyGroups.open(robot, "Backup and recovery");
        Spinner<?> spinner = robot.lookup("#property-backupRetentionDays").queryAs(Spinner.class);

        replaceText(robot, spinner.getEditor(), "40");
        robot.type(KeyCode.ENTER);

        assertEquals(Optional.of(new PropertyValue.Int(35)), property("db", "backupRetentionDays"));
        assertEquals("35", spinner.getEditor().getText());
        assertTrue(robot.lookup("#property-backupRetentionDays-message").query().isVisible());

        robot.clickOn(robot.from(spinner).lookup(".increment-arrow-button").queryAs(Node.class));
        assertEquals(Optional.of(new PropertyValue.Int(35)), property("db", "backupRetentionDays"));

        Node down = robot.from(spinner).lookup(".decrement-arrow-button").queryAs(Node.class);
        robot.clickOn(down);
        robot.clickOn(down);
        assertEquals(Optional.of(new PropertyValue.Int(33)), property("db", "backupRetentionDays"));

        // Arrow steps in a row are one undo step; the typed value is another.
        robot.interact(model::undo);
        assertEquals(Optional.of(new PropertyValue.Int(35)), property("db", "backupRetentionDays"));
        robot.interact(model::undo);
        assertEquals(Optional.empty(), property("db", "backupRetentionDays"));
        assertEquals("1", spinner.getEditor().getText());
    }

    /** Opens the rules dialog of the database's group through the membership menu. */
    private static void openGroupRules(FxRobot robot) {
        robot.clickOn("#property-securityGroups");
        robot.clickOn("Edit rules of db-sg\u2026");
    }

    private List<InboundRule> groupRules(String id) {
        return model.diagram().securityGroup(id).orElseThrow().inbound();
    }

    @Test
    void addingARuleInTheDialogIsOneUndoStep(FxRobot robot) {
        select(robot, "db");
        PropertyGroups.open(robot, "Network exposure");
        assertEquals("db-sg", robot.lookup("#property-securityGroups").queryAs(MenuButton.class).getText());

        openGroupRules(robot);
        robot.clickOn("#rules-add");
        replaceText(robot, "#rule-2-port", "443");
        robot.clickOn("#rule-2-source-text").write("10.0.0.0/16");
        robot.clickOn("#rules-ok");

        assertEquals(List.of(new InboundRule(Protocol.TCP, 3306, "0.0.0.0/0"),
                new InboundRule(Protocol.TCP, 443, "10.0.0.0/16")), groupRules("db-sg"));
        Label summary = robot.lookup("#property-securityGroups-summary").queryAs(Label.class);
        assertEquals("db-sg: tcp/3306 from 0.0.0.0/0, tcp/443 from 10.0.0.0/16", summary.getText());

        robot.interact(model::undo);

        assertEquals(List.of(new InboundRule(Protocol.TCP, 3306, "0.0.0.0/0")), groupRules("db-sg"));
        assertEquals("db-sg: tcp/3306 from 0.0.0.0/0", summary.getText(), "the summary follows the group's rules");
        assertFalse(model.canUndoProperty().get());
    }

    @Test
    void aPortRangeAndAGroupSourceAreRules(FxRobot robot) {
        select(robot, "db");
        PropertyGroups.open(robot, "Network exposure");

        openGroupRules(robot);
        robot.clickOn("#rules-add");
        replaceText(robot, "#rule-2-port", "8000-8080");
        robot.clickOn("#rule-2-source-text").write("db-sg");
        robot.clickOn("#rules-ok");

        assertEquals(InboundRule.fromGroup(Protocol.TCP, 8000, 8080, "db-sg"), groupRules("db-sg").get(1));
    }

    @Test
    void aMalformedRuleKeepsOkDisabledAndCancelChangesNothing(FxRobot robot) {
        select(robot, "db");
        PropertyGroups.open(robot, "Network exposure");
        List<InboundRule> before = groupRules("db-sg");

        openGroupRules(robot);
        robot.clickOn("#rules-add");
        replaceText(robot, "#rule-2-port", "443");
        robot.clickOn("#rule-2-source-text").write("10.0.0.0/33");

        assertTrue(robot.lookup("#rules-ok").query().isDisabled());
        String problems = robot.lookup("#rules-problems").queryAs(Label.class).getText();
        assertTrue(problems.startsWith("Rule 2: the source must be a CIDR block"), problems);

        robot.clickOn("#rules-cancel");

        assertEquals(before, groupRules("db-sg"));
        assertFalse(model.canUndoProperty().get());
    }

    @Test
    void anInvalidIpv6SourceIsRefusedWithTheReasonAndAnotherSpellingOfAnywhereIsKept(FxRobot robot) {
        select(robot, "db");
        PropertyGroups.open(robot, "Network exposure");

        openGroupRules(robot);
        robot.clickOn("#rules-add");
        robot.doubleClickOn("#rule-2-port").eraseText(4).write("443");
        robot.clickOn("#rule-2-source-text").write("1::2::3/64");

        assertTrue(robot.lookup("#rules-ok").query().isDisabled());
        String problems = robot.lookup("#rules-problems").queryAs(Label.class).getText();
        assertTrue(problems.startsWith("Rule 2: the source must be a CIDR block"), problems);
        assertTrue(problems.contains("\"::\" more than once"), problems);

        robot.doubleClickOn("#rule-2-source-text").eraseText(10).write("0::/0");
        assertFalse(robot.lookup("#rules-ok").query().isDisabled(),
                robot.lookup("#rules-problems").queryAs(Label.class).getText());
        robot.clickOn("#rules-ok");

        assertEquals(List.of(new InboundRule(Protocol.TCP, 3306, "0.0.0.0/0"),
                new InboundRule(Protocol.TCP, 443, "0::/0")), groupRules("db-sg"));
    }

    @Test
    void aNewRuleStartsWithTheEnginesPortAndNamesNoProblemBeforeTheUserTypes(FxRobot robot) {
        select(robot, "db");
        PropertyGroups.open(robot, "Network exposure");

        openGroupRules(robot);
        robot.clickOn("#rules-add");

        assertEquals("3306", robot.lookup("#rule-2-port").queryAs(TextField.class).getText(), "MySQL's port");
        assertEquals("", robot.lookup("#rules-problems").queryAs(Label.class).getText(), "nothing typed yet");
        assertTrue(robot.lookup("#rules-ok").query().isDisabled(), "the rule still has no source");
        Button remove = robot.lookup("#rule-2-remove").queryAs(Button.class);
        assertTrue(remove.getWidth() >= remove.prefWidth(-1) - 0.5, "Remove is shown in full: " + remove.getWidth());

        robot.clickOn("#rule-2-source-text").write("10.0.0.0/3");
        robot.type(KeyCode.BACK_SPACE);

        String problems = robot.lookup("#rules-problems").queryAs(Label.class).getText();
        assertTrue(problems.startsWith("Rule 2: the source must be a CIDR block"), problems);
        robot.clickOn("#rules-cancel");
    }

    @Test
    void aMalformedCidrIsRefusedWithAMessage(FxRobot robot) {
        select(robot, "vpc");
        PropertyGroups.open(robot, "Network");

        replaceText(robot, "#property-cidr", "10.0.0.0/33");
        robot.type(KeyCode.ENTER);

        assertEquals(Optional.empty(), property("vpc", "cidr"));
        Label message = robot.lookup("#property-cidr-message").queryAs(Label.class);
        assertTrue(message.isVisible());
        assertTrue(message.getText().contains("must be a CIDR block"), message.getText());

        replaceText(robot, "#property-cidr", "10.1.0.0/16");
        robot.type(KeyCode.ENTER);

        assertEquals(Optional.of(new PropertyValue.Text("10.1.0.0/16")), property("vpc", "cidr"));
        assertFalse(message.isVisible());
    }

    @Test
    void resetLeavesThePropertyOutOfTheFileAgain(FxRobot robot) {
        select(robot, "db");
        PropertyGroups.open(robot, "Network exposure");
        robot.clickOn("#property-publiclyAccessible");

        robot.clickOn("#property-publiclyAccessible-reset");

        assertEquals(Optional.empty(), property("db", "publiclyAccessible"));
        assertFalse(robot.lookup("#property-publiclyAccessible").queryAs(CheckBox.class).isSelected());
        assertEquals("Undo Reset Publicly accessible", model.undoTextProperty().get());
    }

    @Test
    void withNothingSelectedTheTitleIsEditable(FxRobot robot) {
        assertTrue(robot.lookup("#inspector-hint").queryAs(Label.class).getText().startsWith("Select a component"));

        replaceText(robot, "#inspector-title", "Web shop");
        robot.type(KeyCode.ENTER);

        assertEquals("Web shop", model.diagram().title());
        assertEquals("Undo Rename diagram", model.undoTextProperty().get());

        robot.interact(model::undo);

        assertEquals("Shop", robot.lookup("#inspector-title").queryAs(TextField.class).getText());
    }

    @Test
    void aSelectedConnectionShowsItsEndsAndTakesALabel(FxRobot robot) {
        robot.interact(() -> model.selectConnection("c1"));

        assertEquals("Web server \u2192 Orders DB", robot.lookup("#inspector-route").queryAs(Label.class).getText());

        replaceText(robot, "#inspector-connection-label", "SQL");
        robot.type(KeyCode.ENTER);

        assertEquals("SQL", model.diagram().connections().get(0).label());
        robot.interact(model::undo);
        assertNull(model.diagram().connections().get(0).label());
    }

    @Test
    void textTypedWhenTheSelectionMovesIsStillApplied(FxRobot robot) {
        select(robot, "db");
        replaceText(robot, "#inspector-label", "Billing DB");

        select(robot, "web");
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("Billing DB", component("db").label());
        assertEquals("Web server", component("web").label());
        assertEquals("Web server", robot.lookup("#inspector-label").queryAs(TextField.class).getText());
    }

    @Test
    void switchingToAnotherComponentOfTheSameTypeReusesTheSheetAndEditsTheNewOne(FxRobot robot) {
        addSecondDatabase(robot);
        select(robot, "db");
        PropertyGroups.open(robot, "Network exposure");
        Node sheet = robot.lookup("#inspector-properties").query();

        select(robot, "db2");

        assertSame(sheet, robot.lookup("#inspector-properties").query(), "building a sheet costs more than a frame");
        assertEquals("Reports DB", robot.lookup("#inspector-label").queryAs(TextField.class).getText());
        robot.clickOn("#property-publiclyAccessible");
        assertEquals(Optional.of(new PropertyValue.Bool(true)), property("db2", "publiclyAccessible"));
        assertEquals(Optional.empty(), property("db", "publiclyAccessible"));
    }

    @Test
    void textTypedBeforeMovingToASameTypeComponentGoesToTheFirstOne(FxRobot robot) {
        addSecondDatabase(robot);
        select(robot, "db");
        replaceText(robot, "#inspector-label", "Billing DB");

        select(robot, "db2");
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("Billing DB", component("db").label());
        assertEquals("Reports DB", component("db2").label());
        assertEquals("Reports DB", robot.lookup("#inspector-label").queryAs(TextField.class).getText());
    }

    private void addSecondDatabase(FxRobot robot) {
        robot.interact(() -> model.apply("Add", d -> model.edits().add(d,
                Component.of("db2", ComponentType.RDS, 3000, 3000).withLabel("Reports DB"))));
    }

    @Test
    void theGroupOpenedStaysOpenForTheNextComponent(FxRobot robot) {
        select(robot, "db");
        PropertyGroups.open(robot, "Backup and recovery");

        select(robot, "web");

        assertTrue(PropertyGroups.pane(robot, "Backup and recovery").isExpanded());
        assertFalse(PropertyGroups.pane(robot, "Network exposure").isExpanded());
    }

    @Test
    void severalSelectedComponentsAreCounted(FxRobot robot) {
        select(robot, "web", "db", "assets");

        assertEquals("3 components selected", robot.lookup("#inspector-count").queryAs(Label.class).getText());
        assertTrue(robot.lookup("#inspector-properties").tryQuery().isEmpty());
    }

    private void select(FxRobot robot, String... ids) {
        robot.interact(() -> model.select(List.of(ids)));
    }

    private static void replaceText(FxRobot robot, String query, String text) {
        replaceText(robot, robot.lookup(query).queryAs(Node.class), text);
    }

    private static void replaceText(FxRobot robot, Node field, String text) {
        robot.clickOn(field);
        robot.push(KeyCode.SHORTCUT, KeyCode.A);
        robot.write(text);
    }

    private Component component(String id) {
        return model.diagram().component(id).orElseThrow();
    }

    private Optional<PropertyValue> property(String id, String name) {
        return component(id).properties().get(name);
    }

    private boolean hasFinding(String rule, String componentId) {
        return model.analysis().findings().stream().anyMatch(f -> f.rule().equals(rule) && f.concerns(componentId));
    }
}
