package dev.demarc.ui.inspector;

import dev.demarc.model.Cidr;
import dev.demarc.model.InboundRule;
import dev.demarc.model.Protocol;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;

/**
 * One rule's controls in the rules dialog: protocol, port, source and a Remove button. The text stays as
 * typed until OK; {@link #problem()} says what keeps it from being a rule.
 */
final class RuleRow {

    private final ChoiceBox<Protocol> protocol = new ChoiceBox<>(FXCollections.observableArrayList(Protocol.values()));
    private final TextField port = new TextField();
    private final TextField source = new TextField();
    private final Button remove = new Button("Remove");
    /** Whether the user has changed anything in this row; until then its problem is not shown. */
    private boolean touched;

    /** A row showing {@code rule}, or an empty tcp rule when it is null. */
    RuleRow(InboundRule rule, Runnable changed, Consumer<RuleRow> onRemove) {
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
        port.setText(rule == null || rule.protocol() == Protocol.ALL ? "" : Integer.toString(rule.port()));
        port.setPrefColumnCount(6);
        port.setPromptText("e.g. 443");
        source.setText(rule == null ? "" : rule.source());
        source.setPrefColumnCount(14);
        source.setPromptText("e.g. 10.0.0.0/16");
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
        source.textProperty().addListener((obs, old, now) -> {
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
        port.setPromptText(all ? "all" : "e.g. 443");
    }

    /** Puts the row's controls in grid row {@code gridRow} and names them for rule number {@code number}. */
    void place(GridPane grid, int gridRow, int number) {
        String id = "rule-" + number;
        protocol.setId(id + "-protocol");
        protocol.setAccessibleText("Rule " + number + " protocol");
        port.setId(id + "-port");
        port.setAccessibleText("Rule " + number + " port");
        source.setId(id + "-source");
        source.setAccessibleText("Rule " + number + " source CIDR");
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
        (port.isDisabled() ? source : port).requestFocus();
    }

    /** What is wrong with the row, phrased to follow "Rule 2: ", or empty when it is a valid rule. */
    Optional<String> problem() {
        if (protocol.getValue() != Protocol.ALL && parsePort().isEmpty()) {
            return Optional.of("the port must be a whole number from 0 to " + InboundRule.MAX_PORT);
        }
        return Cidr.problem(source.getText().strip()).map(problem ->
                "the source must be a CIDR block such as 10.0.0.0/16, or 0.0.0.0/0 for anyone: " + problem);
    }

    /** The rule; only call when {@link #problem()} is empty. */
    InboundRule rule() {
        Protocol p = protocol.getValue();
        int n = p == Protocol.ALL ? 0 : parsePort().orElseThrow();
        return new InboundRule(p, n, source.getText().strip());
    }

    private Optional<Integer> parsePort() {
        try {
            int n = Integer.parseInt(port.getText().strip());
            return n >= 0 && n <= InboundRule.MAX_PORT ? Optional.of(n) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
