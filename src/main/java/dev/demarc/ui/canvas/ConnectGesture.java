package dev.demarc.ui.canvas;

import dev.demarc.model.Component;
import dev.demarc.ui.editor.EditorModel;
import java.util.Optional;
import javafx.geometry.Point2D;
import javafx.scene.input.MouseEvent;
import javafx.scene.shape.Line;

/**
 * Drags a new connection from a component's connection handle: a preview line follows the pointer, and a
 * release over another component makes one "Connect" edit. A release anywhere else leaves a hint.
 */
final class ConnectGesture implements MouseGesture {

    private final DiagramCanvas canvas;
    private final EditorModel model;
    private final String from;
    private final Line line;

    ConnectGesture(DiagramCanvas canvas, EditorModel model, Handles.Handle handle, Point2D pressModel) {
        this.canvas = canvas;
        this.model = model;
        this.from = handle.componentId();
        this.line = new Line(pressModel.getX(), pressModel.getY(), pressModel.getX(), pressModel.getY());
        line.getStyleClass().add("connect-preview");
        canvas.feedbackLayer().getChildren().add(line);
    }

    @Override
    public void dragged(MouseEvent e) {
        Point2D now = canvas.toModel(e.getX(), e.getY());
        line.setEndX(now.getX());
        line.setEndY(now.getY());
        e.consume();
    }

    @Override
    public void released(MouseEvent e) {
        e.consume();
        canvas.feedbackLayer().getChildren().remove(line);
        Point2D now = canvas.toModel(e.getX(), e.getY());
        Optional<Component> target = canvas.componentAtDisplay(now.getX(), now.getY());
        if (target.isEmpty() || target.get().id().equals(from)) {
            model.hint("Drop the connection on another component to connect them.");
            return;
        }
        String to = target.get().id();
        model.apply("Connect", d -> model.edits().connect(d, from, to));
    }
}
