package dev.demarc.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.demarc.model.Component;
import dev.demarc.model.ComponentType;
import dev.demarc.model.Diagram;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.scene.shape.SVGPath;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * IAM roles and KMS keys come from the catalog into the palette under "Identity and keys", each with its own
 * icon, and a real drag and drop puts one on the canvas, outside any VPC.
 */
class IdentityPaletteTest extends EditorTestBase {

    /** The shape Icons draws when an icon file is missing or unreadable. */
    private static final String FALLBACK_ICON = "M3 3H21V21H3ZM6 6V18H18V6Z";

    @ParameterizedTest
    @CsvSource({"IAM_ROLE, iam_role-1, IAM role 1", "KMS_KEY, kms_key-1, KMS key 1"})
    void draggingTheTypeFromThePaletteOntoTheCanvasPlacesIt(String type, String id, String label) {
        show(Diagram.empty());
        Node entry = lookup("#palette-" + type).query();
        scrollIntoView(entry);

        drag(entry).dropTo(screen(320, 220));

        assertEquals(List.of(id), ids());
        Component placed = component(id);
        assertEquals(new ComponentType(type), placed.type());
        assertEquals(label, placed.label());
        assertEquals(null, placed.parent(), "IAM and KMS are not inside a VPC");
        assertEquals("Identity and keys", fx(() -> ((Label) ((VBox) entry.getParent()).getChildren().get(0))
                .getText()));
    }

    @ParameterizedTest
    @CsvSource({"IAM_ROLE", "KMS_KEY"})
    void eachEntryDrawsItsOwnIconNotTheFallback(String type) {
        show(Diagram.empty());
        List<String> paths = lookup("#palette-" + type).lookup((Node n) -> n instanceof SVGPath).queryAll().stream()
                .map(n -> ((SVGPath) n).getContent()).toList();

        assertFalse(paths.isEmpty(), "no icon shapes in the entry");
        assertTrue(!paths.contains(FALLBACK_ICON), type + " shows the missing-icon square");
    }
}
