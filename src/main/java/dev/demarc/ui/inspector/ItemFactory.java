package dev.demarc.ui.inspector;

import dev.demarc.model.SecurityGroup;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.util.Callback;
import org.controlsfx.control.PropertySheet;
import org.controlsfx.property.editor.PropertyEditor;

/**
 * The property sheet's editor factory: picks the editor for a property's kind and reports which property
 * has the keyboard focus, so the section can show its help.
 */
final class ItemFactory implements Callback<PropertySheet.Item, PropertyEditor<?>> {

    private final BooleanSupplier live;
    private final Supplier<Integer> suggestedPort;
    private final Consumer<PropertyItem> focused;
    private final Supplier<List<SecurityGroup>> groups;
    private final GroupActions groupActions;

    /**
     * @param live          whether the section is still on screen (see {@link TextCommit})
     * @param suggestedPort the port a new rule starts with (a database's engine port), or null
     * @param focused       told about the property whose editor gains focus
     * @param groups        the diagram's security groups, for the membership editor
     * @param groupActions  makes groups and edits their rules
     */
    ItemFactory(BooleanSupplier live, Supplier<Integer> suggestedPort, Consumer<PropertyItem> focused,
            Supplier<List<SecurityGroup>> groups, GroupActions groupActions) {
        this.groups = groups;
        this.groupActions = groupActions;
        this.live = live;
        this.suggestedPort = suggestedPort;
        this.focused = focused;
    }

    @Override
    public PropertyEditor<?> call(PropertySheet.Item sheetItem) {
        PropertyItem item = ValueEditor.itemOf(sheetItem);
        ValueEditor<?> editor = switch (item.spec().kind()) {
            case BOOLEAN -> new BooleanEditor(item);
            case CHOICE -> new ChoiceEditor(item);
            case INTEGER -> new IntegerEditor(item);
            case TEXT, CIDR -> new TextEditor(item, live);
            case GROUPS -> new GroupsEditor(item, groups, groupActions, suggestedPort);
        };
        editor.getEditor().focusWithinProperty().addListener((obs, was, now) -> {
            if (now) {
                focused.accept(item);
            }
        });
        return editor;
    }
}
