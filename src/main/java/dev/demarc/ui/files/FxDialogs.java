package dev.demarc.ui.files;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.application.HostServices;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** {@link Dialogs} with the platform's file choosers and JavaFX alerts, owned by the main window. */
public final class FxDialogs implements Dialogs {

    private static final FileChooser.ExtensionFilter DIAGRAMS =
            new FileChooser.ExtensionFilter("Demarc diagrams (*.json)", "*.json");

    private final Window owner;
    private final HostServices host;

    public FxDialogs(Window owner, HostServices host) {
        this.owner = owner;
        this.host = host;
    }

    @Override
    public void openLink(String url) {
        host.showDocument(url);
    }

    @Override
    public Optional<Path> chooseFileToOpen(Path initialFolder) {
        FileChooser chooser = chooser("Open Diagram", initialFolder);
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseFileToSave(Path initialFolder, String suggestedName) {
        FileChooser chooser = chooser("Save Diagram", initialFolder);
        chooser.setInitialFileName(suggestedName);
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath).map(p ->
                p.getFileName().toString().contains(".") ? p : p.resolveSibling(p.getFileName() + ".json"));
    }

    @Override
    public Optional<Path> chooseExportFile(Path initialFolder, String suggestedName, String description,
            String extension) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(description, "*." + extension));
        if (initialFolder != null && Files.isDirectory(initialFolder)) {
            chooser.setInitialDirectory(initialFolder.toFile());
        }
        chooser.setInitialFileName(suggestedName);
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
    }

    private static FileChooser chooser(String title, Path initialFolder) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(DIAGRAMS);
        if (initialFolder != null && Files.isDirectory(initialFolder)) {
            chooser.setInitialDirectory(initialFolder.toFile());
        }
        return chooser;
    }

    @Override
    public SaveChoice askToSave(String documentName) {
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.YES);
        ButtonType dontSave = new ButtonType("Don't Save", ButtonBar.ButtonData.NO);
        ButtonType cancel = new ButtonType("Cancel", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", save, dontSave, cancel);
        alert.initOwner(owner);
        alert.setTitle("Unsaved changes");
        alert.setHeaderText("Save the changes to \"" + documentName + "\"?");
        alert.setContentText("Your changes will be lost if you don't save them.");
        ButtonType answer = alert.showAndWait().orElse(cancel);
        return answer == save ? SaveChoice.SAVE : answer == dontSave ? SaveChoice.DONT_SAVE : SaveChoice.CANCEL;
    }

    @Override
    public void showError(String title, String message) {
        show(Alert.AlertType.ERROR, title, message);
    }

    @Override
    public void showInfo(String title, String message) {
        show(Alert.AlertType.INFORMATION, title, message);
    }

    private void show(Alert.AlertType type, String title, String message) {
        Alert alert = new Alert(type);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(title);
        // A Label wraps long messages and never interprets markup: file content is shown as text.
        Label text = new Label(message);
        text.setWrapText(true);
        text.setMaxWidth(560);
        alert.getDialogPane().setContent(text);
        alert.showAndWait();
    }
}
