package dev.demarc.ui.teach;

import dev.demarc.analysis.Analyzer;
import dev.demarc.catalog.Catalog;
import dev.demarc.model.ComponentType;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The compare view: two to four services side by side as tall stacks, the demarcation line drawn across them,
 * each with a type chooser above and, below, the customer's duties, the open findings and the settings that
 * matter to responsibility. Opens on the compute spectrum (EC2, ECS on EC2, ECS on Fargate, Lambda); a lesson
 * chooser switches to another set ({@link CompareLesson}), such as EC2, RDS, S3 and CloudFront.
 *
 * <p>It holds the compared services ({@link CompareColumn}) and rebuilds the chart when one is added or
 * removed; a change inside a column only re-analyzes and animates that column.
 */
public final class CompareView extends BorderPane {

    static final int MIN = 2;
    static final int MAX = 4;

    private final Catalog catalog;
    private final Analyzer analyzer;
    private final List<CompareColumn> columns = new ArrayList<>();
    private final Button add = new Button("Add Service");
    private final ComboBox<CompareLesson> lesson = new ComboBox<>(FXCollections.observableArrayList(
            CompareLesson.ALL));

    public CompareView(Catalog catalog, Analyzer analyzer) {
        this.catalog = catalog;
        this.analyzer = analyzer;
        setId("compare-view");
        getStyleClass().add("teach-view");
        columns.addAll(CompareLesson.SPECTRUM.build(catalog, analyzer));
        lesson.setId("compare-lesson");
        lesson.setValue(CompareLesson.SPECTRUM);
        lesson.setTooltip(new Tooltip("Services to compare, each with the settings it starts from"));
        lesson.valueProperty().addListener((o, was, now) -> {
            if (now != null) {
                columns.clear();
                columns.addAll(now.build(catalog, analyzer));
                rebuild();
            }
        });
        add.setId("compare-add");
        add.setTooltip(new Tooltip("Compare one more service (up to " + MAX + ")"));
        add.setOnAction(e -> addColumn());
        Label title = new Label("Where does AWS's part end?");
        title.getStyleClass().add("teach-title");
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        HBox bar = new HBox(16, title, spring, new OwnerKey(), add);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("teach-bar");
        setTop(bar);
        rebuild();
    }

    private void addColumn() {
        if (columns.size() < MAX) {
            // The first service of the catalog not compared yet, so a new column shows something new.
            ComponentType next = catalog.types().stream().map(t -> t.type())
                    .filter(t -> columns.stream().noneMatch(c -> c.type().equals(t)))
                    .findFirst().orElse(columns.get(0).type());
            columns.add(new CompareColumn(catalog, analyzer, next));
            rebuild();
        }
    }

    private void rebuild() {
        add.setDisable(columns.size() >= MAX);
        StackChart chart = new StackChart(catalog, columns.size());
        // The lesson chooser stands in the corner above the layer names, level with the type choosers.
        HBox headers = new HBox(StackChart.GAP, corner());
        HBox footers = row();
        for (int i = 0; i < columns.size(); i++) {
            CompareColumn c = columns.get(i);
            c.attach(i, chart.column(i));
            headers.getChildren().add(c.header(columns.size() > MIN ? () -> remove(c) : null));
            footers.getChildren().add(c.footer());
        }
        VBox content = new VBox(4, headers, chart, footers);
        content.setPadding(new Insets(12, 16, 16, 16));
        ScrollPane scroll = new ScrollPane(content);
        scroll.getStyleClass().add("compare-scroll");
        scroll.setFitToWidth(true);
        setCenter(scroll);
    }

    private void remove(CompareColumn column) {
        columns.remove(column);
        rebuild();
    }

    private VBox corner() {
        Label caption = new Label("Compare");
        caption.setLabelFor(lesson);
        lesson.setMaxWidth(Double.MAX_VALUE);
        VBox corner = new VBox(2, caption, lesson);
        corner.setPrefWidth(StackChart.AXIS - StackChart.GAP);
        corner.setMinWidth(StackChart.AXIS - StackChart.GAP);
        corner.setMaxWidth(StackChart.AXIS - StackChart.GAP);
        return corner;
    }

    /** A row aligned with the chart's columns: the axis' width empty, then one cell per column. */
    private static HBox row() {
        HBox row = new HBox(StackChart.GAP);
        row.setPadding(new Insets(0, 0, 0, StackChart.AXIS));
        row.setAlignment(Pos.TOP_LEFT);
        return row;
    }
}
