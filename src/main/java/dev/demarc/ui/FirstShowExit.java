package dev.demarc.ui;

import java.io.PrintStream;
import javafx.application.Platform;
import javafx.event.EventHandler;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * Quits once the first window is on screen, when {@code -Ddemarc.exitAfterFirstShow=true} is given: start-up is
 * timed from launch to this point (docs/performance.md), and the installers' smoke test reads the window title it
 * prints to see that the packaged app opened the diagram it was given. The quit waits for the events queued while
 * the window was shown, so a diagram opened right after {@code show()} is in the title.
 */
public final class FirstShowExit {

    /** The system property that asks for the exit. */
    public static final String PROPERTY = "demarc.exitAfterFirstShow";

    private FirstShowExit() {
    }

    /** Arms {@code stage} when the property is set: the first time it is shown, prints its title and quits. */
    public static void armFromProperty(Stage stage) {
        if (Boolean.getBoolean(PROPERTY)) {
            arm(stage, System.out, Platform::exit);
        }
    }

    /** The first time {@code stage} is shown, prints "shown: TITLE" to {@code out} and then runs {@code quit}. */
    public static void arm(Stage stage, PrintStream out, Runnable quit) {
        stage.addEventHandler(WindowEvent.WINDOW_SHOWN, new EventHandler<WindowEvent>() {
            @Override
            public void handle(WindowEvent event) {
                stage.removeEventHandler(WindowEvent.WINDOW_SHOWN, this);
                Platform.runLater(() -> {
                    out.println("shown: " + stage.getTitle());
                    out.flush();
                    quit.run();
                });
            }
        });
    }
}
