package dev.demarc.ui.export;

import java.util.concurrent.atomic.AtomicBoolean;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * A small window that shows how far writing a large picture has come, with a Cancel button. It does not wait
 * for an answer: the editor stays usable while the picture is written. {@link #isCancelled()} may be read from
 * the writing thread; the rest is for the JavaFX thread.
 */
final class ExportProgress {

    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final Stage stage = new Stage();
    private final ProgressBar bar = new ProgressBar(0);

    ExportProgress(Window owner, String fileName) {
        stage.initOwner(owner);
        stage.initModality(Modality.NONE);
        stage.setTitle("Exporting PNG");
        bar.setId("png-export-progress");
        bar.setPrefWidth(320);
        Button cancel = new Button("Cancel");
        cancel.setId("png-export-cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> {
            cancelled.set(true);
            stage.close();
        });
        stage.setOnCloseRequest(e -> cancelled.set(true));
        VBox content = new VBox(10, new Label("Writing " + fileName + "..."), bar, cancel);
        content.setPadding(new Insets(14));
        stage.setScene(new Scene(content));
    }

    void show() {
        stage.show();
    }

    /** Shows {@code fraction} (0 to 1) of the work done. */
    void progress(double fraction) {
        bar.setProgress(fraction);
    }

    boolean isCancelled() {
        return cancelled.get();
    }

    void close() {
        stage.close();
    }
}
