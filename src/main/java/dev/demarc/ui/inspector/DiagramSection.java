package dev.demarc.ui.inspector;

import dev.demarc.model.Diagram;
import dev.demarc.ui.editor.EditorModel;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.layout.VBox;

/** Nothing selected: the diagram's title, and where to go next. */
final class DiagramSection implements Section {

    private final EditorModel model;
    private final CommitField title;
    private final VBox box;
    private boolean live = true;

    DiagramSection(EditorModel model) {
        this.model = model;
        title = new CommitField("inspector-title", "Title", this::commitTitle, () -> live);
        title.field().setPromptText("Untitled diagram");
        box = new VBox(12, Section.heading("Diagram", "inspector-heading"), title.node(),
                Section.paragraph("Select a component to see and change its settings.", "inspector-hint"));
        box.getStyleClass().add("inspector-section");
    }

    private Optional<String> commitTitle(String text) {
        String value = text.isBlank() ? null : text.strip();
        model.apply("Rename diagram", d -> d.withTitle(value));
        return Optional.empty();
    }

    @Override
    public Node node() {
        return box;
    }

    @Override
    public void refresh(Diagram diagram) {
        title.show(diagram.title());
    }

    @Override
    public void dispose() {
        live = false;
    }
}
