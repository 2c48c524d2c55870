package dev.demarc.ui.findings;

import dev.demarc.analysis.Checklist;
import dev.demarc.analysis.Finding;
import dev.demarc.analysis.ScannerCheck;
import dev.demarc.analysis.Severity;
import dev.demarc.catalog.Duty;
import dev.demarc.model.Diagram;
import dev.demarc.ui.editor.EditorModel;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The findings of the open diagram as a table: sortable by any column (worst first by default) and
 * filterable by severity, category and text (message, rule or component). Clicking a finding selects its
 * components and brings them into view. Follows the model's analysis live.
 */
public final class FindingsView extends VBox {

    private final EditorModel model;
    private final ObservableList<Finding> all = FXCollections.observableArrayList();
    private final FilteredList<Finding> filtered = new FilteredList<>(all);
    private final TableView<Finding> table = new TableView<>();
    private final TextField search = new TextField();
    private final ChoiceBox<Severity> severity = new ChoiceBox<>();
    private final ChoiceBox<Duty> category = new ChoiceBox<>();
    private final Label count = new Label();

    /**
     * @param reveal called with a finding to bring its components into view
     */
    public FindingsView(EditorModel model, Consumer<Finding> reveal) {
        this.model = model;
        getStyleClass().add("findings-view");
        table.setId("findings");
        table.getStyleClass().add("findings-table");
        Label placeholder = new Label();
        placeholder.setId("findings-placeholder");
        placeholder.textProperty().bind(Bindings.createStringBinding(() ->
                model.diagram().components().isEmpty()
                        ? "Nothing to check yet: this diagram has no components. Drag one from the palette."
                        : "No findings: nothing on this diagram is the customer's mistake.",
                model.diagramProperty()));
        table.setPlaceholder(placeholder);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(severityColumn(), categoryColumn(), componentsColumn(), ruleColumn(),
                messageColumn());
        table.setRowFactory(t -> new FindingRow(id -> model.analysis().preconditions(id)));
        SortedList<Finding> sorted = new SortedList<>(filtered);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.getSortOrder().add(table.getColumns().get(0));
        table.setAccessibleText("Findings");
        table.setTableMenuButtonVisible(true);
        table.getSelectionModel().selectedItemProperty().addListener((o, a, f) -> {
            if (f != null) {
                model.select(f.components());
                reveal.accept(f);
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);
        table.setMinHeight(0);
        setMinHeight(0);
        getChildren().addAll(filterBar(), table);
        all.setAll(model.analysis().findings());
        model.analysisProperty().addListener((o, a, b) -> all.setAll(b.findings()));
        filtered.predicateProperty().addListener((o, a, b) -> updateCount());
        all.addListener((ListChangeListener<Finding>) c -> updateCount());
        updateCount();
    }

    /** The finding selected in the table, or null; the overlay draws its exposure path. */
    public ReadOnlyObjectProperty<Finding> selectedFindingProperty() {
        return table.getSelectionModel().selectedItemProperty();
    }

    /** Moves the keyboard focus to the table, selecting its first row when none is selected. */
    public void focusTable() {
        table.requestFocus();
        if (table.getSelectionModel().isEmpty() && !table.getItems().isEmpty()) {
            table.getFocusModel().focus(0);
        }
    }

    private HBox filterBar() {
        search.setId("findings-search");
        search.setPromptText("Filter by text, rule or component");
        search.setAccessibleText("Filter findings by text");
        search.setMinWidth(120);
        HBox.setHgrow(search, Priority.ALWAYS);
        severity.setId("findings-severity");
        severity.getItems().add(null);
        severity.getItems().addAll(Severity.values());
        severity.setConverter(converter("All severities", s -> "At least " + s.displayName().toLowerCase(Locale.ROOT)));
        severity.setAccessibleText("Show findings at least this severe");
        severity.setPrefWidth(160);
        category.setId("findings-category");
        category.getItems().add(null);
        category.getItems().addAll(Duty.values());
        category.setConverter(converter("All duties", Duty::displayName));
        category.setAccessibleText("Show findings of one duty");
        category.setPrefWidth(140);
        search.textProperty().addListener((o, a, b) -> refilter());
        severity.valueProperty().addListener((o, a, b) -> refilter());
        category.valueProperty().addListener((o, a, b) -> refilter());
        count.setId("findings-count");
        count.getStyleClass().add("findings-count");
        HBox bar = new HBox(8, search, severity, category, count);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 6, 4, 6));
        return bar;
    }

    private void refilter() {
        String text = search.getText() == null ? "" : search.getText().strip().toLowerCase(Locale.ROOT);
        Severity atLeast = severity.getValue();
        Duty duty = category.getValue();
        filtered.setPredicate(f -> (atLeast == null || f.severity().atLeast(atLeast))
                && (duty == null || f.category() == duty)
                && (text.isEmpty() || matches(f, text)));
    }

