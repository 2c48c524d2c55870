package dev.demarc.ui.findings;

import dev.demarc.analysis.Finding;
import dev.demarc.ui.editor.EditorModel;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * The findings of the open diagram, worst first. Selecting one selects its components on the canvas and
 * brings them into view. Follows the model's analysis live.
 */
public final class FindingsView extends ListView<Finding> {

    /**
     * @param reveal called with a finding to bring its components into view
     */
    public FindingsView(EditorModel model, Consumer<Finding> reveal) {
        setId("findings");
        getStyleClass().add("findings-list");
        setPlaceholder(new Label("No findings: nothing on this diagram is the customer's mistake."));
        getItems().setAll(model.analysis().findings());
        model.analysisProperty().addListener((o, a, b) -> getItems().setAll(b.findings()));
        setCellFactory(v -> new FindingCell());
        getSelectionModel().selectedItemProperty().addListener((o, a, f) -> {
            if (f != null) {
                model.select(f.components());
                reveal.accept(f);
            }
        });
        setAccessibleText("Findings");
    }

    private static final class FindingCell extends ListCell<Finding> {

        private final Label severity = new Label();
        private final Label message = new Label();
        private final Label category = new Label();
        private final HBox row = new HBox(10, severity, message, category);

        FindingCell() {
            severity.getStyleClass().add("severity-chip");
            severity.setMinWidth(78);
            severity.setAlignment(Pos.CENTER);
            category.getStyleClass().add("finding-category");
            category.setMinWidth(Label.USE_PREF_SIZE);
            message.setMaxWidth(Double.MAX_VALUE);
            message.setWrapText(true);
            // Wrap long messages inside the list's width instead of scrolling sideways.
            row.setMinWidth(0);
            row.setPrefWidth(1);
            HBox.setHgrow(message, Priority.ALWAYS);
            row.setAlignment(Pos.CENTER_LEFT);
        }

        @Override
        protected void updateItem(Finding f, boolean empty) {
            super.updateItem(f, empty);
            if (empty || f == null) {
                setGraphic(null);
                setTooltip(null);
                setAccessibleText(null);
                return;
            }
            severity.setText(f.severity().name());
            severity.getStyleClass().removeIf(s -> s.startsWith("severity-") && !s.equals("severity-chip"));
            severity.getStyleClass().add("severity-" + f.severity().name().toLowerCase(Locale.ROOT));
            message.setText(f.message());
            category.setText(f.category().displayName());
            setGraphic(row);
            setTooltip(new Tooltip(f.message() + "\n\nFix: " + f.remediation() + "\n\nRule: " + f.rule()
                    + (f.references().isEmpty() ? "" : "\nScanner checks: " + String.join(", ", f.references()))));
            setAccessibleText(f.severity().displayName() + " finding: " + f.message());
        }
    }
}
