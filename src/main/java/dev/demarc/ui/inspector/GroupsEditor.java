package dev.demarc.ui.inspector;

import dev.demarc.model.InboundRule;
import dev.demarc.model.PropertyValue;
import dev.demarc.model.SecurityGroup;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.layout.Region;

/**
 * Which security groups a component belongs to: a menu button naming them, holding a check item per group of
 * the diagram, "Edit rules of ..." per group it is in, and "New group...". Ticking or unticking one is one
 * undoable change of the property; a new group is made and joined, or a group's rules changed, in one undoable
 * change by {@link GroupActions}.
 */
final class GroupsEditor extends ValueEditor<MenuButton> {

    private final Supplier<List<SecurityGroup>> groups;
    private final GroupActions actions;
    private final Supplier<Integer> suggestedPort;
    /** What the groups admit, one line per group, so the student sees it without opening a dialog. */
    private final Label summary = new Label();

    GroupsEditor(PropertyItem item, Supplier<List<SecurityGroup>> groups, GroupActions actions,
            Supplier<Integer> suggestedPort) {
        super(item, new MenuButton());
        this.groups = groups;
        this.actions = actions;
        this.suggestedPort = suggestedPort;
        summary.setId("property-" + item.spec().name() + "-summary");
        summary.setWrapText(true);
        // Wrapped lines need their height, or a narrow sheet cuts the summary short.
        summary.setMinHeight(Region.USE_PREF_SIZE);
        addBelow(summary);
        control().setOnShowing(e -> fill());
        // A group's rules can change while the membership stays the same: refresh on every refresh of the item.
        item.shownProperty().addListener((obs, old, now) -> summarize());
        fill();
    }

    private void summarize() {
        List<String> members = members();
        if (members.isEmpty()) {
            summary.setText("In no group: nothing from outside can reach it.");
            return;
        }
        StringBuilder text = new StringBuilder();
        for (SecurityGroup g : groups.get()) {
            if (members.contains(g.id())) {
                String rules = g.inbound().isEmpty() ? "no rules"
                        : g.inbound().stream().map(InboundRule::toString).collect(Collectors.joining(", "));
                text.append(text.length() == 0 ? "" : "\n").append(g.id()).append(": ").append(rules);
            }
        }
        summary.setText(text.toString());
    }

    private List<String> members() {
        return item().getValue() instanceof PropertyValue.Groups g ? g.ids() : List.of();
    }

    /** The menu is rebuilt when it opens, so it lists the diagram's groups as they are now. */
    private void fill() {
        List<MenuItem> items = new ArrayList<>();
        List<String> members = members();
        for (SecurityGroup g : groups.get()) {
            CheckMenuItem check = new CheckMenuItem(g.id().equals(g.name()) ? g.id() : g.name() + " (" + g.id() + ")");
            check.setId("group-" + g.id());
            check.setSelected(members.contains(g.id()));
            check.setOnAction(e -> toggle(g.id(), check.isSelected()));
            items.add(check);
        }
        if (!items.isEmpty()) {
            items.add(new SeparatorMenuItem());
        }
        for (String id : members) {
            MenuItem edit = new MenuItem("Edit rules of " + id + "\u2026");
            edit.setId("group-rules-" + id);
            edit.setOnAction(e -> actions.editRules(control().getScene().getWindow(), id, suggestedPort.get()));
            items.add(edit);
        }
        MenuItem create = new MenuItem("New group\u2026");
        create.setId("group-new");
        create.setOnAction(e -> actions.createAndJoin(control().getScene().getWindow()));
        items.add(create);
        control().getItems().setAll(items);
    }

    private void toggle(String id, boolean member) {
        List<String> ids = new ArrayList<>(members());
        ids.remove(id);
        if (member) {
            ids.add(id);
        }
        commit(new PropertyValue.Groups(ids), false);
    }

    @Override
    protected void show(PropertyValue value) {
        List<String> ids = value instanceof PropertyValue.Groups g ? g.ids() : List.of();
        control().setText(ids.isEmpty() ? "No groups" : String.join(", ", ids));
        control().setAccessibleText(item().spec().label() + ", " + (ids.isEmpty() ? "none"
                : String.join(", ", ids)) + ". Opens the list of groups.");
        fill();
        summarize();
    }
}
