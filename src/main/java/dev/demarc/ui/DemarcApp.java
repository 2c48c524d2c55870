package dev.demarc.ui;

import javafx.application.Application;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/** The desktop application: the composition root that wires the window together. */
public class DemarcApp extends Application {

    /** Starts the JavaFX application with the command-line arguments. */
    public static void start(String[] args) {
        Application.launch(DemarcApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        Label title = new Label("Demarc");
        title.setStyle("-fx-font-size: 28px; -fx-font-weight: bold;");
        Label body = new Label("Where AWS's security responsibility ends and yours begins.\n"
                + "The diagram editor arrives in the next release; use 'demarc check FILE.json' meanwhile.");
        VBox root = new VBox(12, title, body);
        root.setPadding(new Insets(24));
        stage.setTitle("Demarc");
        stage.setScene(new Scene(root, 900, 600));
        stage.show();
    }
}
