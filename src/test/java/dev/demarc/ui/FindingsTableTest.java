package dev.demarc.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.demarc.analysis.Finding;
import dev.demarc.analysis.Severity;
import dev.demarc.catalog.Duty;
import dev.demarc.model.Component;
import dev.demarc.model.ComponentType;
import dev.demarc.model.Properties;
import dev.demarc.model.PropertyValue;
import java.util.List;
import java.util.Set;
import javafx.geometry.Point2D;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** The findings table: worst first, filtered by severity, duty and text, and a click finds the component. */
class FindingsTableTest extends EditorTestBase {

    /** An EC2 and an S3 bucket at the top level, with their default settings: findings of several kinds. */
    private void showTwoServices() {
        show(diagram(service("web", ComponentType.EC2, 40, 40, null),
                service("bucket", ComponentType.S3, 40, 200, null)));
    }

    @SuppressWarnings("unchecked")
    private TableView<Finding> table() {
        return lookup("#findings").queryAs(TableView.class);
    }

    private List<Finding> shown() {
        return fx(() -> List.copyOf(table().getItems()));
    }

    @Test
    void theTableListsEveryFindingWorstFirst() {
        showTwoServices();
        List<Finding> rows = shown();
        assertEquals(model.analysis().findings().size(), rows.size());
        for (int i = 1; i < rows.size(); i++) {
            assertTrue(rows.get(i - 1).severity().compareTo(rows.get(i).severity()) <= 0, "row " + i);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void theSeverityFilterKeepsOnlyFindingsAtLeastThatSevere() {
        showTwoServices();
        long expected = model.analysis().findings().stream().filter(f -> f.severity().atLeast(Severity.HIGH)).count();
        interact(() -> lookup("#findings-severity").queryAs(ChoiceBox.class).setValue(Severity.HIGH));
        assertEquals(expected, shown().size());
        assertTrue(shown().stream().allMatch(f -> f.severity().atLeast(Severity.HIGH)));
        assertTrue(lookup("#findings-count").queryLabeled().getText().contains("of"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theDutyFilterKeepsOneCategory() {
        showTwoServices();
        interact(() -> lookup("#findings-category").queryAs(ChoiceBox.class).setValue(Duty.BACKUP));
        long expected = model.analysis().findings().stream().filter(f -> f.category() == Duty.BACKUP).count();
        assertTrue(expected > 0);
        assertEquals(expected, shown().size());
    }

    @Test
    void typingFiltersByTheComponentsName() {
        showTwoServices();
        clickOn("#findings-search").write("bucket");
        WaitForAsyncUtils.waitForFxEvents();
        long expected = model.analysis().findings().stream().filter(f -> f.concerns("bucket")).count();
        assertEquals(expected, shown().size());
        assertTrue(shown().stream().allMatch(f -> f.concerns("bucket")));
    }

    @Test
    void clickingAFindingSelectsItsComponent() {
        showTwoServices();
        Finding bucketFinding = shown().stream().filter(f -> f.components().equals(List.of("bucket")))
                .findFirst().orElseThrow();
        // The test window keeps the table short (see EditorTestBase); give it room to show rows.
        interact(() -> centreSplit(canvas).setDividerPositions(0.4));
        clickFindingRow(bucketFinding);
        assertEquals(Set.of("bucket"), Set.copyOf(model.selection()));
    }

    @Test
    void clickingAFindingWhoseComponentIsOnScreenKeepsTheViewStill() {
        showTwoServices();
        showFindingRows();
        interact(() -> canvas.showAt(1, 0, 0));
        assertTrue(fx(() -> canvas.isFullyVisible(List.of("bucket"))), "the test starts with the bucket in view");
        Point2D before = fx(() -> canvas.toLocal(0, 0));

        clickRowOf("bucket");

        assertEquals(Set.of("bucket"), Set.copyOf(model.selection()));
        assertEquals(before, fx(() -> canvas.toLocal(0, 0)), "the bucket was in view, so nothing pans");
    }

    @Test
    void clickingAFindingWhoseComponentIsOffScreenBringsItIntoView() {
        showTwoServices();
        showFindingRows();
        interact(() -> canvas.showAt(1, 2000, 2000));

        clickRowOf("bucket");

        assertTrue(fx(() -> canvas.isFullyVisible(List.of("bucket"))), "the bucket was revealed");
    }

    private void clickRowOf(String component) {
        Finding finding = shown().stream().filter(f -> f.components().equals(List.of(component)))
                .findFirst().orElseThrow();
        clickFindingRow(finding);
    }

    @Test
    void anExposureFindingsTooltipShowsWhatWouldMakeItWorse() {
        show(diagram(container("vpc", ComponentType.VPC, 0, 0, 480, 320, null),
                container("private", ComponentType.SUBNET, 20, 50, 300, 250, "vpc"),
                new Component("db", ComponentType.RDS, null, 60, 120, null, null, "private",
                        Properties.empty().with("publiclyAccessible",
                                new PropertyValue.Bool(true)))));
        Finding exposure = shown().stream().filter(f -> f.rule().equals("rds.publicly-accessible")).findFirst()
                .orElseThrow();
        int row = shown().indexOf(exposure);
        interact(() -> centreSplit(canvas).setDividerPositions(0.4));
        interact(() -> table().scrollTo(row));

        String tip = fx(() -> lookup(".table-row-cell").queryAll().stream()
                .filter(n -> n instanceof TableRow<?> r && r.getIndex() == row)
                .map(n -> ((TableRow<?>) n).getTooltip().getText()).findFirst().orElseThrow());

        assertTrue(tip.contains("\"Database reachable from the internet\" if:"), tip);
        assertTrue(tip.contains("[x] publicly accessible - yes"), tip);
        assertTrue(tip.contains("[ ] in a public subnet - no"), tip);
    }
}
