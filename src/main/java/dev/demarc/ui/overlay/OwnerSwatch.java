package dev.demarc.ui.overlay;

import dev.demarc.catalog.Owner;
import javafx.scene.AccessibleRole;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * A block in an owner's overlay fill with the owner's letter and, when asked, its name: the one owner swatch
 * of the legend, the details panel, the compare view and the quiz, drawn with {@link OwnerStyle} so they all
 * read as the overlay's bands do (colour, stripes for shared, and a letter, never colour alone).
 */
public final class OwnerSwatch extends StackPane {

    public OwnerSwatch(Owner owner, double width, double height, boolean withName) {
        getStyleClass().addAll("owner-swatch", OwnerStyle.styleClass(owner));
        Rectangle fill = new Rectangle(width, height, OwnerStyle.fill(owner));
        fill.setStroke(Color.gray(0.25, 0.8));
        fill.setStrokeWidth(1);
        String word = OwnerStyle.shortName(owner);
        Text text = new Text(withName ? OwnerStyle.letter(owner) + "   " + word : OwnerStyle.letter(owner));
        text.setFont(Font.font("System", FontWeight.BOLD, Math.min(18, height * 0.55)));
        text.setFill(OwnerStyle.letterColor(owner));
        getChildren().addAll(fill, text);
        setMinSize(width, height);
        setMaxSize(width, height);
        setAccessibleRole(AccessibleRole.TEXT);
        setAccessibleText("Owner: " + owner.displayName());
    }
}
