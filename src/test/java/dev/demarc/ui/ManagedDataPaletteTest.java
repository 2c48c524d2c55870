package dev.demarc.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.demarc.model.Component;
import dev.demarc.model.ComponentType;
import dev.demarc.model.Diagram;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.scene.shape.SVGPath;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * DynamoDB, SQS and SNS come from the catalog into the palette, each under its group with its own icon, and a
 * real drag and drop puts one on the canvas where it is dropped.
 */
class ManagedDataPaletteTest extends EditorTestBase {

    /** The shape Icons draws when an icon file is missing or unreadable. */
    private static final String FALLBACK_ICON = "M3 3H21V21H3ZM6 6V18H18V6Z";

    @ParameterizedTest
    @CsvSource({"DYNAMODB, dynamodb-1, DynamoDB 1, Database",
        "SQS, sqs-1, SQS 1, Messaging",
        "SNS, sns-1, SNS 1, Messaging"})
    void draggingTheTypeFromThePaletteOntoTheCanvasPlacesItThere(String type, String id, String label, String group) {
        show(Diagram.empty());
        Node entry = lookup("#palette-" + type).query();
        scrollIntoView(entry);

        drag(entry).dropTo(screen(320, 220));

        assertEquals(List.of(id), ids());
        Component placed = component(id);
        assertEquals(new ComponentType(type), placed.type());
        assertEquals(label, placed.label());
        double w = model.catalog().spec(placed.type()).width(placed);
        double h = model.catalog().spec(placed.type()).height(placed);
        assertEquals(320, placed.x() + w / 2, 1.0, "dropped where the pointer was");
        assertEquals(220, placed.y() + h / 2, 1.0, "dropped where the pointer was");
        assertEquals(group, groupTitle(entry));
        assertTrue(model.canUndoProperty().get());
    }

    @ParameterizedTest
    @CsvSource({"DYNAMODB", "SQS", "SNS"})
    void eachEntryDrawsItsOwnIconNotTheFallback(String type) {
        show(Diagram.empty());
        List<String> paths = lookup("#palette-" + type).lookup((Node n) -> n instanceof SVGPath).queryAll().stream()
                .map(n -> ((SVGPath) n).getContent()).toList();

        assertFalse(paths.isEmpty(), "no icon shapes in the entry");
        assertFalse(paths.contains(FALLBACK_ICON), type + " shows the missing-icon square");
    }

    /** The title of the palette group the entry sits in. */
    private static String groupTitle(Node entry) {
        return fx(() -> {
            Parent group = entry.getParent();
            assertTrue(group instanceof VBox, "entry not in a group box");
            return ((Label) group.getChildrenUnmodifiable().get(0)).getText();
        });
    }
}
