package dev.demarc.ui.teach;

import dev.demarc.analysis.Analyzer;
import dev.demarc.analysis.ComponentAnalysis;
import dev.demarc.analysis.Finding;
import dev.demarc.catalog.Catalog;
import dev.demarc.catalog.Duty;
import dev.demarc.catalog.Layer;
import dev.demarc.catalog.LayerVariant;
import dev.demarc.catalog.PropertyKind;
import dev.demarc.catalog.PropertySpec;
import dev.demarc.catalog.TypeSpec;
import dev.demarc.model.Component;
import dev.demarc.model.ComponentType;
import dev.demarc.model.Properties;
import dev.demarc.model.PropertyValue;
import dev.demarc.quiz.Specimen;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javafx.animation.FadeTransition;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * One compared service: its type, the settings the user changed, and the controls for them, above and below
 * its {@link StackColumn}. Every change re-runs the real analyzer on a {@link Specimen} of the type and shows
 * the result: the stack, the customer's duties, and the open findings. The settings offered are the type's
 * true/false and choice properties from the catalog, grouped by the duty they belong to.
 */
final class CompareColumn {

    private final Catalog catalog;
    private final Analyzer analyzer;
    private ComponentType type;
    private Properties properties;
    private final Label lineSettings = new Label();
    private StackColumn stack;
    private DutyChips duties;
    private Label findings;
    private Label moved;
    private VBox settings;
    private int index;

    CompareColumn(Catalog catalog, Analyzer analyzer, ComponentType type) {
        this(catalog, analyzer, type, Properties.empty());
    }

    /** A column that starts from {@code properties} (ECS on Fargate, say) rather than the catalog defaults. */
    CompareColumn(Catalog catalog, Analyzer analyzer, ComponentType type, Properties properties) {
        this.catalog = catalog;
        this.analyzer = analyzer;
        this.type = type;
        this.properties = properties;
    }

    ComponentType type() {
        return type;
    }

    /** Binds this service to column {@code i} of a new chart and builds its controls; shows it at once. */
    void attach(int i, StackColumn column) {
        index = i;
        stack = column;
        duties = new DutyChips("compare-duties-" + i);
        findings = new Label();
        findings.setId("compare-findings-" + i);
        findings.getStyleClass().add("compare-findings");
        findings.setWrapText(true);
        moved = new Label();
        moved.setId("compare-moved-" + i);
        moved.getStyleClass().add("compare-moved");
        moved.setWrapText(true);
        settings = new VBox(4);
        settings.setId("compare-settings-" + i);
        settings.getStyleClass().add("compare-settings");
        fillSettings();
        analyze(false);
    }

    /** The type chooser and, when the view allows it, a remove button. */
    Node header(Runnable remove) {
        ComboBox<TypeSpec> chooser = new ComboBox<>(FXCollections.observableArrayList(catalog.types()));
        chooser.setId("compare-type-" + index);
        chooser.getStyleClass().add("compare-type");
        chooser.setConverter(new StringConverter<>() {
            @Override
            public String toString(TypeSpec spec) {
                return spec == null ? "" : spec.shortName();
            }

            @Override
            public TypeSpec fromString(String text) {
                return null;
            }
        });
        chooser.setValue(catalog.spec(type));
        chooser.setMaxWidth(Double.MAX_VALUE);
        // Every type in view at once: a list of a dozen services should not hide its last ones behind a scroll.
        chooser.setVisibleRowCount(catalog.types().size());
        chooser.setTooltip(new Tooltip("The service shown in this column"));
        chooser.valueProperty().addListener((o, a, now) -> {
            if (now != null && !now.type().equals(type)) {
                type = now.type();
                properties = Properties.empty();
                fillSettings();
                analyze(true);
                // Another service, not a setting: every band may differ, and none of them "moved".
                moved.setText("");
            }
        });
        HBox.setHgrow(chooser, Priority.ALWAYS);
        HBox row = new HBox(6, chooser);
        row.setAlignment(Pos.CENTER_LEFT);
        if (remove != null) {
            Button close = new Button("\u2715");
            close.setId("compare-remove-" + index);
            close.setTooltip(new Tooltip("Remove this column"));
            close.setOnAction(e -> remove.run());
            row.getChildren().add(close);
        }
        lineSettings.setId("compare-line-settings-" + index);
        lineSettings.getStyleClass().add("compare-line-settings");
        lineSettings.setWrapText(true);
        lineSettings.managedProperty().bind(lineSettings.visibleProperty());
        VBox header = new VBox(2, row, lineSettings);
        header.setPrefWidth(StackChart.COLUMN);
        header.setMinWidth(StackChart.COLUMN);
        header.setMaxWidth(StackChart.COLUMN);
        return header;
    }

    /** Duties, open findings and the settings that can move the line, under the column. */
    Node footer() {
        VBox box = new VBox(6, moved, heading("Your duties"), duties, findings, heading("Settings"), settings);
        box.getStyleClass().add("compare-footer");
        box.setPrefWidth(StackChart.COLUMN);
        box.setMinWidth(StackChart.COLUMN);
        box.setMaxWidth(StackChart.COLUMN);
        return box;
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("compare-heading");
        return l;
    }

