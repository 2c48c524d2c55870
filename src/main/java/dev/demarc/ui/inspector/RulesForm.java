package dev.demarc.ui.inspector;

import dev.demarc.model.InboundRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/**
 * The body of the rules dialog: a grid with one row of live controls per rule, Add rule, and the problems
 * that keep OK disabled. Live controls rather than an editable TableView, because a table cell commits only
 * on Enter and silently drops what was typed when the user clicks elsewhere.
 */
final class RulesForm {

    private final List<RuleRow> rows = new ArrayList<>();
    private final GridPane grid = new GridPane();
    private final Label empty = new Label("No rules: nothing from outside can reach this component.");
    private final Label problems = new Label();
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(this, "valid", true);
    private final VBox root;
    private Runnable onResize = () -> { };
    private final Integer suggestedPort;
    private final List<String> groups;

    /**
     * A form showing {@code rules}; a rule added with Add rule starts with {@code suggestedPort} (a
     * database's engine port) when it is not null.
     */
    RulesForm(List<InboundRule> rules, Integer suggestedPort) {
        this(rules, suggestedPort, List.of());
    }

    /** As above, with the ids of the security groups a rule may name as its source. */
    RulesForm(List<InboundRule> rules, Integer suggestedPort, List<String> groups) {
        this.suggestedPort = suggestedPort;
        this.groups = List.copyOf(groups);
        for (InboundRule r : rules) {
            rows.add(newRow(r));
        }
        grid.setHgap(8);
        grid.setVgap(6);
        Button add = new Button("Add rule");
        add.setId("rules-add");
        add.setOnAction(e -> {
            RuleRow row = newRow(null);
            if (suggestedPort != null) {
                row.suggestPort(suggestedPort);
            }
            rows.add(row);
            layoutRows();
            row.focus();
        });
        empty.setId("rules-empty");
        problems.setId("rules-problems");
        problems.getStyleClass().add("error-message");
        problems.setWrapText(true);
        problems.managedProperty().bind(problems.visibleProperty());
        problems.visibleProperty().bind(problems.textProperty().isNotEmpty());
        root = new VBox(10, grid, empty, add, problems);
        root.getStyleClass().add("rules-form");
        root.setPrefWidth(560);
        layoutRows();
    }

    private RuleRow newRow(InboundRule rule) {
        return new RuleRow(rule, groups, this::validate, row -> {
            rows.remove(row);
            layoutRows();
        });
    }

    private void layoutRows() {
        grid.getChildren().clear();
        if (!rows.isEmpty()) {
            grid.addRow(0, new Label("Protocol"), new Label("Port"), new Label("Source (CIDR)"));
        }
        for (int i = 0; i < rows.size(); i++) {
            rows.get(i).place(grid, i + 1, i + 1);
        }
        empty.setVisible(rows.isEmpty());
        empty.setManaged(rows.isEmpty());
        validate();
        onResize.run();
    }

    /**
     * Keeps OK disabled while any rule is invalid, but names the problem of a row only once the user has
     * typed in it: a row just added is not yet a mistake.
     */
    private void validate() {
        List<String> found = new ArrayList<>();
        boolean allValid = true;
        for (int i = 0; i < rows.size(); i++) {
            Optional<String> p = rows.get(i).problem();
            allValid &= p.isEmpty();
            if (p.isPresent() && rows.get(i).touched()) {
                found.add("Rule " + (i + 1) + ": " + p.get());
            }
        }
        String text = String.join("\n", found);
        if (!text.equals(problems.getText())) {
            problems.setText(text);
            onResize.run();
        }
        valid.set(allValid);
    }

    /**
     * Called when the form's height may have changed (a row or a problem line came or went). A dialog does
     * not grow by itself, and its buttons would slide out of the window.
     */
    void setOnResize(Runnable onResize) {
        this.onResize = onResize;
    }

    Node node() {
        return root;
    }

    /** Whether every row is a valid rule (OK is enabled only then). */
    ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    /** The rules, in the order shown; only call while {@link #validProperty()} is true. */
    List<InboundRule> rules() {
        return rows.stream().map(RuleRow::rule).toList();
    }
}
