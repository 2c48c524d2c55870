package dev.demarc.bench;

import atlantafx.base.theme.PrimerLight;
import dev.demarc.ui.FirstShowExit;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The floor under the first window's start-up: {@link BareStage} with one button in it, styled by JavaFX's own
 * stylesheet or, given {@code atlantafx}, by the AtlantaFX theme the app uses. Any window with a control pays for
 * the controls' stylesheet and skins, which the bare stage never loads; docs/performance.md compares the two.
 */
public final class OneControlStage {

    private OneControlStage() {
    }

    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    /** One stage with one button. */
    public static final class Window extends Application {

        @Override
        public void start(Stage stage) {
            if (getParameters().getRaw().contains("atlantafx")) {
                Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            }
            stage.setTitle("one control");
            stage.setScene(new Scene(new StackPane(new Button("Open")), 1440, 900));
            FirstShowExit.arm(stage, System.out, Platform::exit);
            stage.show();
        }
    }
}
