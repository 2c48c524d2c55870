package dev.demarc.bench;

import dev.demarc.ui.files.Dialogs;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Dialogs for the harnesses: they never open, save or follow anything, and print what a user would have been
 * told, so a failed step shows in the harness' output.
 */
final class HarnessDialogs implements Dialogs {

    @Override
    public void openLink(String url) {
        // Never followed here.
    }

    @Override
    public Optional<Path> chooseFileToOpen(Path initialFolder) {
        return Optional.empty();
    }

    @Override
    public Optional<Path> chooseFileToSave(Path initialFolder, String suggestedName) {
        return Optional.empty();
    }

    @Override
    public Optional<Path> chooseExportFile(Path folder, String name, String description, String extension) {
        return Optional.empty();
    }

    @Override
    public SaveChoice askToSave(String documentName) {
        return SaveChoice.DONT_SAVE;
    }

    @Override
    public void showError(String title, String message) {
        System.err.println(title + ": " + message);
    }

    @Override
    public void showInfo(String title, String message) {
        System.out.println(title + ": " + message);
    }
}
