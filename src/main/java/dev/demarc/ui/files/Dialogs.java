package dev.demarc.ui.files;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The questions the app asks the user through windows of its own: file choosers, "save changes?", error
 * messages, and the browser for a cited source. Behind an interface so that tests can answer them without a dialog on
 * screen.
 */
public interface Dialogs {

    /** The answer to "Save changes to ...?". */
    enum SaveChoice { SAVE, DONT_SAVE, CANCEL }

    Optional<Path> chooseFileToOpen(Path initialFolder);

    Optional<Path> chooseFileToSave(Path initialFolder, String suggestedName);

    Optional<Path> chooseExportFile(Path initialFolder, String suggestedName, String description, String extension);

    SaveChoice askToSave(String documentName);

    void showError(String title, String message);

    void showInfo(String title, String message);

    /** Opens a web page (an AWS source the catalog cites) in the user's browser. */
    void openLink(String url);
}
