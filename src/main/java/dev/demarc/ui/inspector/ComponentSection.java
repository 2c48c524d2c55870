package dev.demarc.ui.inspector;

import dev.demarc.analysis.EnginePorts;
import dev.demarc.catalog.PropertyKind;
import dev.demarc.catalog.PropertySpec;
import dev.demarc.catalog.TypeSpec;
import dev.demarc.edit.EditException;
import dev.demarc.model.Component;
import dev.demarc.model.ComponentType;
import dev.demarc.model.Diagram;
import dev.demarc.model.PropertyValue;
import dev.demarc.ui.editor.EditorModel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.control.PropertySheet;

/**
 * One component selected: its type, label and id, and a property sheet with a row per catalog property,
 * grouped as the catalog groups them and in the catalog's order. At the bottom, the help of the property
 * being edited: what it means for the customer's side of the responsibility.
 *
 * <p>The sheet is built once per component. A change to the diagram (an edit, undo, redo) only refreshes
 * the rows' values, so nothing is rebuilt under the user's cursor.
 */
final class ComponentSection implements Section {

    private static final String HELP_PROMPT = "Select a setting to read what it means for your side of the "
            + "responsibility.";

    private final EditorModel model;
    private final ComponentType type;
    /** The component shown; changes when the section is reused for another component of the same type. */
    private String id;
    private final CommitField label;
    private final CommitField idField;
    private final List<PropertyItem> items = new ArrayList<>();
    private final Label help = Section.paragraph(HELP_PROMPT, "inspector-help");
    private final VBox box;
    private boolean live = true;

    ComponentSection(EditorModel model, Component component, RulesPrompt rulesPrompt, GroupMemory groups) {
        this.model = model;
        this.id = component.id();
        this.type = component.type();
        Optional<TypeSpec> type = model.catalog().find(component.type());
        label = new CommitField("inspector-label", "Label", this::commitLabel, () -> live);
        idField = new CommitField("inspector-id", "Id", this::commitId, () -> live);
        box = new VBox(12);
        box.getStyleClass().add("inspector-section");
        String typeName = type.map(TypeSpec::name).orElse(component.type().id());
        String summary = type.map(TypeSpec::summary)
                .orElse("Demarc's catalog does not know this type, so it has no settings to show.");
        box.getChildren().add(Section.heading(typeName, "inspector-type"));
        box.getChildren().add(Section.paragraph(summary, "inspector-summary"));
        box.getChildren().addAll(label.node(), idField.node());
        type.ifPresent(t -> {
            PropertySheet sheet = sheet(t, rulesPrompt);
            groups.attach(sheet);
            VBox.setVgrow(sheet, Priority.ALWAYS);
            help.getStyleClass().add("inspector-help");
            box.getChildren().addAll(sheet, help);
        });
    }

    private PropertySheet sheet(TypeSpec type, RulesPrompt rulesPrompt) {
        List<String> groups = new ArrayList<>();
        for (PropertySpec p : type.properties()) {
            items.add(new PropertyItem(type, p, this::writeProperty));
            if (!groups.contains(p.group())) {
                groups.add(p.group());
            }
        }
        PropertySheet sheet = new PropertySheet() {
            @Override
            protected void layoutChildren() {
                keepLabelsWhole(this);
                super.layoutChildren();
            }
        };
        sheet.setId("inspector-properties");
        sheet.setMode(PropertySheet.Mode.CATEGORY);
        // A dozen properties at most: a search box and a mode switch would only take room from them.
        sheet.setModeSwitcherVisible(false);
        sheet.setSearchBoxVisible(false);
        sheet.setCategoryComparator(Comparator.comparingInt(groups::indexOf));
        String membership = type.properties().stream().filter(p -> p.kind() == PropertyKind.GROUPS)
                .map(PropertySpec::name).findFirst().orElse("");
        GroupActions groupActions = new GroupActions(model, () -> id, membership, rulesPrompt, GroupNameDialog::ask);
        sheet.setPropertyEditorFactory(new ItemFactory(() -> live, this::enginePort,
                item -> help.setText(item.helpText()), () -> model.diagram().securityGroups(), groupActions));
        sheet.getItems().setAll(FXCollections.observableArrayList(items));
        return sheet;
    }

