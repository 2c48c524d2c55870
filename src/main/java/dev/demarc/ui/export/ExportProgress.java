package dev.demarc.ui.export;

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
 * A small window that shows how far a large export has come, drawing and encoding together, with a Cancel
 * button that ends the {@link ExportJob}. It does not wait for an answer: the editor stays usable while the
 * picture is drawn and written. For the JavaFX thread.
 */
final class ExportProgress {

    private final int rows;
    private final Stage stage = new Stage();
    private final ProgressBar bar = new ProgressBar(0);
    private int rowsDrawn;
    private int rowsEncoded;

    /** Progress of drawing and encoding the {@code rows} rows of {@code fileName} in {@code job}. */
    ExportProgress(Window owner, String fileName, ExportJob job, int rows) {
        this.rows = rows;
        stage.initOwner(owner);
        stage.initModality(Modality.NONE);
        stage.setTitle("Exporting PNG");
        bar.setId("png-export-progress");
        bar.setPrefWidth(320);
        Button cancel = new Button("Cancel");
        cancel.setId("png-export-cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> {
            // Too late only while the finished file is being moved into place: then the hint says it was written.
            job.cancel();
            stage.close();
        });
        stage.setOnCloseRequest(e -> job.cancel());
        VBox content = new VBox(10, new Label("Drawing and writing " + fileName + "..."), bar, cancel);
        content.setPadding(new Insets(14));
        stage.setScene(new Scene(content));
    }

    void show() {
        stage.show();
    }

    /** The first {@code done} rows are drawn. */
    void drawn(int done) {
        rowsDrawn = done;
        bar.setProgress((rowsDrawn + rowsEncoded) / (2.0 * rows));
    }

    /** The first {@code done} rows are encoded. */
    void encoded(int done) {
        rowsEncoded = done;
        bar.setProgress((rowsDrawn + rowsEncoded) / (2.0 * rows));
    }

    void close() {
        stage.close();
    }
}
