package dev.demarc.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.demarc.model.Component;
import dev.demarc.model.ComponentType;
import dev.demarc.model.Diagram;
import dev.demarc.model.InboundRule;
import dev.demarc.model.Properties;
import dev.demarc.model.PropertyValue;
import dev.demarc.model.Protocol;
import dev.demarc.model.SecurityGroup;
import dev.demarc.ui.export.PngFiles;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Labeled;
import javafx.scene.control.TabPane;
import javafx.scene.control.TitledPane;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The side panel in the real window: the Responsibility tab beside the settings, brought forward by the
 * overlay, whose source links open in the browser through the app's dialogs.
 */
class ResponsibilityTabTest extends EditorTestBase {

    private String selectedTab() {
        return fx(() -> ((TabPane) lookup("#side-panel").query()).getSelectionModel().getSelectedItem().getId());
    }

    @Test
    void switchingTheOverlayOnBringsTheResponsibilityTabForward() {
        show(diagram(service("db", ComponentType.RDS, 60, 60, null)));
        assertEquals("tab-settings", selectedTab(), "a new window shows the settings");

        focusCanvas();
        shortcut(KeyCode.R);

        assertEquals("tab-responsibility", selectedTab());
    }

    @Test
    void aSourceLinkOfTheSelectedComponentOpensInTheBrowser() {
        show(diagram(service("db", ComponentType.RDS, 60, 60, null)));
        clickOn(centreOf("db"));
        clickOn("Responsibility");
        Hyperlink link = fx(() -> (Hyperlink) lookup("#details").query().lookup(".source-link"));
        String url = link.getTooltip().getText();
        assertTrue(url.startsWith("https://"), url);
        scrollIntoView(link);

        clickOn(link);

        assertEquals(List.of(url), dialogs.openedLinks());
        assertFalse(fx(() -> lookup("#details").query().lookupAll(".layer-row").isEmpty()));
        Node first = fx(() -> lookup("#details").query().lookup(".layer-row"));
        assertTrue(fx(first::isVisible));
    }

    /**
     * A VPC with an internet gateway and a public subnet holding a database whose security group admits the
     * world on 3306; publicly accessible is off, so only that one box of the critical rule is missing.
     */
    private static Diagram oneChangeFromCritical() {
        Component vpc = new Component("vpc", ComponentType.VPC, "Shop VPC", 0, 0, 480.0, 300.0, null,
                Properties.of(Map.of("internetGateway", new PropertyValue.Bool(true))));
        Component subnet = new Component("public", ComponentType.SUBNET, "Public subnet", 20, 50, 300.0, 230.0,
                "vpc", Properties.of(Map.of("public", new PropertyValue.Bool(true))));
        Component db = new Component("db", ComponentType.RDS, "Orders DB", 60, 120, null, null, "public",
                Properties.of(Map.of("securityGroups", new PropertyValue.Groups(List.of("db-sg")))));
        return new Diagram(null, List.of(vpc, subnet, db), List.of(), List.of(new SecurityGroup("db-sg", "Database",
                null, List.of(new InboundRule(Protocol.TCP, 3306, "0.0.0.0/0")))));
    }

    private List<String> checklistRows() {
        return fx(() -> lookup("#details").query().lookupAll(".precondition-row").stream()
                .map(n -> ((Labeled) n.lookup(".precondition-text")).getText()).toList());
    }

    private String checklistSummary() {
        return fx(() -> ((Labeled) lookup("#details").query().lookup(".precondition-summary")).getText());
    }

    @Test
    void theChecklistOfWhatWouldMakeItWorseFollowsTheSettingsTheStudentToggles() throws Exception {
        show(oneChangeFromCritical());
        clickOn(centreOf("db"));
        clickOn("Responsibility");

        assertEquals(List.of("publicly accessible \u2014 no", "in a public subnet \u2014 yes",
                "internet gateway attached to its VPC \u2014 yes",
                "security group open to the world on port 3306 \u2014 yes"), checklistRows());
        assertTrue(checklistSummary().startsWith("One change away: if \"publicly accessible\""),
                checklistSummary());
        snapshot(lookup("#details").query(), Path.of("target", "preconditions.png"));

        clickOn("Settings");
        TitledPane network = lookup(".titled-pane").queryAllAs(TitledPane.class).stream()
                .filter(p -> "Network exposure".equals(p.getText())).findFirst().orElseThrow();
        // Without the unfolding animation, the check box stays where the robot aims while it clicks.
        interact(() -> network.setAnimated(false));
        if (!fx(network::isExpanded)) {
            clickOn(network.lookup(".title"));
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> lookup("#property-publiclyAccessible").tryQuery()
                    .map(Node::isVisible).orElse(false));
        }
        // The settings were laid out while their tab was hidden: let layout settle before aiming at the box.
        WaitForAsyncUtils.waitForFxEvents();
        scrollIntoView(lookup("#property-publiclyAccessible").query());
        clickOn("#property-publiclyAccessible");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> component("db").properties().has("publiclyAccessible"));
        clickOn("Responsibility");

        // The analysis of an edit may arrive a pulse later; wait for it rather than for a fixed time.
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> checklistRows().get(0).equals("publicly accessible \u2014 yes"));
        assertTrue(checklistSummary().startsWith("All of these hold"), checklistSummary());
        assertTrue(model.analysis().findings().stream().anyMatch(f -> f.rule().equals("rds.exposed-to-internet")));

        // The student makes the subnet private: one box unticks, the critical finding goes.
        interact(() -> model.apply("Private", d -> model.edits().setProperty(d, "public", "public",
                new PropertyValue.Bool(false))));
        interact(() -> model.select(List.of("db")));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> checklistRows().get(1).equals("in a public subnet \u2014 no"));
    }

    /** Writes a picture of {@code node} as it is drawn now, for the docs and for a person to look at. */
    static void snapshot(Node node, Path file) throws Exception {
        WritableImage image = fx(() -> node.snapshot(new SnapshotParameters(), null));
        PngFiles.write(image, 1, file);
    }
}
