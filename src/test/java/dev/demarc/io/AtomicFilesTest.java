package dev.demarc.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.demarc.catalog.Catalog;
import dev.demarc.model.Diagram;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saving replaces a file in one step or not at all, and never leaves temporary files behind. */
class AtomicFilesTest {

    @TempDir
    Path dir;

    private List<Path> listing(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }

    @Test
    void writesANewFile() throws IOException {
        Path file = dir.resolve("d.json");
        AtomicFiles.write(file, "hello\n".getBytes(StandardCharsets.UTF_8));
        assertEquals("hello\n", Files.readString(file));
        assertEquals(List.of(file), listing(dir));
    }

    @Test
    void replacesAnExistingFileCompletely() throws IOException {
        Path file = dir.resolve("d.json");
        Files.writeString(file, "a much longer old content that must not survive in part\n");
        AtomicFiles.write(file, "new\n".getBytes(StandardCharsets.UTF_8));
        assertEquals("new\n", Files.readString(file));
        assertEquals(List.of(file), listing(dir));
    }

    @Test
    void aPathThroughDotDotIsWrittenWhereItPoints() throws IOException {
        Files.createDirectory(dir.resolve("sub"));
        Path file = dir.resolve("sub/../d.json");
        AtomicFiles.write(file, new byte[] {'x'});
        assertArrayEquals(new byte[] {'x'}, Files.readAllBytes(dir.resolve("d.json")));
    }

    @Test
    void aWriteNoLongerWantedWhenTheContentIsReadyLeavesTheOldFileAndNoTemporaryFile() throws IOException {
        Path file = dir.resolve("picture.png");
        Files.writeString(file, "old");
        List<List<Path>> filesWhenAsked = new ArrayList<>();

        boolean written = AtomicFiles.writeIf(file, "new".getBytes(StandardCharsets.UTF_8), () -> {
            try {
                filesWhenAsked.add(listing(dir));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return false;
        });

        assertFalse(written);
        assertEquals(1, filesWhenAsked.size(), "asked once");
        assertEquals(2, filesWhenAsked.get(0).size(), "asked when the new content was in its temporary file: "
                + filesWhenAsked);
        assertEquals("old", Files.readString(file));
        assertEquals(List.of(file), listing(dir), "the temporary file is removed");
    }

    @Test
    void aWriteStillWantedReplacesTheFile() throws IOException {
        Path file = dir.resolve("picture.png");
        Files.writeString(file, "old");
        assertTrue(AtomicFiles.writeIf(file, "new".getBytes(StandardCharsets.UTF_8), () -> true));
        assertEquals("new", Files.readString(file));
        assertEquals(List.of(file), listing(dir));
    }

    @Test
    void aFolderThatDoesNotExistFailsAndCreatesNothing() throws IOException {
        Path missing = dir.resolve("no-such-folder");
        Path file = missing.resolve("d.json");
        assertThrows(IOException.class, () -> AtomicFiles.write(file, new byte[] {'x'}));
        assertFalse(Files.exists(missing));
        assertEquals(List.of(), listing(dir));
    }

    @Test
    void aFailedMoveLeavesTheOldContentAndNoTemporaryFile() throws IOException {
        // The target is a non-empty folder: the temporary file is written, then the move must fail.
        Path target = dir.resolve("d.json");
        Files.createDirectory(target);
        Path inside = target.resolve("keep.txt");
        Files.writeString(inside, "old");
        assertThrows(IOException.class, () -> AtomicFiles.write(target, "new".getBytes(StandardCharsets.UTF_8)));
        assertTrue(Files.isDirectory(target));
        assertEquals("old", Files.readString(inside));
        assertEquals(List.of(target), listing(dir), "no temporary file may be left in the folder");
        assertEquals(List.of(inside), listing(target));
    }

    @Test
    void aFailedSaveThroughTheWriterLeavesTheOldFile() throws IOException {
        Path target = dir.resolve("d.json");
        Files.createDirectory(target);
        Files.writeString(target.resolve("old.json"), "{}");
        DiagramWriter writer = new DiagramWriter(Catalog.builtIn());
        assertThrows(IOException.class, () -> writer.write(target, Diagram.empty()));
        assertEquals("{}", Files.readString(target.resolve("old.json")));
        assertEquals(List.of(target), listing(dir));
    }

    @Test
    void aReplacedFileKeepsItsPermissions() throws IOException {
        assumeTrue(Files.getFileStore(dir).supportsFileAttributeView(PosixFileAttributeView.class), "POSIX only");
        Path file = dir.resolve("d.json");
        Files.writeString(file, "old");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        AtomicFiles.write(file, "new".getBytes(StandardCharsets.UTF_8));
        assertEquals("new", Files.readString(file));
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }

    @Test
    void aNewFileGetsThePermissionsOfAnyNewFileNotOwnerOnly() throws IOException {
        assumeTrue(Files.getFileStore(dir).supportsFileAttributeView(PosixFileAttributeView.class), "POSIX only");
        Path plain = Files.createFile(dir.resolve("made-by-another-program.txt"));
        Path file = dir.resolve("new.json");

        AtomicFiles.write(file, "new".getBytes(StandardCharsets.UTF_8));

        assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(file),
                "a diagram, report or picture shared with a class must be as readable as any new file");
    }
}
