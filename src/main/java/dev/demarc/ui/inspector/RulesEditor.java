package dev.demarc.ui.inspector;

import dev.demarc.model.InboundRule;
import dev.demarc.model.PropertyValue;
import java.util.List;
import java.util.function.Supplier;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;

/**
 * The inbound-rule list: a button naming how many rules there are, the rules themselves under it, and a
 * dialog to change them. Whatever the dialog does, OK applies it as one undoable change.
 */
final class RulesEditor extends ValueEditor<Button> {

    private final RulesPrompt prompt;
    private final Supplier<String> componentName;
    private final Supplier<Integer> suggestedPort;
    private final Label summary = new Label();

    RulesEditor(PropertyItem item, RulesPrompt prompt, Supplier<String> componentName,
            Supplier<Integer> suggestedPort) {
        super(item, new Button());
        this.prompt = prompt;
        this.componentName = componentName;
        this.suggestedPort = suggestedPort;
        summary.setId("property-" + item.spec().name() + "-summary");
        summary.setWrapText(true);
        // Wrapped lines need their height, or a narrow sheet cuts the summary short.
        summary.setMinHeight(Region.USE_PREF_SIZE);
        addBelow(summary);
        control().setOnAction(e -> edit());
    }

    private List<InboundRule> rules() {
        return item().getValue() instanceof PropertyValue.Rules r ? r.rules() : List.of();
    }

    private void edit() {
        String title = item().spec().label() + " of " + componentName.get();
        prompt.edit(control().getScene().getWindow(), title, rules(), suggestedPort.get())
                .ifPresent(edited -> commit(new PropertyValue.Rules(edited), false));
    }

    @Override
    protected void show(PropertyValue value) {
        List<InboundRule> rules = value instanceof PropertyValue.Rules r ? r.rules() : List.of();
        String count = Values.ruleCount(rules.size());
        control().setText((rules.isEmpty() ? "No rules" : count) + "\u2026");
        control().setAccessibleText(item().spec().label() + ", " + count + ". Opens the rule editor.");
        summary.setText(rules.isEmpty() ? "Nothing from outside can reach it." : Values.ruleLines(rules));
    }
}