    /**
     * ControlsFX lets a property's name shrink to 100 px and cut it short ("Viewer proto..."). Each name
     * keeps its whole width instead; the editors beside it, which may shrink, give way. Run before every
     * layout, as the sheet builds its rows lazily when a group is opened.
     */
    private static void keepLabelsWhole(PropertySheet sheet) {
        for (Node pane : sheet.lookupAll(".property-pane")) {
            if (pane instanceof Parent parent) {
                for (Node n : parent.getChildrenUnmodifiable()) {
                    if (n instanceof Label l && l.getMinWidth() != Region.USE_PREF_SIZE) {
                        l.setMinWidth(Region.USE_PREF_SIZE);
                    }
                }
            }
        }
    }

    /** A database's engine port, which a new security-group rule starts with; null for other types. */
    private Integer enginePort() {
        Optional<Component> c = model.diagram().component(id);
        Optional<TypeSpec> spec = model.catalog().find(type);
        if (c.isEmpty() || spec.isEmpty() || spec.get().property("engine").isEmpty()) {
            return null;
        }
        return spec.get().effective(c.get(), "engine") instanceof PropertyValue.Text t ? EnginePorts.of(t.value())
                : null;
    }

    private boolean writeProperty(PropertySpec spec, PropertyValue value, boolean merge) {
        if (!live) {
            // A spinner commits its typed text when it loses focus, which can happen as this section is taken
            // off screen inside the selection's change notification: apply it once that is over.
            Platform.runLater(() -> applyProperty(spec, value, merge));
            return true;
        }
        return applyProperty(spec, value, merge);
    }

    private boolean applyProperty(PropertySpec spec, PropertyValue value, boolean merge) {
        if (!model.diagram().contains(id)) {
            return false;
        }
        String description = (value == null ? "Reset " : "Change ") + spec.label();
        // Spinner steps on the same property of the same component fold into one undo step.
        String mergeKey = merge ? "property:" + id + ":" + spec.name() : null;
        return model.apply(description, d -> model.edits().setProperty(d, id, spec.name(), value), mergeKey);
    }

    private Optional<String> commitLabel(String text) {
        if (model.diagram().contains(id)) {
            model.apply("Change label", d -> model.edits().setLabel(d, id, text));
        }
        return Optional.empty();
    }

    private Optional<String> commitId(String text) {
        String newId = text.strip();
        if (newId.equals(id) || !model.diagram().contains(id)) {
            return Optional.empty();
        }
        try {
            // Tried first on the side, because the model turns a refusal into the window's hint and the
            // message belongs under this field.
            model.edits().changeId(model.diagram(), id, newId);
        } catch (EditException e) {
            return Optional.of(e.getMessage());
        }
        boolean wasLive = live;
        if (model.apply("Change id", d -> model.edits().changeId(d, id, newId)) && wasLive) {
            // The model drops ids that no longer exist from the selection; the user is still on this component.
            model.select(List.of(newId));
        }
        return Optional.empty();
    }

    /**
     * Whether this section can show {@code c} instead of its current component without being rebuilt:
     * it must be of the same type. Building a property sheet costs more than a frame, so clicking from one
     * instance to another reuses it.
     */
    boolean canShow(Component c) {
        return live && c.type().equals(type);
    }

    /** Shows {@code c} from now on; the caller refreshes. Only call when nothing is being typed here. */
    void retarget(Component c) {
        this.id = c.id();
    }

    @Override
    public Node node() {
        return box;
    }

    @Override
    public void refresh(Diagram diagram) {
        diagram.component(id).ifPresent(c -> {
            label.field().setPromptText(c.id());
            label.show(c.label());
            idField.show(c.id());
            for (PropertyItem item : items) {
                item.show(c);
            }
        });
    }

    @Override
    public void dispose() {
        live = false;
    }
}
