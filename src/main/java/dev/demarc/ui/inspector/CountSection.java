package dev.demarc.ui.inspector;

import dev.demarc.model.Diagram;
import dev.demarc.ui.editor.EditorModel;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** Several things selected: how many. Their settings differ, so there is nothing to edit together. */
final class CountSection implements Section {

    private final EditorModel model;
    private final Label count = Section.paragraph("", "inspector-count");
    private final VBox box;

    CountSection(EditorModel model) {
        this.model = model;
        count.getStyleClass().add("inspector-heading");
        box = new VBox(12, count,
                Section.paragraph("Select one component to see and change its settings.", "inspector-hint"));
        box.getStyleClass().add("inspector-section");
    }

    @Override
    public Node node() {
        return box;
    }

    @Override
    public void refresh(Diagram diagram) {
        int components = model.selection().size();
        count.setText(components > 0 ? components + " components selected"
                : model.selectedConnections().size() + " connections selected");
    }

    @Override
    public void dispose() {
        // Nothing to let go of: the section holds no editors.
    }
}
