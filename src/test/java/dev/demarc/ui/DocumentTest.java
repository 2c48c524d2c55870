package dev.demarc.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.demarc.io.DiagramReader;
import dev.demarc.io.DiagramWriter;
import dev.demarc.model.ComponentType;
import dev.demarc.model.Diagram;
import dev.demarc.ui.files.Dialogs.SaveChoice;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import javafx.scene.input.KeyCode;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The File menu driven from the keyboard and the menu bar, with {@link FakeDialogs} answering the file choosers
 * and the "save changes?" question: save and reopen, byte-identical saves, broken files, the unsaved-changes
 * prompt and the title.
 */
class DocumentTest extends EditorTestBase {

    private static final Pattern LINE_AND_COLUMN = Pattern.compile("line \\d+, column \\d+");
    private static final Path SAMPLES = Path.of(System.getProperty("demarc.samples", "samples"));

    @TempDir
    Path dir;

    @Test
    void aSavedDiagramReopensEqual() throws IOException {
        Path file = copySample("web-app-ec2-rds.json");
        openWithShortcut(file);
        Diagram opened = model.diagram();
        clickOn(centreOf("web"));
        type(KeyCode.RIGHT, 5);
        drag("#palette-S3").dropTo(fx(() -> canvas.localToScreen(canvas.getWidth() - 100, canvas.getHeight() - 50)));
        Diagram changed = model.diagram();
        assertEquals(opened.components().size() + 1, changed.components().size(), "the S3 bucket was dropped");
        assertNotEquals(opened.component("web"), changed.component("web"), "the web server was nudged");

        Path target = dir.resolve("changed.json");
        dialogs.answerSaveAsWith(target);
        push(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.S);

        assertTrue(Files.exists(target));
        assertEquals(target, model.file());
        assertFalse(model.isDirty());

        shortcut(KeyCode.N);
        assertEquals(List.of(), ids());
        openWithShortcut(target);

        assertEquals(changed, model.diagram());
        assertEquals(List.of(), dialogs.errors());
    }

    @Test
    void openingAndSavingAnUnchangedFileWritesTheSameBytes() throws Exception {
        Path sample = copySample("web-app-ec2-rds.json");
        // A sample of an older format is upgraded when read, so saving it writes new bytes; the claim is about a
        // file already in the current format.
        Files.write(sample, new DiagramWriter(model.catalog()).toBytes(
                new DiagramReader(model.catalog()).read(sample).diagram()));
        byte[] original = Files.readAllBytes(sample);
        openWithShortcut(sample);

        shortcut(KeyCode.S);

        assertArrayEquals(original, Files.readAllBytes(sample), "a sample saved unchanged");

        // A file Demarc wrote itself, after an edit, reopened and saved again.
        clickOn(centreOf("web"));
        type(KeyCode.UP, 2);
        Path written = dir.resolve("written.json");
        dialogs.answerSaveAsWith(written);
        push(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.S);
        byte[] first = Files.readAllBytes(written);
        openWithShortcut(written);

        shortcut(KeyCode.S);

        assertArrayEquals(first, Files.readAllBytes(written), "a file Demarc wrote, saved unchanged");
        assertEquals(List.of(), dialogs.errors());
    }

    @Test
    void aBrokenFileOpenedFromTheFileMenuShowsTheErrorAndKeepsTheUnsavedDiagram() throws IOException {
        show(diagram(service("web", ComponentType.EC2, 0, 0, null)));
        clickOn(centreOf("web"));
        type(KeyCode.RIGHT);
        Diagram before = model.diagram();
        assertTrue(model.isDirty());
        dialogs.answerOpenWith(truncatedSample());
        dialogs.answerSaveChangesWith(SaveChoice.DONT_SAVE);

        clickOn("File").clickOn("Open...");

        assertEquals(1, dialogs.errors().size());
        String message = dialogs.errors().get(0).message();
        assertTrue(LINE_AND_COLUMN.matcher(message).find(), message);
        assertEquals(before, model.diagram());
        assertTrue(model.isDirty(), "still marked unsaved");
        assertNull(model.file());
        assertTrue(model.canUndoProperty().get(), "the history is kept");
    }

