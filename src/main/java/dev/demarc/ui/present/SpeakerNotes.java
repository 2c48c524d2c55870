package dev.demarc.ui.present;

import dev.demarc.catalog.ExamSignal;
import dev.demarc.catalog.TypeSpec;
import dev.demarc.model.Component;
import dev.demarc.ui.editor.EditorModel;
import dev.demarc.ui.look.Theme;
import java.util.LinkedHashSet;
import java.util.Set;
import javafx.beans.property.IntegerProperty;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

/**
 * The presenter's own window (N while presenting; put it on the laptop screen): the current step in words,
 * and the catalog's exam questions and answers for every type on the diagram, to ask the class.
 */
final class SpeakerNotes extends Stage {

    SpeakerNotes(Window owner, EditorModel model, IntegerProperty step) {
        initOwner(owner);
        setTitle("Speaker Notes - Demarc");
        Label current = new Label();
        current.setId("notes-step");
        current.setWrapText(true);
        current.getStyleClass().add("notes-step");
        Runnable update = () -> current.setText(Steps.spoken(step.get(), model.catalog(), model.analysis(),
                model.diagram().title() == null ? "" : model.diagram().title()));
        ChangeListener<Number> follow = (o, a, b) -> update.run();
        step.addListener(follow);
        // Removed on close: the step outlives every notes window.
        addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> step.removeListener(follow));
        update.run();
        VBox content = new VBox(10, current);
        content.setPadding(new Insets(16));
        Set<TypeSpec> types = new LinkedHashSet<>();
        for (Component c : model.diagram().components()) {
            types.add(model.catalog().spec(c.type()));
        }
        for (TypeSpec t : types) {
            if (t.examSignals().isEmpty()) {
                continue;
            }
            Label heading = new Label(t.name());
            heading.getStyleClass().add("notes-heading");
            content.getChildren().add(heading);
            for (ExamSignal s : t.examSignals()) {
                Label q = new Label("Q: " + s.question());
                q.setWrapText(true);
                q.getStyleClass().add("notes-question");
                Label a = new Label("A: " + s.answer());
                a.setWrapText(true);
                content.getChildren().addAll(q, a);
            }
        }
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setId("speaker-notes");
        Scene scene = new Scene(scroll, 520, 640);
        scene.getStylesheets().addAll(owner.getScene().getStylesheets().stream()
                .filter(sheet -> !sheet.endsWith("high-contrast.css")).toList());
        Theme.follow(scene);
        setScene(scene);
    }
}
