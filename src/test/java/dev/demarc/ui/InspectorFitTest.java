package dev.demarc.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.demarc.model.ComponentType;
import dev.demarc.model.Diagram;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TitledPane;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;

/**
 * At the default 1440 x 900 window, every setting's name in the inspector is readable in full: no label's
 * drawn text is cut short with an ellipsis, for each type in the palette with all its groups open.
 */
class InspectorFitTest extends EditorTestBase {

    private static Diagram oneOfEach() {
        return diagram(container("vpc", ComponentType.VPC, 0, 0, 480, 320, null),
                container("subnet", ComponentType.SUBNET, 20, 50, 220, 250, "vpc"),
                service("web", ComponentType.EC2, 30, 100, "subnet"),
                service("db", ComponentType.RDS, 30, 200, "subnet"),
                service("files", ComponentType.S3, 0, 350, null),
                service("cdn", ComponentType.CLOUDFRONT, 240, 350, null));
    }

    @Test
    void noSettingNameIsCutShortAtTheDefaultWindowSize() {
        show(oneOfEach());
        List<String> names = new ArrayList<>();
        for (String id : List.of("vpc", "subnet", "web", "db", "files", "cdn")) {
            clickOn(inside(id, 12, 12));
            assertEquals(List.of(id), List.copyOf(model.selection()));
            List<String> cut = DefaultSizeWindow.at1440x900(window, scene -> {
                Node side = scene.lookup("#side-panel");
                for (Node n : side.lookupAll(".titled-pane")) {
                    ((TitledPane) n).setAnimated(false);
                    ((TitledPane) n).setExpanded(true);
                }
                scene.getRoot().applyCss();
                scene.getRoot().layout();
                List<String> out = new ArrayList<>();
                for (Node n : side.lookupAll(".label")) {
                    if (n instanceof Labeled l && n.isVisible() && l.getText() != null && !l.getText().isEmpty()) {
                        names.add(l.getText());
                        String drawn = drawnText(l);
                        if (drawn != null && !drawn.equals(l.getText())) {
                            out.add(id + ": \"" + l.getText() + "\" drawn as \"" + drawn + "\"");
                        }
                    }
                }
                return out;
            });
            assertEquals(List.of(), cut);
        }
        for (String name : List.of("Viewer protocol policy", "Minimum TLS policy", "Database engine",
                "IPv4 CIDR block")) {
            assertTrue(names.contains(name), "the test looked at \"" + name + "\"");
        }
    }

    @Test
    void noPaletteEntryIsCutShortAtTheDefaultWindowSize() {
        List<String> seen = new ArrayList<>();
        List<String> cut = DefaultSizeWindow.at1440x900(window, scene -> {
            List<String> out = new ArrayList<>();
            for (Node n : scene.lookup(".palette").lookupAll(".palette-entry")) {
                for (Node label : n.lookupAll(".label")) {
                    if (label instanceof Labeled l && l.getText() != null && !l.getText().isEmpty()) {
                        seen.add(l.getText());
                        String drawn = drawnText(l);
                        if (drawn != null && !drawn.equals(l.getText())) {
                            out.add("\"" + l.getText() + "\" drawn as \"" + drawn + "\"");
                        }
                    }
                }
            }
            return out;
        });
        assertEquals(List.of(), cut);
        assertTrue(seen.contains("NAT gateway"), "the test looked at the longest names: " + seen);
    }

    /** The text the label's skin draws (its Text node), which ends in an ellipsis when the label is too narrow. */
    private static String drawnText(Labeled l) {
        for (Node n : l.getChildrenUnmodifiable()) {
            if (n instanceof Text t) {
                return t.getText();
            }
        }
        return null;
    }
}
