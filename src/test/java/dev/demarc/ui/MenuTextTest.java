package dev.demarc.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.demarc.model.ComponentType;
import java.util.List;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/** The menus read as a person would write them: samples by their titles, Zoom In listed once. */
class MenuTextTest extends EditorTestBase {

    private Menu menu(String id) {
        return fx(() -> ((MenuBar) lookup(".menu-bar").query()).getMenus().stream()
                .filter(m -> id.equals(m.getId())).findFirst().orElseThrow());
    }

    private static List<String> visibleTexts(Menu menu) {
        return menu.getItems().stream().filter(MenuItem::isVisible).map(MenuItem::getText)
                .filter(t -> t != null).toList();
    }

    @Test
    void openSampleListsTheSamplesByTheirTitles() {
        Menu samples = fx(() -> menu("menu-file").getItems().stream().filter(i -> "menu-open-sample".equals(i.getId()))
                .map(i -> (Menu) i).findFirst().orElseThrow());
        List<String> names = fx(() -> visibleTexts(samples));

        assertTrue(names.contains("Web app on EC2 with RDS"), names.toString());
        assertTrue(names.contains("Why does moving from EC2 to RDS change your duties?"), names.toString());
        assertTrue(names.stream().noneMatch(n -> n.equals("Web app ec2 rds") || n.startsWith("Database on ec2")),
                names.toString());
    }

    @Test
    void zoomInIsListedOnceAndBothShortcutsZoom() {
        List<String> view = fx(() -> visibleTexts(menu("menu-view")));
        assertEquals(1, view.stream().filter(t -> t.startsWith("Zoom In")).count(), view.toString());

        show(diagram(service("web", ComponentType.EC2, 40, 40, null)));
        focusCanvas();
        double before = fx(canvas::getZoom);
        push(KeyCode.SHORTCUT, KeyCode.ADD);
        double afterPlus = fx(canvas::getZoom);
        push(KeyCode.SHORTCUT, KeyCode.EQUALS);
        double afterEquals = fx(canvas::getZoom);

        assertTrue(afterPlus > before, "Ctrl++ (keypad) zooms in: " + before + " -> " + afterPlus);
        assertTrue(afterEquals > afterPlus, "Ctrl+= zooms in: " + afterPlus + " -> " + afterEquals);
    }
}
