package dev.demarc.ui.recovery;

import dev.demarc.recovery.RecoveryInfo;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;

/** {@link RecoveryDialogs} as JavaFX alerts over the main window. */
public final class FxRecoveryDialogs implements RecoveryDialogs {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
            .withZone(ZoneId.systemDefault());

    private final Stage owner;

    public FxRecoveryDialogs(Stage owner) {
        this.owner = owner;
    }

    @Override
    public Choice askAboutRecovered(RecoveryInfo info, boolean canRestore) {
        ButtonType restore = new ButtonType("Restore", ButtonBar.ButtonData.YES);
        ButtonType saveAs = new ButtonType("Save As...", ButtonBar.ButtonData.OTHER);
        ButtonType discard = new ButtonType("Discard", ButtonBar.ButtonData.NO);
        ButtonType later = new ButtonType("Ask Me Later", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION);
        alert.initOwner(owner);
        alert.setTitle("Recover Unsaved Work");
        alert.setHeaderText("Demarc closed without saving \"" + info.name() + "\".");
        alert.setContentText("A recovery copy from " + TIME.format(info.savedAt()) + " has "
                + info.componentCount() + (info.componentCount() == 1 ? " component" : " components")
                + (info.originalFile() == null ? "; it was never saved to a file." : "; its file is "
                        + info.originalFile() + ".")
                + (canRestore ? "\n\nRestore opens it as unsaved work." : "\n\nAnother diagram was restored; save "
                        + "this one to a file, or keep it for the next start."));
        if (canRestore) {
            alert.getButtonTypes().setAll(restore, saveAs, discard, later);
        } else {
            alert.getButtonTypes().setAll(saveAs, discard, later);
        }
        Optional<ButtonType> answer = alert.showAndWait();
        if (answer.isEmpty() || answer.get() == later) {
            return Choice.LATER;
        }
        return answer.get() == restore ? Choice.RESTORE : answer.get() == saveAs ? Choice.SAVE_AS : Choice.DISCARD;
    }

    @Override
    public void showError(String what, String safety, Path log) {
        Alert alert = new Alert(Alert.AlertType.WARNING);
        alert.initOwner(owner);
        alert.setTitle("Something Went Wrong");
        alert.setHeaderText(what);
        alert.setContentText(safety + "\n\nThe details are in " + log + ". Demarc keeps running.");
        alert.showAndWait();
    }
}
