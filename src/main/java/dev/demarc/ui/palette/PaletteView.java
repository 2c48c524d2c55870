package dev.demarc.ui.palette;

import dev.demarc.catalog.Catalog;
import dev.demarc.catalog.TypeSpec;
import dev.demarc.model.ComponentType;
import dev.demarc.ui.editor.DataFormats;
import dev.demarc.ui.look.Icons;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The palette of component types, grouped as the catalog groups them (Networking, Compute, ...). Entries
 * are built from catalog data, so a new service appears here without new UI code. An entry can be dragged
 * onto the canvas, double-clicked, or focused and placed with Enter or Space.
 */
public final class PaletteView extends ScrollPane {

    private static final List<String> GROUP_ORDER = List.of("Networking", "Compute", "Database", "Storage",
            "Messaging", "Content delivery", "Identity and keys");

    /**
     * @param onPlace called with a type to place at the centre of the view (double-click or keyboard)
     */
    public PaletteView(Catalog catalog, Consumer<ComponentType> onPlace) {
        Map<String, VBox> groups = new LinkedHashMap<>();
        GROUP_ORDER.forEach(g -> groups.put(g, group(g)));
        for (TypeSpec type : catalog.types()) {
            groups.computeIfAbsent(type.group(), PaletteView::group).getChildren().add(entry(type, onPlace));
        }
        VBox content = new VBox(6);
        content.setPadding(new Insets(8));
        groups.values().stream().filter(g -> g.getChildren().size() > 1).forEach(content.getChildren()::add);
        setContent(content);
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        getStyleClass().add("palette");
        setId("palette");
    }

    private static VBox group(String name) {
        Label title = new Label(name);
        title.getStyleClass().add("palette-group-title");
        VBox box = new VBox(2, title);
        box.getStyleClass().add("palette-group");
        return box;
    }

    private static HBox entry(TypeSpec type, Consumer<ComponentType> onPlace) {
        Label name = new Label(type.shortName());
        HBox entry = new HBox(10, Icons.of(type, 28), name);
        entry.setPadding(new Insets(6, 10, 6, 10));
        entry.getStyleClass().add("palette-entry");
        entry.setId("palette-" + type.type().id());
        entry.setFocusTraversable(true);
        entry.setAccessibleRole(AccessibleRole.BUTTON);
        entry.setAccessibleText("Add " + type.name());
        Tooltip.install(entry, new Tooltip(type.name() + "\n" + type.summary()
                + "\nDrag onto the canvas, or double-click to add it in the middle of the view."));
        entry.setOnDragDetected(e -> {
            Dragboard db = entry.startDragAndDrop(TransferMode.COPY);
            ClipboardContent content = new ClipboardContent();
            content.put(DataFormats.COMPONENT_TYPE, type.type().id());
            db.setContent(content);
            db.setDragView(entry.snapshot(null, null));
            e.consume();
        });
        entry.setOnMouseClicked(e -> {
            entry.requestFocus();
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                onPlace.accept(type.type());
            }
        });
        entry.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.SPACE) {
                onPlace.accept(type.type());
                e.consume();
            }
        });
        return entry;
    }
}
