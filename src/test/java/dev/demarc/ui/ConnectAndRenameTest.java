package dev.demarc.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.demarc.model.ComponentType;
import dev.demarc.model.Connection;
import dev.demarc.model.Diagram;
import java.util.List;
import java.util.Set;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.shape.Line;
import org.junit.jupiter.api.Test;

/** Connecting components by dragging from the connection handle, deleting a connection, renaming in place. */
class ConnectAndRenameTest extends EditorTestBase {

    /** A web server at (0, 0) and a database at (300, 0), both 190 x 76: a line runs from x 190 to 300 at y 38. */
    private static Diagram webAndDb(Connection... connections) {
        return new Diagram(null, List.of(service("web", ComponentType.EC2, 0, 0, null),
                service("db", ComponentType.RDS, 300, 0, null)), List.of(connections));
    }

    @Test
    void draggingFromTheConnectHandleToAnotherComponentConnectsThem() {
        Diagram before = webAndDb();
        show(before);
        clickOn(centreOf("web"));

        dragTo(centreOfNode("#connect-handle"), centreOf("db"));

        assertEquals(1, model.diagram().connections().size());
        Connection k = model.diagram().connections().get(0);
        assertEquals("web", k.from());
        assertEquals("db", k.to());
        assertEquals(1, lookup(".connection").queryAll().size());

        undo();

        assertEquals(before, model.diagram());
        assertEquals(0, lookup(".connection").queryAll().size());

        redo();

        assertEquals(List.of(k), model.diagram().connections());
    }

    @Test
    void droppingAConnectionOnEmptyCanvasConnectsNothingAndSaysWhy() {
        show(webAndDb());
        clickOn(centreOf("web"));

        dragTo(centreOfNode("#connect-handle"), screen(245, 200));

        assertEquals(List.of(), model.diagram().connections());
        assertFalse(model.hintProperty().get().isEmpty());
    }

    @Test
    void aConnectionIsSelectedByClickingItsLineAndDeletedWithDelete() {
        Diagram before = webAndDb(Connection.of("k1", "web", "db"));
        show(before);

        clickOn(screen(245, 38));

        assertEquals(Set.of("k1"), Set.copyOf(model.selectedConnections()));
        assertEquals(Set.of(), Set.copyOf(model.selection()));

        type(KeyCode.DELETE);

        assertEquals(List.of(), model.diagram().connections());
        assertEquals(List.of("web", "db"), ids(), "deleting a connection keeps its components");
        assertEquals("Undo Delete connection", model.undoTextProperty().get());

        undo();

        assertEquals(before, model.diagram());

        redo();

        assertEquals(List.of(), model.diagram().connections());
    }

    @Test
    void theLineFollowsAComponentWhileItIsDraggedAndAfterTheDrop() {
        show(webAndDb(Connection.of("k1", "web", "db")));
        Line line = lookup(".connection-line").queryAs(Line.class);

        drag(centreOf("db"), MouseButton.PRIMARY).moveBy(0, 60).moveBy(0, 60);

        assertEndsInside(line, 300, 120);
        assertEquals(0, component("db").y(), "only previewed while dragging");

        drop();

        assertEquals(120, component("db").y(), 1e-6);
        assertEndsInside(line, 300, 120);
    }

    /** The line's arrow end lies on the 190 x 76 card at (x, y), in model coordinates. */
    private static void assertEndsInside(Line line, double x, double y) {
        double endX = fx(line::getEndX);
        double endY = fx(line::getEndY);
        assertTrue(endX >= x - 0.5 && endX <= x + 190.5 && endY >= y - 0.5 && endY <= y + 76.5,
                "line ends at " + endX + ", " + endY);
    }

    @Test
    void f2RenamesTheSelectedComponentInPlaceAndUndoRestoresTheName() {
        Diagram before = webAndDb();
        show(before);
        clickOn(centreOf("web"));

        type(KeyCode.F2);
        TextField editor = lookup("#inline-editor").queryAs(TextField.class);
        assertEquals("web", editor.getText());
        assertTrue(editor.isFocused());
        write("Web server");
        type(KeyCode.ENTER);

        assertEquals("Web server", component("web").label());
        assertTrue(lookup("#inline-editor").tryQuery().isEmpty(), "the editor closes on Enter");
        assertEquals("Undo Rename web", model.undoTextProperty().get());

        undo();

        assertEquals(before, model.diagram());
        assertNull(component("web").label());

        redo();

        assertEquals("Web server", component("web").label());
    }

    @Test
    void editShortcutsTypedWhileRenamingLeaveTheDiagramAlone() {
        Diagram before = webAndDb();
        show(before);
        clickOn(centreOf("db"));
        type(KeyCode.F2);

        shortcut(KeyCode.D);
        shortcut(KeyCode.A);
        type(KeyCode.DELETE);

        assertEquals(before, model.diagram(), "Duplicate, Select All and Delete belong to the text while typing");
        assertEquals(Set.of("db"), Set.copyOf(model.selection()));
        type(KeyCode.ESCAPE);
        assertEquals(before, model.diagram());
    }

    @Test
    void doubleClickRenamesAComponentAndEscapeAbandonsTheEdit() {
        show(webAndDb());
        // Selecting builds the inspector's property sheet, which can take longer than the double-click
        // time on a loaded headless machine; a double-click on the selected component measures only itself.
        clickOn(centreOf("db"));

        doubleClickOn(centreOf("db"));
        write("Orders DB");
        type(KeyCode.ENTER);

        assertEquals("Orders DB", component("db").label());

        doubleClickOn(centreOf("db"));
        write("Half typed");
        type(KeyCode.ESCAPE);

        assertEquals("Orders DB", component("db").label());
        assertTrue(lookup("#inline-editor").tryQuery().isEmpty());

        undo();

        assertNull(component("db").label());
        assertFalse(model.canUndoProperty().get());
    }

}