    private void fillSettings() {
        settings.getChildren().clear();
        TypeSpec spec = catalog.spec(type);
        Component shown = component();
        for (Duty duty : Duty.values()) {
            List<PropertySpec> specs = spec.properties().stream().filter(p -> p.duty() == duty)
                    .filter(p -> p.kind() == PropertyKind.BOOLEAN || p.kind() == PropertyKind.CHOICE
                            || p.kind() == PropertyKind.INTEGER).toList();
            if (specs.isEmpty()) {
                continue;
            }
            Label group = new Label(catalog.duty(duty).name());
            group.getStyleClass().add("compare-duty-group");
            settings.getChildren().add(group);
            for (PropertySpec p : specs) {
                settings.getChildren().add(editor(p, spec.effective(shown, p.name())));
            }
        }
    }

    private Node editor(PropertySpec p, PropertyValue value) {
        String id = "compare-" + index + "-" + p.name();
        Tooltip help = new Tooltip(catalog.spec(type).helpWithChanges(component(), p));
        help.setWrapText(true);
        help.setMaxWidth(420);
        if (p.kind() == PropertyKind.BOOLEAN) {
            CheckBox box = new CheckBox(p.label());
            box.setId(id);
            box.setWrapText(true);
            box.setSelected(value instanceof PropertyValue.Bool b && b.value());
            box.setTooltip(help);
            box.selectedProperty().addListener((o, a, now) -> set(p.name(), new PropertyValue.Bool(now)));
            return box;
        }
        if (p.kind() == PropertyKind.INTEGER) {
            // A number such as RDS backup retention: 0 days moves backup from shared to the customer.
            Spinner<Integer> spinner = new Spinner<>((int) p.min(), (int) p.max(),
                    (int) ((PropertyValue.Int) value).value());
            spinner.setId(id);
            spinner.setTooltip(help);
            spinner.setPrefWidth(110);
            spinner.valueProperty().addListener((o, a, now) -> set(p.name(), new PropertyValue.Int(now)));
            Label label = new Label(p.label());
            label.setWrapText(true);
            label.setLabelFor(spinner);
            return new VBox(2, label, spinner);
        }
        ComboBox<String> choice = new ComboBox<>(FXCollections.observableArrayList(
                catalog.spec(type).choicesOf(component(), p)));
        choice.setId(id);
        choice.setValue(value.display());
        choice.setTooltip(help);
        choice.valueProperty().addListener((o, a, now) -> set(p.name(), new PropertyValue.Text(now)));
        Label label = new Label(p.label());
        label.setWrapText(true);
        label.setLabelFor(choice);
        VBox row = new VBox(2, label, choice);
        return row;
    }

    private void set(String name, PropertyValue value) {
        properties = catalog.spec(type).withProperty(properties, name, value);
        boolean following = catalog.spec(type).properties().stream().anyMatch(p -> name.equals(p.choicesFrom()));
        if (following) {
            // Another engine offers other versions: show the new engine's.
            fillSettings();
        }
        analyze(true);
    }

    private Component component() {
        return Specimen.of(catalog, type, properties).component(Specimen.ID).orElseThrow();
    }

    /**
     * "Launch type: FARGATE": the settings of this column that move the line (the catalog's layer variants), so
     * two columns of one service (ECS on EC2 and on Fargate) say at the top what tells them apart.
     */
    private void showLineSettings() {
        TypeSpec spec = catalog.spec(type);
        Component c = component();
        String text = Arrays.stream(Layer.values()).flatMap(l -> spec.layer(l).variants().stream())
                .map(LayerVariant::property).distinct()
                .map(name -> spec.property(name).map(PropertySpec::label).orElse(name) + ": "
                        + spec.effective(c, name).display())
                .collect(Collectors.joining("; "));
        lineSettings.setText(text);
        lineSettings.setVisible(!text.isEmpty());
    }

    private void analyze(boolean animate) {
        showLineSettings();
        ComponentAnalysis result = analyzer.analyze(Specimen.of(catalog, type, properties))
                .component(Specimen.ID).orElseThrow();
        List<StackColumn.Move> moves = stack.show(result, animate);
        if (animate) {
            moved.setText(Moves.sentence(catalog, catalog.spec(type).shortName(), moves));
            if (!moves.isEmpty()) {
                ScrollIntoView.show(stack.band(moves.get(0).layer()));
            }
        }
        duties.show(result.duties());
        List<Finding> open = result.findings();
        String text = open.isEmpty() ? "No open findings" : open.size() == 1 ? "1 open finding"
                : open.size() + " open findings";
        if (animate && !text.equals(findings.getText())) {
            // A short flash, so the eye finds what a setting changed below the stack too.
            FadeTransition flash = new FadeTransition(StackColumn.CHANGE, findings);
            flash.setFromValue(0.15);
            flash.setToValue(1);
            flash.play();
        }
        findings.setText(text);
        findings.getStyleClass().removeIf(c -> c.startsWith("findings-"));
        findings.getStyleClass().add(open.isEmpty() ? "findings-none" : "findings-open");
        findings.setTooltip(open.isEmpty() ? null : new Tooltip(open.stream()
                .map(f -> f.severity().name().toLowerCase(Locale.ROOT) + ": " + f.message())
                .collect(Collectors.joining("\n"))));
    }
}
