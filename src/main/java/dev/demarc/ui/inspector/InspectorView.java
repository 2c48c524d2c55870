package dev.demarc.ui.inspector;

import dev.demarc.model.Component;
import dev.demarc.model.Diagram;
import dev.demarc.ui.editor.EditorModel;
import java.util.Objects;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.StackPane;

/**
 * The inspector panel: shows and edits what is selected in the {@link EditorModel}. Put it in the window as
 * it is (it is a {@link StackPane}).
 *
 * <p>It shows one section at a time: the diagram's title when nothing is selected; a component's type,
 * label, id and a ControlsFX property sheet when one component is; a connection's ends and label; or how
 * many things are selected. Every edit is one {@link EditorModel#apply} call, so one undo step.
 *
 * <p>How it follows the model: the section is rebuilt only when what it shows changes (another component,
 * a connection, nothing). Any other change to the diagram, including undo and redo, calls
 * {@link Section#refresh} on the section that is there, which copies the diagram's values into the fields
 * and property rows; editors follow their row's value. Typing never touches the model, so nothing is
 * rebuilt while the user types.
 */
public final class InspectorView extends StackPane {

    static final String STYLESHEET = Objects.requireNonNull(InspectorView.class.getResource("inspector.css"),
            "inspector.css").toExternalForm();

    private final EditorModel model;
    private final RulesPrompt rulesPrompt;
    private final GroupMemory groups = new GroupMemory();
    private Section section;
    private String shownKey;

    /** An inspector for {@code model} that edits inbound rules in a dialog. */
    public InspectorView(EditorModel model) {
        this(model, new RulesDialog());
    }

    InspectorView(EditorModel model, RulesPrompt rulesPrompt) {
        this.model = model;
        this.rulesPrompt = rulesPrompt;
        setId("inspector");
        getStyleClass().add("inspector");
        getStylesheets().add(STYLESHEET);
        // The model's own diagram listener (registered first) prunes the selection before this one runs.
        model.diagramProperty().addListener((obs, old, now) -> follow());
        // One notification per selection change, not one per selected id: a select() that replaces one
        // component by another must not pass through "nothing selected" and rebuild the panel twice.
        model.selectionRevisionProperty().addListener((obs, old, now) -> follow());
        follow();
    }

    private void follow() {
        Diagram diagram = model.diagram();
        String key = keyFor(diagram);
        if (!key.equals(shownKey)) {
            Optional<Component> next = key.startsWith("component:")
                    ? diagram.component(model.selection().iterator().next()) : Optional.empty();
            if (section instanceof ComponentSection current && next.isPresent() && current.canShow(next.get())
                    && !editingHere()) {
                current.retarget(next.get());
            } else {
                if (section != null) {
                    section.dispose();
                }
                section = create(key, diagram);
                getChildren().setAll(section.node());
            }
            shownKey = key;
        }
        section.refresh(diagram);
    }

    /** Whether the keyboard focus is in one of this panel's text fields, where a half-typed value may wait. */
    private boolean editingHere() {
        Node focus = getScene() == null ? null : getScene().getFocusOwner();
        if (!(focus instanceof TextInputControl)) {
            return false;
        }
        for (Node n = focus; n != null; n = n.getParent()) {
            if (n == this) {
                return true;
            }
        }
        return false;
    }

    /** What the section shows, as a key: the section is rebuilt only when this changes. */
    private String keyFor(Diagram diagram) {
        if (model.selection().size() > 1) {
            return "several";
        }
        if (model.selection().size() == 1) {
            String id = model.selection().iterator().next();
            // The type is part of the key: undo can bring back a different component under the same id.
            return diagram.component(id).map(c -> "component:" + c.id() + ":" + c.type()).orElse("diagram");
        }
        if (model.selectedConnections().size() > 1) {
            return "several";
        }
        if (model.selectedConnections().size() == 1) {
            String id = model.selectedConnections().iterator().next();
            boolean exists = diagram.connections().stream().anyMatch(k -> k.id().equals(id));
            return exists ? "connection:" + id : "diagram";
        }
        return "diagram";
    }

    private Section create(String key, Diagram diagram) {
        if (key.startsWith("component:")) {
            Component c = diagram.component(model.selection().iterator().next()).orElseThrow();
            return new ComponentSection(model, c, rulesPrompt, groups);
        }
        if (key.startsWith("connection:")) {
            return new ConnectionSection(model, model.selectedConnections().iterator().next());
        }
        return key.equals("several") ? new CountSection(model) : new DiagramSection(model);
    }
}
