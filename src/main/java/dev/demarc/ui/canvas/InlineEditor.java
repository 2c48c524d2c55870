package dev.demarc.ui.canvas;

import dev.demarc.edit.Geometry;
import dev.demarc.model.Component;
import dev.demarc.model.Connection;
import dev.demarc.ui.editor.EditorModel;
import java.util.function.Consumer;
import javafx.geometry.Point2D;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;

/**
 * Renames a component or labels a connection in place: a text field over the item, committed with Enter
 * or by clicking elsewhere, abandoned with Escape. The commit is one undoable edit.
 */
final class InlineEditor {

    private final DiagramCanvas canvas;
    private final EditorModel model;
    private TextField field;
    private Consumer<String> onCommit;

    InlineEditor(DiagramCanvas canvas, EditorModel model) {
        this.canvas = canvas;
        this.model = model;
    }

    boolean isEditing() {
        return field != null;
    }

    void editLabel(String id) {
        Component c = model.diagram().component(id).orElse(null);
        if (c == null) {
            return;
        }
        double width = Math.max(160, model.catalog().spec(c.type()).width(c) - 20);
        Geometry.Rect at = canvas.displayRect(c);
        open(c.displayLabel(), at.x() + 10, at.y() + 8, width,
                text -> model.apply("Rename " + c.displayLabel(), d -> model.edits().setLabel(d, id, text)));
    }

    void editConnectionLabel(String id, Point2D at) {
        Connection k = model.diagram().connections().stream().filter(x -> x.id().equals(id)).findFirst().orElse(null);
        if (k == null) {
            return;
        }
        open(k.label() == null ? "" : k.label(), at.getX() - 80, at.getY() - 14, 160,
                text -> model.apply("Label connection", d -> model.edits().setConnectionLabel(d, id, text)));
    }

    private void open(String text, double x, double y, double width, Consumer<String> commit) {
        cancel();
        field = new TextField(text);
        field.setId("inline-editor");
        field.getStyleClass().add("inline-editor");
        field.relocate(x, y);
        field.setPrefWidth(width);
        onCommit = commit;
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                commit();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                cancel();
                e.consume();
            }
        });
        field.focusedProperty().addListener((o, was, is) -> {
            if (!is && field != null) {
                commit();
            }
        });
        canvas.handleLayer().getChildren().add(field);
        field.requestFocus();
        field.selectAll();
    }

    void commit() {
        if (field == null) {
            return;
        }
        String text = field.getText();
        Consumer<String> action = onCommit;
        close();
        action.accept(text);
    }

    void cancel() {
        close();
    }

    private void close() {
        TextField f = field;
        field = null;
        onCommit = null;
        if (f != null) {
            canvas.handleLayer().getChildren().remove(f);
            canvas.requestFocus();
        }
    }
}
