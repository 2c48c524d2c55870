package dev.demarc.ui.teach;

import dev.demarc.catalog.Owner;
import dev.demarc.ui.overlay.OwnerStyle;
import javafx.scene.AccessibleRole;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * A block in an owner's overlay fill with the owner's letter and, when there is room, its name: the bands of
 * the compare view and the swatches of the quiz, drawn with {@link OwnerStyle} so they read as the overlay
 * does (colour, stripes for shared, and a letter, never colour alone).
 */
final class OwnerBand extends StackPane {

    OwnerBand(Owner owner, double width, double height, boolean withName) {
        getStyleClass().addAll("owner-band", OwnerStyle.styleClass(owner));
        Rectangle fill = new Rectangle(width, height, OwnerStyle.fill(owner));
        fill.setStroke(Color.rgb(255, 255, 255, 0.7));
        fill.setStrokeWidth(1);
        String word = owner == Owner.NONE ? "n/a" : owner.displayName();
        Text text = new Text(withName ? OwnerStyle.letter(owner) + "   " + word : OwnerStyle.letter(owner));
        text.setFont(Font.font("System", FontWeight.BOLD, Math.min(18, height * 0.55)));
        text.setFill(OwnerStyle.letterColor(owner));
        getChildren().addAll(fill, text);
        setMinSize(width, height);
        setMaxSize(width, height);
        setAccessibleRole(AccessibleRole.TEXT);
        setAccessibleText(owner.displayName());
    }
}