    @Test
    void aBrokenFileKeepsTheOpenFileCleanAndTitled() throws IOException {
        Path good = copySample("web-app-ec2-rds.json");
        openWithShortcut(good);
        Diagram before = model.diagram();
        String title = stage.getTitle();

        openWithShortcut(truncatedSample());

        assertEquals(1, dialogs.errors().size());
        String message = dialogs.errors().get(0).message();
        assertTrue(LINE_AND_COLUMN.matcher(message).find(), message);
        assertEquals(before, model.diagram());
        assertFalse(model.isDirty());
        assertEquals(good, model.file());
        assertEquals(title, stage.getTitle());
        assertEquals(List.of(), dialogs.saveQuestions(), "nothing to save, so nothing asked");
    }

    @Test
    void cancelInTheUnsavedChangesPromptKeepsTheWorkAndDontSaveDropsIt() {
        show(diagram(service("web", ComponentType.EC2, 0, 0, null)));
        clickOn(centreOf("web"));
        type(KeyCode.DOWN);
        Diagram work = model.diagram();
        dialogs.answerSaveChangesWith(SaveChoice.CANCEL);

        shortcut(KeyCode.N);

        assertEquals(List.of("Untitled"), dialogs.saveQuestions());
        assertEquals(work, model.diagram());
        assertTrue(model.isDirty());
        assertTrue(model.canUndoProperty().get());

        dialogs.answerSaveChangesWith(SaveChoice.DONT_SAVE);
        shortcut(KeyCode.N);

        assertEquals(2, dialogs.saveQuestions().size());
        assertEquals(Diagram.empty(), model.diagram());
        assertFalse(model.isDirty());
    }

    @Test
    void closingTheWindowOrQuittingAsksFirstAndCancelKeepsTheWindowOpen() {
        show(diagram(service("web", ComponentType.EC2, 0, 0, null)));
        clickOn(centreOf("web"));
        type(KeyCode.DOWN);
        Diagram work = model.diagram();
        dialogs.answerSaveChangesWith(SaveChoice.CANCEL);

        interact(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        shortcut(KeyCode.Q);

        assertEquals(2, dialogs.saveQuestions().size(), "asked on close and on quit");
        assertTrue(stage.isShowing());
        assertEquals(work, model.diagram());
        assertTrue(model.isDirty());

        dialogs.answerSaveChangesWith(SaveChoice.DONT_SAVE);
        interact(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));

        assertFalse(stage.isShowing(), "Don't Save lets the window close");
    }

    @Test
    void saveInTheUnsavedChangesPromptSavesBeforeStartingANewDiagram() throws IOException {
        show(diagram(service("web", ComponentType.EC2, 0, 0, null)));
        clickOn(centreOf("web"));
        type(KeyCode.DOWN);
        Diagram work = model.diagram();
        Path target = dir.resolve("work.json");
        dialogs.answerSaveChangesWith(SaveChoice.SAVE);
        dialogs.answerSaveAsWith(target);

        shortcut(KeyCode.N);

        assertEquals(Diagram.empty(), model.diagram());
        dialogs.answerOpenWith(target);
        shortcut(KeyCode.O);
        assertEquals(work, model.diagram());
    }

    @Test
    void theTitleShowsTheFileNameAndAStarWhileThereAreUnsavedChanges() throws IOException {
        assertEquals("Untitled - Demarc", stage.getTitle());
        Path file = copySample("web-app-ec2-rds.json");
        openWithShortcut(file);
        assertEquals("web-app-ec2-rds.json - Demarc", stage.getTitle());

        clickOn(centreOf("web"));
        type(KeyCode.LEFT);
        assertEquals("web-app-ec2-rds.json * - Demarc", stage.getTitle());

        undo();
        assertEquals("web-app-ec2-rds.json - Demarc", stage.getTitle(), "undone back to the saved state");

        redo();
        shortcut(KeyCode.S);
        assertEquals("web-app-ec2-rds.json - Demarc", stage.getTitle());
    }

    private void openWithShortcut(Path file) {
        dialogs.answerOpenWith(file);
        focusCanvas();
        shortcut(KeyCode.O);
    }

    private Path copySample(String name) throws IOException {
        Path copy = dir.resolve(name);
        Files.copy(SAMPLES.resolve(name), copy);
        return copy;
    }

    /** The first half of a sample: JSON that ends in the middle of an object. */
    private Path truncatedSample() throws IOException {
        byte[] bytes = Files.readAllBytes(SAMPLES.resolve("web-app-ec2-rds.json"));
        Path broken = dir.resolve("broken.json");
        Files.write(broken, Arrays.copyOf(bytes, bytes.length / 2));
        return broken;
    }
}
