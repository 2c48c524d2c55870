package dev.demarc.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.demarc.quiz.CatalogFiles;
import java.util.ArrayList;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.shape.Line;
import javafx.stage.PopupWindow;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Compare with RDS beside DynamoDB, both chosen from the column's type list as a teacher would: the line sits
 * higher on DynamoDB, whose engine layer is AWS's alone, and every band has the owner of the catalog file.
 */
class CompareManagedDataTest extends EditorTestBase {

    @AfterEach
    void closeTeachingWindows() {
        interact(() -> new ArrayList<>(Window.getWindows()).stream().filter(w -> w != stage).forEach(Window::hide));
    }

    @Test
    void fromRdsToDynamoDbTheLineClimbsAndTheEngineBandBecomesAws() throws Exception {
        clickOn("View").clickOn("Compare Services...");
        WaitForAsyncUtils.waitForFxEvents();
        CompareSteps.chooseLesson(this, "EC2, RDS, S3, CloudFront");
        choose(0, "RDS");
        choose(1, "DynamoDB");

        awaitLineOn(0, CatalogFiles.highestAws("RDS"));
        awaitLineOn(1, CatalogFiles.highestAws("DYNAMODB"));
        assertTrue(lineY(1) < lineY(0) - 10, "AWS's part reaches higher on DynamoDB (" + lineY(1) + ") than on RDS ("
                + lineY(0) + ")");
        assertTrue(styleOf(0, "runtime").contains("owner-shared"), "RDS: the engine's version and window are yours");
        assertTrue(styleOf(1, "runtime").contains("owner-aws"), "DynamoDB: no engine for the customer");
        CatalogFiles.owners("DYNAMODB").forEach((layer, owner) -> assertTrue(styleOf(1, layer).contains(
                "owner-" + owner.toLowerCase(Locale.ROOT)), "DynamoDB " + layer + " is drawn as " + owner));
    }

    /** Picks {@code shortName} in column {@code column}'s type list. */
    private void choose(int column, String shortName) {
        clickOn("#compare-type-" + column);
        ListCell<?> cell = fx(() -> lookup(".list-cell").queryAllAs(ListCell.class).stream()
                .filter(c -> shortName.equals(c.getText()) && c.getScene().getWindow() instanceof PopupWindow)
                .findFirst().orElseThrow(() -> new AssertionError(shortName + " is not in the type list")));
        clickOn(cell);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private double lineY(int column) {
        Line line = fx(() -> (Line) lookup("#compare-demarcation-" + column).query());
        return fx(() -> line.localToScreen(line.getStartX(), line.getStartY()).getY());
    }

    private double bandTop(int column, String layer) {
        Node band = fx(() -> lookup("#compare-" + column + "-band-" + layer).query());
        Bounds b = fx(() -> band.localToScreen(band.getLayoutBounds()));
        return b.getMinY();
    }

    /** Waits until the column's line rests on the top of {@code layer}'s band (its animation has finished). */
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
}
