package dev.demarc.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.demarc.analysis.Analyzer;
import dev.demarc.catalog.Catalog;
import dev.demarc.model.ComponentType;
import dev.demarc.model.Properties;
import dev.demarc.model.PropertyValue;
import dev.demarc.quiz.CatalogFiles;
import dev.demarc.quiz.Specimen;
import java.util.ArrayList;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.shape.Line;
import javafx.stage.PopupWindow;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * View > Compare Services in the real window: stacks side by side with the demarcation drawn across them,
 * checked against the owners in the catalog's type files (read here with Jackson, not through the app).
 */
class CompareWindowTest extends EditorTestBase {

    @AfterEach
    void closeTeachingWindows() {
        interact(() -> new ArrayList<>(Window.getWindows()).stream().filter(w -> w != stage).forEach(Window::hide));
    }

    /** Opens Compare and picks the lesson these tests were written for: EC2, RDS, S3 and CloudFront. */
    private void openCompare() {
        clickOn("View").clickOn("Compare Services...");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(lookup("#compare-view").queryAll().isEmpty(), "the compare window is open");
        CompareSteps.chooseLesson(this, "EC2, RDS, S3, CloudFront");
    }

    /** The screen y of column {@code i}'s demarcation segment, once it has stopped moving. */
    private double lineY(int column) {
        Line line = fx(() -> (Line) lookup("#compare-demarcation-" + column).query());
        return fx(() -> line.localToScreen(line.getStartX(), line.getStartY()).getY());
    }

    /** The screen y of the top of column {@code i}'s band for {@code layer}. */
    private double bandTop(int column, String layer) {
        Node band = fx(() -> lookup("#compare-" + column + "-band-" + layer).query());
        Bounds b = fx(() -> band.localToScreen(band.getLayoutBounds()));
        return b.getMinY();
    }

