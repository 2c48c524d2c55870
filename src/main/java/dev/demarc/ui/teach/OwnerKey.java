package dev.demarc.ui.teach;

import dev.demarc.catalog.Owner;
import dev.demarc.ui.overlay.OwnerSwatch;
import javafx.geometry.Pos;
import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Line;

/** The key to the teaching windows' colours: the four owners as the bands draw them, and the line. */
final class OwnerKey extends HBox {

    OwnerKey() {
        super(10);
        setAlignment(Pos.CENTER_LEFT);
        getStyleClass().add("owner-key");
        for (Owner owner : Owner.values()) {
            getChildren().add(new OwnerSwatch(owner, owner == Owner.NONE ? 70 : owner == Owner.CUSTOMER ? 118 : 84,
                    28, true));
        }
        Line halo = new Line(0, 0, 36, 0);
        halo.setStroke(Color.WHITE);
        halo.setStrokeWidth(9);
        Line line = new Line(0, 0, 36, 0);
        line.setStroke(Color.BLACK);
        line.setStrokeWidth(5);
        Label ends = new Label("AWS's part ends", new Group(halo, line));
        ends.getStyleClass().add("owner-key-line");
        getChildren().add(ends);
    }
}
