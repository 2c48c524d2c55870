package dev.demarc.ui.inspector;

import dev.demarc.edit.DiagramEdits;
import dev.demarc.edit.GroupEdits;
import dev.demarc.model.Component;
import dev.demarc.model.Diagram;
import dev.demarc.model.PropertyValue;
import dev.demarc.model.SecurityGroup;
import dev.demarc.ui.editor.EditorModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.stage.Window;

/**
 * What the inspector does with security groups beyond ticking memberships: make a new group and put the
 * inspected component in it, and change a group's rules. Each is one undoable change of the diagram.
 */
final class GroupActions {

    private final EditorModel model;
    private final Supplier<String> componentId;
    private final String property;
    private final RulesPrompt rules;
    private final Function<Window, Optional<String>> askName;

    /**
     * @param property the membership property of the inspected component's type
     * @param askName  asks for the new group's name; empty when the user cancels
     */
    GroupActions(EditorModel model, Supplier<String> componentId, String property, RulesPrompt rules,
            Function<Window, Optional<String>> askName) {
        this.model = model;
        this.componentId = componentId;
        this.property = property;
        this.rules = rules;
        this.askName = askName;
    }

    /** Asks for a name, adds a group of that name and makes the component a member. */
    void createAndJoin(Window owner) {
        askName.apply(owner).map(String::strip).filter(n -> !n.isEmpty()).ifPresent(name ->
                model.apply("New security group " + name, d -> {
                    String id = GroupEdits.freshId(d, name);
                    Diagram added = GroupEdits.add(d, id, name);
                    List<String> ids = new ArrayList<>(members(added));
                    ids.add(id);
                    DiagramEdits edits = model.edits();
                    return edits.setProperty(added, componentId.get(), property, new PropertyValue.Groups(ids));
                }));
    }

    /** Opens the rules dialog for the group {@code id}; OK replaces its rules. */
    void editRules(Window owner, String id, Integer suggestedPort) {
        SecurityGroup group = model.diagram().securityGroup(id).orElseThrow();
        List<String> others = model.diagram().securityGroups().stream().map(SecurityGroup::id).toList();
        rules.edit(owner, "Inbound rules of group " + group.name(), group.inbound(), suggestedPort, others)
                .ifPresent(edited -> model.apply("Edit rules of group " + group.name(),
                        d -> GroupEdits.setRules(d, id, edited)));
    }

    private List<String> members(Diagram d) {
        Component c = d.component(componentId.get()).orElseThrow();
        return c.properties().get(property).map(v -> ((PropertyValue.Groups) v).ids()).orElse(List.of());
    }
}
