package dev.demarc.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.demarc.io.FaultyFileOps;
import dev.demarc.io.FaultyFileOps.Step;
import dev.demarc.model.Component;
import dev.demarc.model.ComponentType;
import dev.demarc.model.Diagram;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ctrl+S in the real window while the disk is full or the folder is closed to us: the user reads what
 * happened and what to do, the file on disk keeps its previous version, and the diagram stays open with its
 * unsaved changes.
 */
class SaveFailureTest extends OwnWindowTestBase {

    @TempDir
    Path dir;

    private void openWindowSavingThrough(FaultyFileOps files, Path file) {
        MainWindow window = openWindow((stage, prefs) -> MainWindow.build(stage, s -> dialogs, prefs, files));
        interact(() -> window.open(file));
    }

    private Path savedDiagram() throws IOException {
        Path file = dir.resolve("network.json");
        Files.writeString(file, "{\"format\": \"demarc-diagram\", \"formatVersion\": 1, \"components\": ["
                + "{\"id\": \"web\", \"type\": \"EC2\", \"x\": 10, \"y\": 10}], \"connections\": []}\n");
        return file;
    }

    private Diagram edit() {
        interact(() -> model.apply("Add bucket",
                d -> model.edits().add(d, Component.of("bucket", ComponentType.S3, 200, 10))));
        assertTrue(model.isDirty());
        return model.diagram();
    }

    private void saveFailsWith(String words, Path file, byte[] before, Diagram edited) throws IOException {
        push(KeyCode.SHORTCUT, KeyCode.S);

        assertEquals(1, dialogs.errors().size(), "one error shown: " + dialogs.errors());
        FakeDialogs.Shown error = dialogs.errors().get(0);
        assertEquals("Cannot save network.json", error.title());
        assertTrue(error.message().contains(words), error.message());
        assertTrue(error.message().contains("your diagram is still open"), error.message());
        assertArrayEquals(before, Files.readAllBytes(file), "the file keeps its previous version");
        assertEquals(edited, model.diagram(), "the diagram stays open with the change");
        assertTrue(model.isDirty(), "and still unsaved");
        assertEquals(file, model.file());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList(), "no temporary file is left");
        }
    }

    @Test
    void aFullDiskIsReportedAndNothingIsLost() throws IOException {
        Path file = savedDiagram();
        byte[] before = Files.readAllBytes(file);
        openWindowSavingThrough(new FaultyFileOps(Step.WRITE, 1,
                p -> new FileSystemException(p.toString(), null, "No space left on device")), file);
        Diagram edited = edit();

        saveFailsWith("The disk is full", file, before, edited);
        assertTrue(dialogs.errors().get(0).message().contains("choose another disk with Save As"));
    }

    @Test
    void aRefusedFolderIsNamedWithTheWayOut() throws IOException {
        Path file = savedDiagram();
        byte[] before = Files.readAllBytes(file);
        openWindowSavingThrough(new FaultyFileOps(Step.CREATE_TEMP, 1, p -> new AccessDeniedException(p.toString())),
                file);
        Diagram edited = edit();

        saveFailsWith("Permission denied for folder " + dir + ": Demarc may not write network.json there. "
                + "Choose another folder with Save As.", file, before, edited);
    }

    @Test
    void afterAFailedSaveTheNextOneSucceeds() throws IOException {
        Path file = savedDiagram();
        byte[] before = Files.readAllBytes(file);
        FaultyFileOps once = new FaultyFileOps(Step.REPLACE, 1, p -> new AccessDeniedException(p.toString()));
        openWindowSavingThrough(once, file);
        Diagram edited = edit();
        saveFailsWith("Permission denied", file, before, edited);

        push(KeyCode.SHORTCUT, KeyCode.S);

        assertFalse(model.isDirty());
        assertEquals(1, dialogs.errors().size(), "no new error");
        assertTrue(Files.readString(file).contains("\"bucket\""));
        assertArrayEquals(before, Files.readAllBytes(dir.resolve("network.json.bak")));
    }
}
