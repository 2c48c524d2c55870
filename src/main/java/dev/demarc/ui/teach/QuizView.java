package dev.demarc.ui.teach;

import dev.demarc.analysis.Analysis;
import dev.demarc.analysis.Analyzer;
import dev.demarc.analysis.ComponentAnalysis;
import dev.demarc.catalog.Catalog;
import dev.demarc.catalog.TypeSpec;
import dev.demarc.model.ComponentType;
import dev.demarc.model.Properties;
import dev.demarc.quiz.LayerQuiz;
import dev.demarc.quiz.QuizResults;
import dev.demarc.quiz.ResultsFiles;
import dev.demarc.quiz.Specimen;
import dev.demarc.ui.editor.EditorModel;
import dev.demarc.ui.files.Dialogs;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The quiz window: who the student is, what the layer quiz asks about (the diagram open in the editor, or one
 * service of a chosen type), the layer quiz and the exam question deck in two tabs, and saving the results as
 * JSON or CSV for the instructor. The right answers come from the analyzer and the catalog; this view only
 * asks and shows.
 */
public final class QuizView extends BorderPane {

    /** What the layer quiz is about: the open diagram ({@code type} null) or one service of a type. */
    record Subject(String label, ComponentType type) {
        @Override
        public String toString() {
            return label;
        }
    }

    private final EditorModel model;
    private final Analyzer analyzer;
    private final Dialogs dialogs;
    private final Clock clock;
    private final TextField student = new TextField();
    private final ComboBox<Subject> subject = new ComboBox<>();
    private final LayerQuizPane layers;
    private final DeckPane deck;
    private final Label status = new Label();

    public QuizView(EditorModel model, Analyzer analyzer, Dialogs dialogs) {
        this(model, analyzer, dialogs, Clock.systemUTC(), new Random().nextInt(1_000_000));
    }

    QuizView(EditorModel model, Analyzer analyzer, Dialogs dialogs, Clock clock, long seed) {
        this.model = model;
        this.analyzer = analyzer;
        this.dialogs = dialogs;
        this.clock = clock;
        Catalog catalog = model.catalog();
        setId("quiz-view");
        getStyleClass().add("teach-view");
        layers = new LayerQuizPane(t -> catalog.spec(t).shortName());
        deck = new DeckPane(catalog, seed);
        student.setId("quiz-student");
        student.setPromptText("Your name");
        Label who = new Label("Student:");
        who.setLabelFor(student);
        subject.setId("quiz-subject");
        subject.setItems(FXCollections.observableArrayList(subjects(catalog)));
        subject.valueProperty().addListener((o, a, now) -> {
            if (now != null) {
                layers.show(quizOn(now));
                deck.askAbout(now.type() == null ? Set.of() : Set.of(now.type()));
            }
        });
        Label on = new Label("Quiz on:");
        on.setLabelFor(subject);
        Label title = new Label("Quiz");
        title.getStyleClass().add("teach-title");
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        HBox top = new HBox(10, title, spring, who, student, on, subject);
        top.setAlignment(Pos.CENTER_LEFT);
        top.getStyleClass().add("teach-bar");
        setTop(top);
        Tab layerTab = new Tab("Layers", layers);
        layerTab.setId("quiz-tab-layers");
        Tab deckTab = new Tab("Exam Questions", deck);
        deckTab.setId("quiz-tab-deck");
        TabPane tabs = new TabPane(layerTab, deckTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("quiz-tabs");
        setCenter(tabs);
        BorderPane.setMargin(tabs, new Insets(8, 16, 0, 16));
        Button json = new Button("Save Results as JSON...");
        json.setId("quiz-save-json");
        json.setOnAction(e -> save("json"));
        Button csv = new Button("Save Results as CSV...");
        csv.setId("quiz-save-csv");
        csv.setOnAction(e -> save("csv"));
        status.setId("quiz-status");
        HBox bottom = new HBox(10, json, csv, status);
        bottom.setAlignment(Pos.CENTER_LEFT);
        bottom.setPadding(new Insets(10, 16, 12, 16));
        setBottom(bottom);
        subject.getSelectionModel().select(0);
        sceneProperty().addListener((o, a, scene) -> {
            if (scene != null) {
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN),
                        layers::check);
            }
        });
    }

    /** The open diagram first when it has components, then one service of each catalog type. */
    private List<Subject> subjects(Catalog catalog) {
        List<Subject> out = new ArrayList<>();
        int n = model.diagram().components().size();
        if (n > 0) {
            out.add(new Subject("The open diagram (" + n + (n == 1 ? " component)" : " components)"), null));
        }
        for (TypeSpec t : catalog.types()) {
            out.add(new Subject("One " + t.shortName() + " (" + t.name() + ")", t.type()));
        }
        return out;
    }

    private LayerQuiz quizOn(Subject s) {
        Catalog catalog = model.catalog();
        if (s.type() == null) {
            return LayerQuiz.of(catalog, model.analysis().components());
        }
        Analysis analysis = analyzer.analyze(Specimen.of(catalog, s.type(), Properties.empty()));
        ComponentAnalysis only = analysis.component(Specimen.ID).orElseThrow();
        return LayerQuiz.of(catalog, List.of(only));
    }

    private void save(String extension) {
        // The student's own documents folder and a name of their own, so students sharing a folder (or the
        // samples folder) do not overwrite each other's results.
        Path folder = ResultsFiles.defaultFolder(Path.of(System.getProperty("user.home")));
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneId.systemDefault());
        String name = ResultsFiles.defaultName(student.getText(), today, extension);
        String description = extension.equals("json") ? "Quiz results (*.json)" : "Quiz results (*.csv)";
        dialogs.chooseExportFile(folder, name, description, extension).ifPresent(target -> {
            QuizResults results = new QuizResults(student.getText().trim(), Instant.now(clock),
                    subject.getValue().label(), layers.quiz(), deck.deck());
            try {
                if (extension.equals("json")) {
                    ResultsFiles.writeJson(results, target);
                } else {
                    ResultsFiles.writeCsv(results, target);
                }
                status.setText("Results saved to " + target);
            } catch (IOException e) {
                dialogs.showError("Results not saved", "The quiz results could not be written to " + target + ": "
                        + e.getMessage());
            }
        });
    }

    /** Puts the keyboard on the first question, so the number keys answer straight away. */
    void focusQuestions() {
        layers.focusFirst();
    }
}
