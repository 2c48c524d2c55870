package dev.demarc.ui.inspector;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Accordion;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TitledPane;
import org.controlsfx.control.PropertySheet;

/**
 * Remembers which property group the user opened. The sheet's category mode is an accordion that opens its
 * first group; a student checking "Network exposure" on three databases in turn would otherwise reopen it
 * each time, and an undo that rebuilds the sheet would close it under them.
 */
final class GroupMemory {

    private String open;

    /** Opens the remembered group in {@code sheet} once it is built, and remembers what the user opens there. */
    void attach(PropertySheet sheet) {
        sheet.skinProperty().addListener((obs, old, skin) -> {
            Accordion accordion = find(sheet);
            if (accordion == null) {
                return;
            }
            if (open != null) {
                accordion.getPanes().stream().filter(p -> open.equals(p.getText())).findFirst()
                        .ifPresent(accordion::setExpandedPane);
            }
            accordion.expandedPaneProperty().addListener((o, was, now) -> {
                if (now != null) {
                    open = now.getText();
                }
            });
        });
    }

    /** The skin's accordion; ScrollPane content is not a child until its own skin exists, so look there too. */
    private static Accordion find(Node node) {
        if (node instanceof Accordion a) {
            return a;
        }
        if (node instanceof ScrollPane s && s.getContent() != null) {
            return find(s.getContent());
        }
        if (node instanceof Parent p && !(node instanceof TitledPane)) {
            for (Node child : p.getChildrenUnmodifiable()) {
                Accordion a = find(child);
                if (a != null) {
                    return a;
                }
            }
        }
        return null;
    }
}