    private boolean matches(Finding f, String text) {
        return f.message().toLowerCase(Locale.ROOT).contains(text) || f.rule().contains(text)
                || f.components().stream().anyMatch(id -> id.toLowerCase(Locale.ROOT).contains(text)
                        || componentLabel(id).toLowerCase(Locale.ROOT).contains(text));
    }

    private void updateCount() {
        count.setText(filtered.size() == all.size() ? all.size() + (all.size() == 1 ? " finding" : " findings")
                : filtered.size() + " of " + all.size() + " shown");
    }

    private String componentLabel(String id) {
        Diagram d = model.diagram();
        return d.component(id).map(c -> c.displayLabel()).orElse(id);
    }

    private TableColumn<Finding, Severity> severityColumn() {
        TableColumn<Finding, Severity> column = new TableColumn<>("Severity");
        column.setId("findings-column-severity");
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().severity()));
        column.setComparator(Comparator.naturalOrder());
        column.setCellFactory(c -> new SeverityCell());
        column.setMinWidth(96);
        column.setMaxWidth(110);
        return column;
    }

    private TableColumn<Finding, Duty> categoryColumn() {
        TableColumn<Finding, Duty> column = new TableColumn<>("Duty");
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().category()));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Duty duty, boolean empty) {
                super.updateItem(duty, empty);
                setText(empty || duty == null ? null : duty.displayName());
            }
        });
        column.setMinWidth(90);
        column.setMaxWidth(120);
        return column;
    }

    private TableColumn<Finding, String> componentsColumn() {
        TableColumn<Finding, String> column = new TableColumn<>("Component");
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().components().stream()
                .map(this::componentLabel).collect(Collectors.joining(", "))));
        column.setMinWidth(110);
        column.setPrefWidth(150);
        column.setMaxWidth(200);
        return column;
    }

    private TableColumn<Finding, String> ruleColumn() {
        TableColumn<Finding, String> column = new TableColumn<>("Rule");
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().rule()));
        column.setMinWidth(120);
        column.setMaxWidth(240);
        column.setVisible(false);
        return column;
    }

    private TableColumn<Finding, String> messageColumn() {
        TableColumn<Finding, String> column = new TableColumn<>("Finding");
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().message()));
        column.setSortable(false);
        return column;
    }

    private static <T> StringConverter<T> converter(String none, Function<T, String> name) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? none : name.apply(value);
            }

            @Override
            public T fromString(String text) {
                throw new UnsupportedOperationException("choices are picked, not typed");
            }
        };
    }

    /** The severity as a coloured chip with its name: colour is never the only cue. */
    private static final class SeverityCell extends TableCell<Finding, Severity> {
        private final Label chip = new Label();

        SeverityCell() {
            chip.getStyleClass().add("severity-chip");
            chip.setMinWidth(78);
            chip.setAlignment(Pos.CENTER);
        }

        @Override
        protected void updateItem(Severity s, boolean empty) {
            super.updateItem(s, empty);
            if (empty || s == null) {
                setGraphic(null);
                return;
            }
            chip.setText(s.name());
            chip.getStyleClass().removeIf(c -> c.startsWith("severity-") && !c.equals("severity-chip"));
            chip.getStyleClass().add("severity-" + s.name().toLowerCase(Locale.ROOT));
            setGraphic(chip);
        }
    }

    /**
     * A row whose tooltip and accessible text give the whole finding, fix and scanner ids included; for an
     * exposure finding, the tooltip adds the exposure rules' conditions for its component as a checklist.
     */
    private static final class FindingRow extends TableRow<Finding> {

        private final Function<String, List<Checklist>> preconditions;
        /** One per row, its text changed as the row is reused: a new Tooltip costs a popup scene each time. */
        private final Tooltip tip = new Tooltip();

        FindingRow(Function<String, List<Checklist>> preconditions) {
            this.preconditions = preconditions;
            tip.setWrapText(true);
            tip.setMaxWidth(560);
        }

        @Override
        protected void updateItem(Finding f, boolean empty) {
            super.updateItem(f, empty);
            if (empty || f == null) {
                setTooltip(null);
                setAccessibleText(null);
                return;
            }
            tip.setText(f.message() + "\n\nFix: " + f.remediation() + "\n\nRule: " + f.rule()
                    + (f.references().isEmpty() ? "" : "\nScanner checks: " + ScannerCheck.labels(f.references()))
                    + checklists(f));
            setTooltip(tip);
            setAccessibleText(f.severity().displayName() + " finding: " + f.message());
        }

        private String checklists(Finding f) {
            if (f.category() != Duty.EXPOSE || f.components().isEmpty()) {
                return "";
            }
            StringBuilder out = new StringBuilder();
            for (Checklist c : preconditions.apply(f.components().get(0))) {
                out.append("\n\n").append(c.text());
            }
            return out.toString();
        }
    }
}
