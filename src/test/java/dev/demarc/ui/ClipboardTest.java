package dev.demarc.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.demarc.model.Component;
import dev.demarc.model.ComponentType;
import dev.demarc.model.Connection;
import dev.demarc.model.Diagram;
import dev.demarc.model.Properties;
import dev.demarc.ui.files.Dialogs;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/** Copy and paste through the system clipboard: fresh ids, offset, inner connections kept, and after New. */
class ClipboardTest extends EditorTestBase {

    private static Diagram webAndDb() {
        Component web = new Component("web", ComponentType.EC2, "Web", 0, 0, null, null, null, Properties.empty());
        return new Diagram(null, List.of(web, service("db", ComponentType.RDS, 300, 0, null)),
                List.of(Connection.of("k1", "web", "db")));
    }

    @Test
    void copyAndPasteMakeOffsetCopiesWithFreshIdsAndTheirConnection() {
        Diagram before = webAndDb();
        show(before);
        clickOn(centreOf("web"));
        shortcut(KeyCode.A);
        assertEquals(Set.of("web", "db"), Set.copyOf(model.selection()));

        shortcut(KeyCode.C);
        shortcut(KeyCode.V);

        List<Component> all = model.diagram().components();
        assertEquals(4, all.size());
        List<Component> copies = all.subList(2, 4);
        Set<String> allIds = new HashSet<>(ids());
        assertEquals(4, allIds.size(), "every id is unique");
        assertEquals(Set.of(copies.get(0).id(), copies.get(1).id()), Set.copyOf(model.selection()),
                "the copies are selected");
        Component webCopy = copyOf("web", copies);
        Component dbCopy = copyOf("db", copies);
        assertEquals("Web", webCopy.label());
        double dx = webCopy.x() - component("web").x();
        double dy = webCopy.y() - component("web").y();
        assertTrue(dx > 0 && dy > 0, "the copy is offset: " + dx + ", " + dy);
        assertEquals(dx, dbCopy.x() - component("db").x(), 1e-9);
        assertEquals(dy, dbCopy.y() - component("db").y(), 1e-9);
        assertTrue(model.diagram().connections().stream()
                        .anyMatch(k -> k.from().equals(webCopy.id()) && k.to().equals(dbCopy.id())),
                "the connection between the copies is copied too");

        shortcut(KeyCode.V);

        assertEquals(6, new HashSet<>(ids()).size(), "a second paste gets fresh ids again");

        undo();
        undo();

        assertEquals(before, model.diagram());
    }

    @Test
    void theClipboardSurvivesFileNew() {
        show(webAndDb());
        clickOn(centreOf("web"));
        shortcut(KeyCode.C);
        type(KeyCode.RIGHT);
        dialogs.answerSaveChangesWith(Dialogs.SaveChoice.DONT_SAVE);

        shortcut(KeyCode.N);

        assertEquals(1, dialogs.saveQuestions().size(), "the nudge was an unsaved change");
        assertEquals(List.of(), ids());

        clickOn(fx(() -> canvas.localToScreen(20, 20)));
        shortcut(KeyCode.V);

        assertEquals(1, ids().size());
        Component pasted = model.diagram().components().get(0);
        assertEquals(ComponentType.EC2, pasted.type());
        assertEquals("Web", pasted.label());
        assertTrue(pasted.x() > 0, "pasted offset from where it was copied");
    }

    /** The copy of {@code original} among the pasted components: same type, and not the original id. */
    private Component copyOf(String original, List<Component> copies) {
        Component o = component(original);
        Component copy = copies.stream().filter(c -> c.type().equals(o.type())).findFirst().orElseThrow();
        assertNotEquals(original, copy.id());
        return copy;
    }
}
