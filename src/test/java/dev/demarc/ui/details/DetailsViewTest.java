package dev.demarc.ui.details;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerLight;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.demarc.analysis.Analyzer;
import dev.demarc.catalog.Catalog;
import dev.demarc.model.Component;
import dev.demarc.model.ComponentType;
import dev.demarc.model.Diagram;
import dev.demarc.model.InboundRule;
import dev.demarc.model.Properties;
import dev.demarc.model.PropertyValue;
import dev.demarc.model.Protocol;
import dev.demarc.model.SecurityGroup;
import dev.demarc.ui.editor.EditorModel;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.application.Application;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Shows the details panel beside nothing but an {@link EditorModel}, at the width the window gives it, and
 * checks what it shows against the catalog's JSON files, read here with Jackson rather than through the
 * catalog code the panel uses.
 */
@ExtendWith(ApplicationExtension.class)
class DetailsViewTest {

    private static final Catalog CATALOG = Catalog.builtIn();
    private static JsonNode rdsJson;
    private static JsonNode catalogJson;

    private EditorModel model;
    private final List<String> opened = new ArrayList<>();

    @BeforeAll
    static void readCatalogFiles() throws IOException {
        rdsJson = json("/dev/demarc/catalog/types/RDS.json");
        catalogJson = json("/dev/demarc/catalog/catalog.json");
    }

