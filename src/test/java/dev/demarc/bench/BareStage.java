package dev.demarc.bench;

import dev.demarc.ui.FirstShowExit;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;

/**
 * The yardstick for the first window: an empty JavaFX stage the size of Demarc's default window, that quits the
 * same way and at the same moment as the app under {@code -Ddemarc.exitAfterFirstShow=true}. Started like the
 * app, from a main class that is not the {@link Application} (the java launcher refuses an Application main
 * class when JavaFX is on the class path), so the two differ only in what the app does before its window shows.
 */
public final class BareStage {

    private BareStage() {
    }

    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    /** One empty stage. */
    public static final class Window extends Application {

        @Override
        public void start(Stage stage) {
            stage.setTitle("bare");
            stage.setScene(new Scene(new Pane(), 1440, 900));
            FirstShowExit.arm(stage, System.out, Platform::exit);
            stage.show();
        }
    }
}
