package dev.demarc.ui.inspector;

import dev.demarc.model.Cidr;
import dev.demarc.model.InboundRule;
import dev.demarc.model.Protocol;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;

/**
 * One rule's controls in the rules dialog: protocol, port or port range, source (a CIDR block or a security
 * group) and a Remove button. The text stays as
 * typed until OK; {@link #problem()} says what keeps it from being a rule.
 */
final class RuleRow {

    private final ChoiceBox<Protocol> protocol = new ChoiceBox<>(FXCollections.observableArrayList(Protocol.values()));
    private final TextField port = new TextField();
    /** A CIDR block typed in, or one of the diagram's security groups picked from the list. */
    private final ComboBox<String> source = new ComboBox<>();
    private final List<String> groups;
    private final Button remove = new Button("Remove");
    /** Whether the user has changed anything in this row; until then its problem is not shown. */
    private boolean touched;

    /** A row showing {@code rule}, or an empty tcp rule when it is null. */
    RuleRow(InboundRule rule, List<String> groups, Runnable changed, Consumer<RuleRow> onRemove) {
        this.groups = List.copyOf(groups);
        source.setEditable(true);
        source.getItems().setAll(groups);
        protocol.setConverter(new StringConverter<>() {
            @Override
            public String toString(Protocol p) {
                return p == null ? "" : p.fileName();
            }

            @Override
            public Protocol fromString(String text) {
                return Protocol.fromFileName(text).orElse(Protocol.TCP);
            }
        });
        protocol.setValue(rule == null ? Protocol.TCP : rule.protocol());
        port.setText(rule == null || rule.protocol() == Protocol.ALL ? "" : rule.ports());
        port.setPrefColumnCount(6);
        port.setPromptText("443 or 8000-8080");
        source.getEditor().setText(rule == null ? "" : rule.source() != null ? rule.source() : rule.sourceGroup());
        source.getEditor().setPrefColumnCount(14);
        source.setPromptText("10.0.0.0/16 or a group");
        updatePortField();
        protocol.valueProperty().addListener((obs, old, now) -> {
            touched = true;
            updatePortField();
            changed.run();
        });
        port.textProperty().addListener((obs, old, now) -> {
            touched = true;
            changed.run();
        });
        source.getEditor().textProperty().addListener((obs, old, now) -> {
            touched = true;
            changed.run();
        });
        // The buttons and choices keep their whole text; the text fields give way instead.
        remove.setMinWidth(Region.USE_PREF_SIZE);
        protocol.setMinWidth(Region.USE_PREF_SIZE);
        remove.setOnAction(e -> onRemove.accept(this));
    }

    /** A rule for all traffic has no port: the field says so instead of holding a number that means nothing. */
    private void updatePortField() {
        boolean all = protocol.getValue() == Protocol.ALL;
        port.setDisable(all);
        port.setPromptText(all ? "all" : "443 or 8000-8080");
    }

    /** Puts the row's controls in grid row {@code gridRow} and names them for rule number {@code number}. */
    void place(GridPane grid, int gridRow, int number) {
        String id = "rule-" + number;
        protocol.setId(id + "-protocol");
        protocol.setAccessibleText("Rule " + number + " protocol");
        port.setId(id + "-port");
        port.setAccessibleText("Rule " + number + " port");
        source.setId(id + "-source");
        source.setAccessibleText("Rule " + number + " source: a CIDR block or a security group");
        source.getEditor().setId(id + "-source-text");
        remove.setId(id + "-remove");
        remove.setAccessibleText("Remove rule " + number);
        grid.addRow(gridRow, protocol, port, source, remove);
    }

    /** Fills the port of a new row, as a starting point the user may change; it does not count as typing. */
    void suggestPort(int suggested) {
        port.setText(Integer.toString(suggested));
        touched = false;
    }

    boolean touched() {
        return touched;
    }

    void focus() {
        (port.isDisabled() ? source.getEditor() : port).requestFocus();
    }

    /** What is wrong with the row, phrased to follow "Rule 2: ", or empty when it is a valid rule. */
    Optional<String> problem() {
        if (protocol.getValue() != Protocol.ALL && parsePorts() == null) {
            return Optional.of("the port must be a whole number from 0 to " + InboundRule.MAX_PORT
                    + ", or a range such as 8000-8080");
        }
        String text = sourceText();
        if (groups.contains(text)) {
            return Optional.empty();
        }
        return Cidr.problem(text).map(problem -> "the source must be a CIDR block such as 10.0.0.0/16, "
                + "0.0.0.0/0 for anyone, or one of the diagram's security groups: " + problem);
    }

    /** The rule; only call when {@link #problem()} is empty. */
    InboundRule rule() {
        Protocol p = protocol.getValue();
        int[] ports = p == Protocol.ALL ? new int[] {0, InboundRule.MAX_PORT} : parsePorts();
        String text = sourceText();
        return groups.contains(text) ? InboundRule.fromGroup(p, ports[0], ports[1], text)
                : InboundRule.fromCidr(p, ports[0], ports[1], text);
    }

    private String sourceText() {
        return source.getEditor().getText().strip();
    }

    /** {@code 443} or {@code 8000-8080} as the first and last port, or null when it is neither. */
    private int[] parsePorts() {
        String[] parts = port.getText().strip().split("-", -1);
        if (parts.length > 2) {
            return null;
        }
        try {
            int from = Integer.parseInt(parts[0].strip());
            int to = parts.length == 2 ? Integer.parseInt(parts[1].strip()) : from;
            return from >= 0 && from <= to && to <= InboundRule.MAX_PORT ? new int[] {from, to} : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