    /**
     * Waits until the line of {@code column} sits on the top of {@code layer}'s band (animations finish). While a
     * column redraws, its band can be briefly out of the window (no screen position yet): that counts as not yet.
     */
    private void awaitLineOn(int column, String layer) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> {
            try {
                return lookup("#compare-" + column + "-band-" + layer).queryAll().size() == 1
                        && Math.abs(lineY(column) - bandTop(column, layer)) < 1.5;
            } catch (RuntimeException notPlacedYet) {
                return false;
            }
        });
    }

    private Set<String> styleOf(int column, String layer) {
        return fx(() -> Set.copyOf(lookup("#compare-" + column + "-band-" + layer).query().getStyleClass()));
    }

    private static String ownerClass(String owner) {
        return "owner-" + owner.toLowerCase(Locale.ROOT);
    }

    @Test
    void theLineSitsLowerForEc2ThanForRdsWhereTheCatalogSays() throws Exception {
        String ec2 = CatalogFiles.highestAws("EC2");
        String rds = CatalogFiles.highestAws("RDS");
        assertNotEquals(ec2, rds, "the catalog files draw the line at different layers");

        openCompare();

        awaitLineOn(0, ec2);
        awaitLineOn(1, rds);
        assertTrue(lineY(0) > lineY(1) + 10, "AWS's part ends lower on EC2 (" + lineY(0) + ") than on RDS ("
                + lineY(1) + ")");
        Map<String, String> owners = CatalogFiles.owners("EC2");
        owners.forEach((layer, owner) -> assertTrue(styleOf(0, layer).contains(ownerClass(owner)),
                "EC2 " + layer + " is drawn as " + owner));
    }

    @Test
    void choosingAnotherTypeRedrawsTheColumnAndMovesItsLine() throws Exception {
        openCompare();
        awaitLineOn(0, CatalogFiles.highestAws("EC2"));
        double before = lineY(0);

        clickOn("#compare-type-0");
        ListCell<?> rdsCell = fx(() -> lookup(".list-cell").queryAllAs(ListCell.class).stream()
                .filter(c -> "RDS".equals(c.getText()) && c.getScene().getWindow() instanceof PopupWindow)
                .findFirst().orElseThrow());
        clickOn(rdsCell);

        awaitLineOn(0, CatalogFiles.highestAws("RDS"));
        assertNotEquals(before, lineY(0));
        // The bands take their new owners as the redraw settles, a pulse or two after the line: wait for them.
        Map<String, String> rds = CatalogFiles.owners("RDS");
        try {
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> rds.entrySet().stream()
                    .allMatch(e -> styleOf(0, e.getKey()).contains(ownerClass(e.getValue()))));
        } catch (TimeoutException e) {
            // Reported band by band below.
        }
        rds.forEach((layer, owner) -> assertTrue(styleOf(0, layer).contains(ownerClass(owner)),
                "after the change, column 1 shows RDS " + layer + " as " + owner));
    }

    @Test
    void aSettingReanalyzesItsColumn() throws Exception {
        openCompare();
        Label findings = fx(() -> (Label) lookup("#compare-findings-1").query());
        String before = fx(findings::getText);
        assertTrue(before.matches("\\d+ open findings?"), before);

        interact(() -> ((ScrollPane) lookup(".compare-scroll").query()).setVvalue(1));
        clickOn("#compare-1-storageEncrypted");

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !fx(findings::getText).equals(before));
        int was = Integer.parseInt(before.split(" ")[0]);
        String after = fx(findings::getText);
        int now = after.startsWith("No") ? 0 : Integer.parseInt(after.split(" ")[0]);
        assertEquals(was - 1, now, "encrypting the database's storage closes one finding: " + after);
        // The duty chips under the column are the analysis' duties of that very specimen.
        Catalog catalog = Catalog.builtIn();
        Set<String> expected = new Analyzer(catalog).analyze(
                Specimen.of(catalog, ComponentType.RDS,
                        Properties.empty().with("storageEncrypted",
                                new PropertyValue.Bool(true))))
                .component(Specimen.ID).orElseThrow().duties().stream()
                .map(d -> "duty-" + d.name().toLowerCase(Locale.ROOT).replace('_', '-'))
                .collect(Collectors.toSet());
        Set<String> shown = fx(() -> lookup("#compare-duties-1").query().lookupAll(".duty-chip").stream()
                .flatMap(n -> n.getStyleClass().stream()).filter(c -> c.startsWith("duty-") && !c.equals("duty-chip"))
                .collect(Collectors.toSet()));
        assertEquals(expected, shown);
    }

    @Test
    void aRetentionOfZeroDaysTurnsTheDatabasesBackupBandToTheCustomer() throws Exception {
        openCompare();
        awaitLineOn(1, CatalogFiles.highestAws("RDS"));
        assertTrue(styleOf(1, "backup").contains(ownerClass("SHARED")), "RDS backup is shared by default");
        interact(() -> ((ScrollPane) lookup(".compare-scroll").query()).setVvalue(1));
        @SuppressWarnings("unchecked")
        Spinner<Integer> retention = fx(() ->
                (Spinner<Integer>) lookup("#compare-1-backupRetentionDays").query());

        // Down to 0 with the spinner's own arrow key, as a user would.
        clickOn(retention.getEditor());
        for (int i = fx(retention::getValue); i > 0; i--) {
            type(KeyCode.DOWN);
        }

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> styleOf(1, "backup").contains(ownerClass("CUSTOMER")));
        assertEquals(0, fx(retention::getValue));
        assertTrue(styleOf(1, "encryption").contains(ownerClass("SHARED")), "only the backup band changed");
    }

    /** The tooltip text of column {@code i}'s band for {@code layer}, as a pointer would show it. */
    private String tooltipOf(int column, String layer) {
        return fx(() -> Tooltip.class.cast(lookup("#compare-" + column + "-band-" + layer)
                .query().getProperties().get("javafx.scene.control.Tooltip")).getText());
    }

    @Test
    void aBandsTooltipFollowsItsReasonWhenASettingChangesOnlyTheReason() throws Exception {
        openCompare();
        awaitLineOn(2, CatalogFiles.highestAws("S3"));
        String sseS3 = CatalogFiles.why("S3", "encryption");
        assertTrue(tooltipOf(2, "encryption").contains(sseS3), tooltipOf(2, "encryption"));
        String sseKms = CatalogFiles.type("S3").get("layers").findValues("when").stream()
                .flatMap(w -> StreamSupport.stream(w.spliterator(), false))
                .filter(w -> w.get("in").toString().contains("SSE-KMS")).findFirst().orElseThrow()
                .get("why").asText();

        interact(() -> ((ScrollPane) lookup(".compare-scroll").query()).setVvalue(1));
        clickOn("#compare-2-encryption");
        clickOn(fx(() -> lookup(".list-cell").queryAll().stream().filter(c -> c instanceof ListCell<?> cell
                && "SSE-KMS".equals(cell.getText())).findFirst().orElseThrow()));

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> tooltipOf(2, "encryption").contains(sseKms));
        assertFalse(tooltipOf(2, "encryption").contains(sseS3), "the SSE-S3 reason is gone");
        assertTrue(styleOf(2, "encryption").contains(ownerClass("SHARED")), "the owner stays shared");
        assertEquals("No layer of S3 changed owner.", fx(() -> ((Label) lookup("#compare-moved-2").query())
                .getText()));
    }

    @Test
    void aSettingThatMovesABandBringsItIntoViewAndSaysWhatMoved() throws Exception {
        openCompare();
        awaitLineOn(1, CatalogFiles.highestAws("RDS"));
        ScrollPane scroll = fx(() -> (ScrollPane) lookup(".compare-scroll").query());
        interact(() -> scroll.setVvalue(1));
        Node backup = fx(() -> lookup("#compare-1-band-backup").query());
        assertFalse(fx(() -> visibleIn(scroll, backup)), "scrolled down to the settings, the band is out of view");
        @SuppressWarnings("unchecked")
        Spinner<Integer> retention = fx(() ->
                (Spinner<Integer>) lookup("#compare-1-backupRetentionDays").query());

        clickOn(retention.getEditor());
        for (int i = fx(retention::getValue); i > 0; i--) {
            type(KeyCode.DOWN);
        }

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> styleOf(1, "backup").contains(ownerClass("CUSTOMER")));
        Node moved = fx(() -> lookup("#compare-1-band-backup").query());
        assertTrue(fx(() -> visibleIn(scroll, moved)), "the changed band was brought into view");
        assertEquals("Backup and recovery moved from shared to you.",
                fx(() -> ((Label) lookup("#compare-moved-1").query()).getText()));
    }

    /** Whether all of {@code node} lies inside the scroll pane's visible area, on screen. */
    private static boolean visibleIn(ScrollPane scroll, Node node) {
        Bounds view = scroll.localToScreen(scroll.getLayoutBounds());
        Bounds b = node.localToScreen(node.getLayoutBounds());
        return b.getMinY() >= view.getMinY() && b.getMaxY() <= view.getMaxY();
    }

    @Test
    void escapeAndCtrlWCloseTheCompareWindow() {
        openCompare();
        Window compare = fx(() -> lookup("#compare-view").query().getScene().getWindow());
        interact(compare::requestFocus);
        type(KeyCode.ESCAPE);
        assertFalse(fx(compare::isShowing), "Esc closes Compare");
        assertTrue(fx(stage::isShowing), "... and only Compare");

        openCompare();
        Window again = fx(() -> lookup("#compare-view").query().getScene().getWindow());
        interact(again::requestFocus);
        shortcut(KeyCode.W);
        assertFalse(fx(again::isShowing), "Ctrl+W closes Compare");
        assertTrue(fx(stage::isShowing));
    }

    @Test
    void servicesCanBeRemovedDownToTwoAndAddedUpToFour() {
        openCompare();
        Button add = fx(() -> (Button) lookup("#compare-add").query());
        assertTrue(fx(add::isDisabled), "four services are the most");

        clickOn("#compare-remove-2");
        clickOn("#compare-remove-2");

        assertTrue(lookup("#compare-stack-2").queryAll().isEmpty());
        assertTrue(lookup("#compare-remove-0").queryAll().isEmpty(), "two services are the fewest");
        clickOn("#compare-add");
        assertEquals(1, lookup("#compare-stack-2").queryAll().size());
    }
}
