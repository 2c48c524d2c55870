package dev.demarc.ui.inspector;

import dev.demarc.model.Component;
import dev.demarc.model.Connection;
import dev.demarc.model.Diagram;
import dev.demarc.ui.editor.EditorModel;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** One connection selected: which way requests go, and its label. */
final class ConnectionSection implements Section {

    private final EditorModel model;
    private final String id;
    private final Label route = Section.paragraph("", "inspector-route");
    private final CommitField label;
    private final VBox box;
    private boolean live = true;

    ConnectionSection(EditorModel model, String id) {
        this.model = model;
        this.id = id;
        label = new CommitField("inspector-connection-label", "Label", this::commitLabel, () -> live);
        label.field().setPromptText("e.g. HTTPS, SQL");
        box = new VBox(12, Section.heading("Connection", "inspector-heading"), route, label.node(),
                Section.paragraph("A connection points the way requests travel.", "inspector-hint"));
        box.getStyleClass().add("inspector-section");
    }

    private Optional<String> commitLabel(String text) {
        if (model.diagram().connections().stream().anyMatch(k -> k.id().equals(id))) {
            model.apply("Label connection", d -> model.edits().setConnectionLabel(d, id, text));
        }
        return Optional.empty();
    }

    @Override
    public Node node() {
        return box;
    }

    @Override
    public void refresh(Diagram diagram) {
        diagram.connections().stream().filter(k -> k.id().equals(id)).findFirst().ifPresent(k -> show(diagram, k));
    }

    private void show(Diagram diagram, Connection k) {
        String from = diagram.component(k.from()).map(Component::displayLabel).orElse(k.from());
        String to = diagram.component(k.to()).map(Component::displayLabel).orElse(k.to());
        route.setText(from + " \u2192 " + to);
        route.setAccessibleText("From " + from + " to " + to);
        label.show(k.label());
    }

    @Override
    public void dispose() {
        live = false;
    }
}
