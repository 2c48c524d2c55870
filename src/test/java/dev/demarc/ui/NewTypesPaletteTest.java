package dev.demarc.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.demarc.model.Component;
import dev.demarc.model.ComponentType;
import dev.demarc.model.Diagram;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The edge, managed data, messaging and identity types (ALB, NAT gateway, DynamoDB, SQS, SNS, IAM role, KMS key)
 * come from the catalog into the palette, each under its group, and a real drag and drop puts one on the canvas
 * where it is dropped, outside any VPC. Every type's own icon is checked in {@code IconsTest}.
 */
class NewTypesPaletteTest extends EditorTestBase {

    @ParameterizedTest
    @CsvSource({"APPLICATION_LOAD_BALANCER, application_load_balancer-1, ALB 1, Networking",
        "NAT_GATEWAY, nat_gateway-1, NAT gateway 1, Networking",
        "DYNAMODB, dynamodb-1, DynamoDB 1, Database",
        "SQS, sqs-1, SQS 1, Messaging",
        "SNS, sns-1, SNS 1, Messaging",
        "IAM_ROLE, iam_role-1, IAM role 1, Identity and keys",
        "KMS_KEY, kms_key-1, KMS key 1, Identity and keys"})
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
        assertEquals(null, placed.parent(), "dropped on the empty canvas, outside any VPC");
        assertTrue(model.canUndoProperty().get());
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
