package dev.demarc.ui;

import dev.demarc.ui.files.Dialogs;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Answers the app's questions in tests, without a window: each test sets the answers it needs and reads back
 * what the app asked and which errors it showed. Unset answers mean "the user cancelled".
 */
public final class FakeDialogs implements Dialogs {

    /** An error the app showed: its title and message. */
    public record Shown(String title, String message) {
    }

    private Path fileToOpen;
    private Path fileToSave;
    private Path exportFile;
    private SaveChoice saveChoice = SaveChoice.CANCEL;
    private final List<String> saveQuestions = new ArrayList<>();
    private final List<Shown> errors = new ArrayList<>();

    /** The file the next "Open" chooser returns; null cancels it. */
    public void answerOpenWith(Path file) {
        fileToOpen = file;
    }

    /** The file the next "Save As" chooser returns; null cancels it. */
    public void answerSaveAsWith(Path file) {
        fileToSave = file;
    }

    /** The file every export chooser returns from now on; null cancels them. */
    public void answerExportWith(Path file) {
        exportFile = file;
    }

    /** The answer to every "Save changes?" question from now on. */
    public void answerSaveChangesWith(SaveChoice choice) {
        saveChoice = choice;
    }

    /** The document names the app asked "Save changes to ...?" about, in order. */
    public List<String> saveQuestions() {
        return saveQuestions;
    }

    public List<Shown> errors() {
        return errors;
    }

    @Override
    public Optional<Path> chooseFileToOpen(Path initialFolder) {
        return Optional.ofNullable(fileToOpen);
    }

    @Override
    public Optional<Path> chooseFileToSave(Path initialFolder, String suggestedName) {
        return Optional.ofNullable(fileToSave);
    }

    @Override
    public Optional<Path> chooseExportFile(Path initialFolder, String suggestedName, String description,
            String extension) {
        return Optional.ofNullable(exportFile);
    }

    @Override
    public SaveChoice askToSave(String documentName) {
        saveQuestions.add(documentName);
        return saveChoice;
    }

    @Override
    public void showError(String title, String message) {
        errors.add(new Shown(title, message));
    }

    @Override
    public void showInfo(String title, String message) {
        // Nothing to answer.
    }

    private final List<String> links = new ArrayList<>();

    @Override
    public void openLink(String url) {
        links.add(url);
    }

    /** The web pages the app asked the browser to open, in order. */
    public List<String> openedLinks() {
        return List.copyOf(links);
    }
}