    private static JsonNode json(String resource) throws IOException {
        try (InputStream in = DetailsViewTest.class.getResourceAsStream(resource)) {
            assertNotNull(in, resource);
            return new ObjectMapper().readTree(in);
        }
    }

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        model = new EditorModel(CATALOG, new Analyzer(CATALOG));
        stage.setScene(new Scene(new DetailsView(model, opened::add), 440, 780));
        stage.show();
    }

    /**
     * A VPC with an internet gateway, a public subnet holding a MySQL database whose security group admits
     * the whole internet on 3306, and a private subnet holding a second database with no rules.
     */
    private static Diagram diagram() {
        return new Diagram("test", List.of(
                component("vpc", ComponentType.VPC, null, Map.of("internetGateway", new PropertyValue.Bool(true))),
                component("pub", ComponentType.SUBNET, "vpc", Map.of("public", new PropertyValue.Bool(true))),
                component("priv", ComponentType.SUBNET, "vpc", Map.of("public", new PropertyValue.Bool(false))),
                component("db", ComponentType.RDS, "pub", Map.of("securityGroups",
                        new PropertyValue.Groups(List.of("db-sg")))),
                component("quiet", ComponentType.RDS, "priv", Map.of()),
                component("web", ComponentType.EC2, "pub", Map.of())), List.of(), List.of(new SecurityGroup("db-sg",
                "Database", null, List.of(new InboundRule(Protocol.TCP, 3306, "0.0.0.0/0")))));
    }

    private static Component component(String id, ComponentType type, String parent,
            Map<String, PropertyValue> properties) {
        return new Component(id, type, null, 0, 0, null, null, parent, Properties.of(properties));
    }

    private void open(FxRobot robot, String... selected) {
        robot.interact(() -> {
            model.open(diagram(), null);
            model.select(List.of(selected));
        });
    }

    private void setPubliclyAccessible(FxRobot robot, String id) {
        robot.interact(() -> model.apply("Change Publicly accessible", d -> model.edits().setProperty(d, id,
                "publiclyAccessible", new PropertyValue.Bool(true))));
    }

    @Test
    void anRdsShowsItsFourteenLayersTopDownWithTheCatalogsOwners(FxRobot robot) {
        open(robot, "db");

        List<Node> rows = List.copyOf(robot.lookup(".layer-row").queryAll());
        List<String> expectedIds = new ArrayList<>();
        List<String> expectedOwners = new ArrayList<>();
        for (JsonNode layer : rdsJson.get("layers")) {
            expectedIds.add(0, "layer-" + layer.get("layer").asText());
            expectedOwners.add(0, layer.get("owner").asText());
        }
        assertEquals(14, rows.size());
        assertEquals("layer-logging", rows.get(0).getId());
        assertEquals("layer-facilities", rows.get(13).getId());
        assertEquals(expectedIds, rows.stream().map(Node::getId).toList());
        Map<String, String> shownOwner = Map.of("AWS", "AWS", "CUSTOMER", "Customer", "SHARED", "Shared");
        for (int i = 0; i < rows.size(); i++) {
            Node row = rows.get(i);
            String owner = expectedOwners.get(i);
            String ownerClass = "owner-" + owner.toLowerCase();
            assertTrue(row.getStyleClass().contains(ownerClass), row.getId() + " is drawn as " + owner);
            Node chip = robot.from(row).lookup(".owner-chip").query();
            assertTrue(chip.getStyleClass().contains(ownerClass), row.getId() + "'s chip is " + owner);
            assertTrue(chip.getAccessibleText().contains(shownOwner.get(owner)), chip.getAccessibleText());
            String ownerLine = robot.from(row).lookup(".layer-owner").queryAs(Label.class).getText();
            assertTrue(ownerLine.startsWith(shownOwner.get(owner)), row.getId() + ": " + ownerLine);
            assertTrue(row.isFocusTraversable(), row.getId() + " takes the focus");
            assertTrue(row.getAccessibleText().contains(shownOwner.get(owner)), row.getAccessibleText());
        }
    }

    @Test
    void theDemarcationIsMarkedInWordsAboveTheHighestAwsLayer(FxRobot robot) {
        open(robot, "db");

        int highest = -1;
        JsonNode layers = rdsJson.get("layers");
        for (int i = 0; i < layers.size(); i++) {
            if (layers.get(i).get("owner").asText().equals("AWS")) {
                highest = i;
            }
        }
        String highestId = "layer-" + layers.get(highest).get("layer").asText();
        Node marked = robot.lookup(".layer-row.demarcation").query();
        assertEquals(highestId, marked.getId());
        assertEquals(1, robot.lookup(".layer-row.demarcation").queryAll().size());
        List<Node> stack = robot.lookup("#layer-rows").queryParent().getChildrenUnmodifiable();
        int rule = stack.indexOf(robot.lookup("#demarcation-rule").query());
        assertSame(marked, stack.get(rule + 1), "the rule sits right above the highest AWS layer");
        assertTrue(robot.from(stack.get(rule)).lookup((Label l) -> l.getText().contains("AWS's part ends here"))
                .tryQuery().isPresent());
        String layerName = catalogLayerName(layers.get(highest).get("layer").asText());
        long customer = count(layers, "CUSTOMER");
        long shared = count(layers, "SHARED");
        String nextName = catalogLayerName(layers.get(highest + 1).get("layer").asText());
        assertEquals("AWS runs every layer up to and including " + layerName + "; from " + nextName
                + " up it is yours or shared: you own " + customer + " layers, share " + shared + ".",
                robot.lookup("#details-boundary").queryAs(Label.class).getText());
    }

    private static String catalogLayerName(String id) {
        for (JsonNode l : catalogJson.get("layers")) {
            if (l.get("id").asText().equals(id)) {
                return l.get("name").asText();
            }
        }
        throw new AssertionError("no layer " + id + " in catalog.json");
    }

    private static long count(JsonNode layers, String owner) {
        long n = 0;
        for (JsonNode l : layers) {
            n += l.get("owner").asText().equals(owner) ? 1 : 0;
        }
        return n;
    }

    @Test
    void clickingASourceLinkOpensTheCatalogsAddress(FxRobot robot) throws IOException {
        open(robot, "db");
        JsonNode logging = rdsJson.get("layers").get(13);
        assertEquals("logging", logging.get("layer").asText());
        String tag = logging.get("sources").get(0).asText();

        Node row = robot.lookup("#layer-logging").query();
        Hyperlink link = robot.from(row).lookup(".source-link").queryAs(Hyperlink.class);
        String title = json("/dev/demarc/catalog/source-titles.json").get(tag).asText();
        assertEquals(title, link.getText(), "shown by its page's title");
        assertFalse(link.getText().equals(tag), "not by its tag");
        robot.clickOn(link);

        String url = catalogJson.get("sources").get(tag).asText();
        assertEquals(List.of(url), opened);
        assertEquals(url, link.getTooltip().getText());
    }

    @Test
    void exposingTheDatabaseUnticksExposeAndUndoTicksItAgain(FxRobot robot) {
        open(robot, "quiet");
        assertTrue(done(robot, "expose"));
        assertEquals("no open findings", state(robot, "expose"));

        setPubliclyAccessible(robot, "quiet");

        assertFalse(done(robot, "expose"));
        assertEquals("1 open finding, worst medium", state(robot, "expose"));
        assertTrue(robot.lookup("#duty-expose").query().getAccessibleText().contains("not done"));
        assertTrue(findingRules(robot).contains("Rule: rds.publicly-accessible"));

        robot.interact(model::undo);

        assertTrue(done(robot, "expose"));
        assertEquals("no open findings", state(robot, "expose"));
        assertFalse(findingRules(robot).contains("Rule: rds.publicly-accessible"));
    }

    @Test
    void aPublicDatabaseInAPublicSubnetShowsTheCriticalExposureUntilUndone(FxRobot robot) {
        open(robot, "db");
        assertEquals("2 open findings, worst low", state(robot, "expose"));

        setPubliclyAccessible(robot, "db");

        assertEquals("1 open finding, worst critical", state(robot, "expose"));
        assertFalse(done(robot, "expose"));
        assertTrue(findingRules(robot).contains("Rule: rds.exposed-to-internet"));
        Node card = robot.lookup(".finding-card").query();
        assertTrue(robot.from(card).lookup((Label l) -> l.getText().equals("CRITICAL")).tryQuery().isPresent());
        assertTrue(robot.from(card).lookup((Label l) -> l.getText().startsWith("Fix: Set PubliclyAccessible"))
                .tryQuery().isPresent());
        assertTrue(robot.from(card).lookup((Label l) -> l.getText().equals(
                "Scanner checks: Checkov CKV_AWS_17, Prowler rds_instance_no_public_access, cfn-nag F22"))
                .tryQuery().isPresent());

        robot.interact(model::undo);

        assertEquals("2 open findings, worst low", state(robot, "expose"));
        assertFalse(findingRules(robot).contains("Rule: rds.exposed-to-internet"));
    }

    private static boolean done(FxRobot robot, String duty) {
        Node row = robot.lookup("#duty-" + duty).query();
        boolean done = row.getStyleClass().contains("duty-done");
        String tick = robot.from(row).lookup(".duty-box").queryAs(Label.class).getText();
        assertEquals(done ? "\u2713" : "", tick, "the tick matches the row's state");
        return done;
    }

    private static String state(FxRobot robot, String duty) {
        return robot.lookup("#duty-state-" + duty).queryAs(Label.class).getText();
    }

    private static Set<String> findingRules(FxRobot robot) {
        return robot.lookup(".finding-rule").queryAllAs(Label.class).stream().map(Label::getText)
                .collect(Collectors.toSet());
    }

    @Test
    void everyDutyOfTheComponentIsARowWithAnAccessibleText(FxRobot robot) {
        open(robot, "quiet");

        List<String> expected = new ArrayList<>();
        List<String> order = List.of("PATCH", "ENCRYPT", "EXPOSE", "GRANT_ACCESS", "BACKUP", "MONITOR", "CONFIGURE");
        for (String duty : order) {
            for (JsonNode layer : rdsJson.get("layers")) {
                if (!layer.get("owner").asText().equals("AWS") && contains(layer.get("duties"), duty)
                        && !expected.contains(duty)) {
                    expected.add(duty);
                }
            }
        }
        List<Node> rows = List.copyOf(robot.lookup(".duty-row").queryAll());
        assertEquals(expected.stream().map(d -> "duty-" + d.toLowerCase().replace('_', '-')).toList(),
                rows.stream().map(Node::getId).toList());
        rows.forEach(r -> assertTrue(r.getAccessibleText() != null && r.getAccessibleText().contains("your duty"),
                r.getId()));
    }

    private static boolean contains(JsonNode array, String text) {
        for (JsonNode n : array) {
            if (n.asText().equals(text)) {
                return true;
            }
        }
        return false;
    }

    @Test
    void theTypesExamSignalsAreListedWithTheirLinks(FxRobot robot) {
        open(robot, "db");

        List<String> questions = robot.lookup(".exam-question").queryAllAs(Label.class).stream()
                .map(Label::getText).toList();
        List<String> answers = robot.lookup(".exam-answer").queryAllAs(Label.class).stream()
                .map(Label::getText).toList();
        List<String> expectedQuestions = new ArrayList<>();
        List<String> expectedAnswers = new ArrayList<>();
        for (JsonNode s : rdsJson.get("examSignals")) {
            expectedQuestions.add(s.get("question").asText());
            expectedAnswers.add(s.get("answer").asText());
        }
        assertEquals(expectedQuestions, questions);
        assertEquals(expectedAnswers, answers);

        Node first = robot.lookup(".exam-signal").query();
        Hyperlink link = robot.from(first).lookup(".source-link").queryAs(Hyperlink.class);
        robot.interact(() -> robot.lookup("#details").queryAs(ScrollPane.class).setVvalue(1));
        robot.clickOn(link);
        String tag = rdsJson.get("examSignals").get(0).get("sources").get(0).asText();
        assertEquals(List.of(catalogJson.get("sources").get(tag).asText()), opened);
    }

    @Test
    void nothingOrSeveralSelectedShowsAHint(FxRobot robot) {
        open(robot);
        assertEquals(DetailsView.HINT, robot.lookup("#details-hint").queryAs(Label.class).getText());
        assertTrue(robot.lookup(".layer-row").queryAll().isEmpty());

        robot.interact(() -> model.select(List.of("db", "web")));
        assertTrue(robot.lookup("#details-hint").queryAs(Label.class).getText().startsWith("Several things"));

        robot.interact(() -> model.select(List.of("db")));
        assertEquals(14, robot.lookup(".layer-row").queryAll().size());

        robot.interact(model::clearSelection);
        assertEquals(DetailsView.HINT, robot.lookup("#details-hint").queryAs(Label.class).getText());
    }

    @Test
    void aContainerShowsItsOwnStack(FxRobot robot) {
        open(robot, "pub");

        assertEquals(14, robot.lookup(".layer-row").queryAll().size());
        assertEquals("pub", robot.lookup("#details-title").queryAs(Label.class).getText());
        assertTrue(robot.lookup("#details-boundary").queryAs(Label.class).getText()
                .startsWith("AWS runs every layer up to and including "));
    }

    @Test
    void anEditElsewhereDoesNotRebuildThePanelButAnEditHereDoes(FxRobot robot) {
        open(robot, "quiet");
        Node before = robot.lookup("#layer-rows").query();

        robot.interact(() -> model.apply("Move", d -> model.edits().move(d, List.of("web"), 30, 0)));
        robot.interact(() -> model.apply("Move", d -> model.edits().move(d, List.of("quiet"), 30, 0)));
        assertSame(before, robot.lookup("#layer-rows").query());

        robot.interact(() -> model.apply("Label", d -> model.edits().setLabel(d, "quiet", "Orders DB")));
        assertNotSame(before, robot.lookup("#layer-rows").query());
        assertEquals("Orders DB (quiet)", robot.lookup("#details-title").queryAs(Label.class).getText());
    }

    @Test
    void aRowThatTakesTheFocusIsScrolledIntoView(FxRobot robot) {
        open(robot, "db");
        ScrollPane pane = robot.lookup("#details").queryAs(ScrollPane.class);
        Node facilities = robot.lookup("#layer-facilities").query();
        assertFalse(visible(robot, pane, facilities), "the bottom layer starts out of view");

        robot.interact(facilities::requestFocus);

        assertTrue(facilities.isFocused());
        assertTrue(visible(robot, pane, facilities), "the focused row was scrolled into view");
    }

    private static boolean visible(FxRobot robot, ScrollPane pane, Node node) {
        robot.interact(() -> { });
        Bounds viewport = pane.localToScene(pane.getLayoutBounds());
        Bounds shown = node.localToScene(node.getLayoutBounds());
        return shown.getMinY() >= viewport.getMinY() && shown.getMaxY() <= viewport.getMaxY();
    }
}
