package dev.demarc.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.demarc.model.Component;
import dev.demarc.model.ComponentType;
import dev.demarc.model.Diagram;
import java.util.List;
import java.util.Set;
import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Placing components from the palette: a real drag and drop through the platform's Dragboard (Monocle
 * carries it headless), a double-click, and Enter on a focused entry.
 */
class PaletteDropTest extends EditorTestBase {

    @Test
    void draggingEc2OntoTheCanvasPlacesEc21WhereItIsDroppedThenEc22() {
        show(Diagram.empty());

        drag("#palette-EC2").dropTo(screen(300, 200));

        assertEquals(List.of("ec2-1"), ids());
        Component first = component("ec2-1");
        assertEquals(ComponentType.EC2, first.type());
        assertEquals("EC2 1", first.label());
        assertCentredNear(first, 300, 200);
        assertEquals(Set.of("ec2-1"), Set.copyOf(model.selection()));

        drag("#palette-EC2").dropTo(screen(420, 250));

        assertEquals(List.of("ec2-1", "ec2-2"), ids());
        assertEquals("EC2 2", component("ec2-2").label());
        assertCentredNear(component("ec2-2"), 420, 250);
        assertTrue(model.isDirty());

        undo();
        assertEquals(List.of("ec2-1"), ids());
        redo();
        assertEquals(List.of("ec2-1", "ec2-2"), ids());
    }

    @ParameterizedTest
    @CsvSource({"LAMBDA, lambda-1, Lambda 1", "ECS, ecs-1, ECS 1",
        "EKS, eks-1, EKS 1", "API_GATEWAY, api_gateway-1, API Gateway 1"})
    void eachComputeSpectrumTypeCanBeDraggedOntoTheCanvas(String type, String id, String label) {
        show(Diagram.empty());
        assertTrue(lookup("#palette-" + type).query().isVisible(), "the palette has " + type);
        // The palette scrolls in a small window: the last groups sit below its fold, as a student would find them.
        scrollIntoView(lookup("#palette-" + type).query());

        drag("#palette-" + type).dropTo(screen(300, 220));

        assertEquals(List.of(id), ids());
        Component placed = component(id);
        assertEquals(new ComponentType(type), placed.type());
        assertEquals(label, placed.label());
        assertCentredNear(placed, 300, 220);
    }

    @Test
    void aVpcDroppedNearTheTopLeftCornerLandsWhollyOnScreen() {
        show(Diagram.empty());

        drag("#palette-VPC").dropTo(fx(() -> canvas.localToScreen(15, 15)));

        Component vpc = component("vpc-1");
        Point2D topLeft = fx(() -> canvas.toLocal(vpc.x(), vpc.y()));
        Point2D bottomRight = fx(() -> canvas.toLocal(vpc.x() + 900, vpc.y() + 560));
        assertTrue(topLeft.getX() >= 0 && topLeft.getY() >= 0, "top-left corner on screen: " + topLeft);
        assertTrue(topLeft.getX() <= 20 && topLeft.getY() <= 20, "still where the pointer was: " + topLeft);
        assertTrue(bottomRight.getX() <= fx(canvas::getWidth) || topLeft.getX() <= 10,
                "wholly visible, or as much as the canvas can show: " + bottomRight);
    }

    @Test
    void droppingOutsideTheCanvasPlacesNothing() {
        show(Diagram.empty());

        drag("#palette-EC2").dropTo("#findings");

        assertEquals(List.of(), ids());
        assertFalse(model.canUndoProperty().get());
    }

    @Test
    void doubleClickingAnEntryPlacesItInTheMiddleOfTheView() {
        show(diagram(service("web", ComponentType.EC2, 0, 0, null)));

        doubleClickOn("#palette-RDS");

        assertEquals(List.of("web", "rds-1"), ids());
        Component placed = component("rds-1");
        assertEquals("RDS 1", placed.label());
        Point2D viewCentre = fx(() -> canvas.localToScreen(canvas.getWidth() / 2, canvas.getHeight() / 2));
        Point2D placedCentre = centreOf("rds-1");
        assertEquals(viewCentre.getX(), placedCentre.getX(), 1.0);
        assertEquals(viewCentre.getY(), placedCentre.getY(), 1.0);
    }

    @Test
    void enterOnAFocusedPaletteEntryPlacesIt() {
        show(Diagram.empty());
        clickOn("#palette-S3");
        assertTrue(lookup("#palette-S3").query().isFocused());

        type(KeyCode.ENTER);

        assertEquals(List.of("s3-1"), ids());
        assertEquals(ComponentType.S3, component("s3-1").type());
        assertEquals(Set.of("s3-1"), Set.copyOf(model.selection()));
    }

    /** The component's centre lies within a pixel of the model point (the robot moves in whole pixels). */
    private void assertCentredNear(Component c, double mx, double my) {
        double w = model.catalog().spec(c.type()).width(c);
        double h = model.catalog().spec(c.type()).height(c);
        assertEquals(mx, c.x() + w / 2, 1.0, "centre x of " + c.id());
        assertEquals(my, c.y() + h / 2, 1.0, "centre y of " + c.id());
    }
}
