package dev.demarc.ui.inspector;

import dev.demarc.model.InboundRule;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Window;

/** The real {@link RulesPrompt}: a modal dialog around a {@link RulesForm}, OK disabled while a rule is invalid. */
final class RulesDialog implements RulesPrompt {

    @Override
    public Optional<List<InboundRule>> edit(Window owner, String title, List<InboundRule> rules) {
        return edit(owner, title, rules, null);
    }

    @Override
    public Optional<List<InboundRule>> edit(Window owner, String title, List<InboundRule> rules,
            Integer suggestedPort) {
        return edit(owner, title, rules, suggestedPort, List.of());
    }

    @Override
    public Optional<List<InboundRule>> edit(Window owner, String title, List<InboundRule> rules,
            Integer suggestedPort, List<String> groups) {
        RulesForm form = new RulesForm(rules, suggestedPort, groups);
        Dialog<List<InboundRule>> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setResizable(true);
        dialog.setHeaderText("Each rule lets traffic in on a port (22) or a range (8000-8080) from an\n"
                + "address range or the members of a group. 0.0.0.0/0 and ::/0 mean anyone on the internet.");
        dialog.getDialogPane().getStylesheets().add(InspectorView.STYLESHEET);
        dialog.getDialogPane().setContent(form.node());
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        Node ok = dialog.getDialogPane().lookupButton(ButtonType.OK);
        ok.setId("rules-ok");
        ok.disableProperty().bind(form.validProperty().not());
        dialog.getDialogPane().lookupButton(ButtonType.CANCEL).setId("rules-cancel");
        form.setOnResize(() -> {
            Window window = dialog.getDialogPane().getScene().getWindow();
            if (window != null && window.isShowing()) {
                // New rows need their CSS before their preferred height is right.
                dialog.getDialogPane().applyCss();
                window.sizeToScene();
            }
        });
        dialog.setResultConverter(button -> button == ButtonType.OK ? form.rules() : null);
        return dialog.showAndWait();
    }
}
