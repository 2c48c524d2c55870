package dev.demarc.ui;

import dev.demarc.ui.editor.DocumentActions;
import dev.demarc.ui.editor.Samples;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextAlignment;
import javafx.stage.Window;

/**
 * What an empty canvas shows: the first step ("Drag a VPC here"), the two after it, and buttons for the
 * sample diagrams and the short guide. The canvas shows it only while the diagram has no component.
 */
final class GettingStarted extends VBox {

    GettingStarted(DocumentActions documents, Window owner) {
        setId("getting-started");
        getStyleClass().add("getting-started");
        setAlignment(Pos.CENTER);
        setSpacing(10);
        setMaxWidth(520);
        // Only the text and buttons take the mouse: a palette drag over the panel still reaches the canvas.
        setPickOnBounds(false);
        Label first = label("Drag a VPC here", "getting-started-title");
        first.setId("getting-started-first-step");
        Label next = label("from the palette on the left. Then drag a subnet into the VPC, and an EC2 instance "
                + "or an RDS database into the subnet. Findings appear below as you build.", "getting-started-text");
        Label overlay = label("Press Ctrl+R to see who is responsible for each layer: AWS, you, or both.",
                "getting-started-text");
        MenuButton samples = new MenuButton("Open a sample");
        samples.setId("getting-started-samples");
        for (String name : Samples.names()) {
            MenuItem item = new MenuItem(Samples.menuLabel(name));
            item.setOnAction(e -> documents.openSample(name));
            samples.getItems().add(item);
        }
        Button guide = new Button("Read the short guide");
        guide.setId("getting-started-guide");
        guide.setOnAction(e -> HelpDialogs.guide(owner));
        HBox buttons = new HBox(10, samples, guide);
        buttons.setAlignment(Pos.CENTER);
        buttons.setPickOnBounds(false);
        getChildren().addAll(first, next, overlay, buttons);
    }

    private static Label label(String text, String styleClass) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMaxWidth(520);
        l.setAlignment(Pos.CENTER);
        l.setTextAlignment(TextAlignment.CENTER);
        l.getStyleClass().add(styleClass);
        return l;
    }
}
