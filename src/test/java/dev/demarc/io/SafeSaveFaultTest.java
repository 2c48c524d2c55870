package dev.demarc.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.demarc.io.FaultyFileOps.Fault;
import dev.demarc.io.FaultyFileOps.Step;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every step of a save fails in turn, with each of the faults users meet (a full disk, a refused permission,
 * a folder that vanished): afterwards the previous file is intact, the backup holds a complete earlier
 * version, no temporary file is left, and the message says what happened and what to do.
 */
class SafeSaveFaultTest {

    private static final byte[] OLDER = "older version\n".getBytes(StandardCharsets.UTF_8);
    private static final byte[] OLD =
            "the previous version, longer than the new one\n".getBytes(StandardCharsets.UTF_8);
    private static final byte[] NEW = "new version\n".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    /** The faults, each with the words its message must contain. */
    enum Kind {
        DISK_FULL("The disk is full", p -> new FileSystemException(p.toString(), null, "No space left on device")),
        PERMISSION_DENIED("Permission denied for folder", p -> new AccessDeniedException(p.toString())),
        FOLDER_VANISHED("does not exist any more", p -> new NoSuchFileException(p.toString())),
        OTHER("failed: Input/output error", p -> new IOException("Input/output error"));

        final String words;
        final Fault fault;

        Kind(String words, Fault fault) {
            this.words = words;
            this.fault = fault;
        }
    }

    /** Each step with how often it runs in a save that keeps a backup; every run of every step may fail. */
    static Stream<Arguments> faults() {
        List<Arguments> cases = new ArrayList<>();
        int[][] runs = {{Step.CREATE_TEMP.ordinal(), 2}, {Step.WRITE.ordinal(), 1}, {Step.FORCE.ordinal(), 2},
                {Step.COPY.ordinal(), 1}, {Step.REPLACE.ordinal(), 2}, {Step.COPY_PERMISSIONS.ordinal(), 1}};
        for (int[] run : runs) {
            for (int occurrence = 1; occurrence <= run[1]; occurrence++) {
                for (Kind kind : Kind.values()) {
                    cases.add(Arguments.of(Step.values()[run[0]], occurrence, kind));
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{2} at {0} #{1}")
    @MethodSource("faults")
    void aFailureAtAnyStepLeavesThePreviousFileIntact(Step step, int occurrence, Kind kind) throws IOException {
        Path file = dir.resolve("d.json");
        Path backup = dir.resolve("d.json.bak");
        Files.write(backup, OLDER);
        Files.write(file, OLD);
        FaultyFileOps ops = new FaultyFileOps(step, occurrence, kind.fault);

        IOException e = assertThrows(IOException.class, () -> new AtomicFiles(ops).replace(file, NEW, true));

        assertTrue(ops.fired(), "the planned fault happened");
        assertArrayEquals(OLD, Files.readAllBytes(file), "the previous file is intact");
        byte[] kept = Files.readAllBytes(backup);
        assertTrue(Arrays.equals(OLDER, kept) || Arrays.equals(OLD, kept),
                "the backup holds a complete earlier version");
        assertEquals(List.of(file, backup), listing(), "no temporary file is left");
        String message = SaveFailures.describe(file, e);
        assertTrue(message.contains(kind.words), message);
        assertTrue(message.contains("d.json") && message.contains("is unchanged"), message);
    }

    @Test
    void aSuccessfulSaveKeepsThePreviousVersionAsBackup() throws IOException {
        Path file = dir.resolve("d.json");
        Files.write(file, OLD);
        AtomicFiles.system().replace(file, NEW, true);
        assertArrayEquals(NEW, Files.readAllBytes(file));
        assertArrayEquals(OLD, Files.readAllBytes(dir.resolve("d.json.bak")));
        assertEquals(List.of(file, dir.resolve("d.json.bak")), listing());
    }

    @Test
    void theFirstSaveOfANewFileMakesNoBackup() throws IOException {
        Path file = dir.resolve("d.json");
        AtomicFiles.system().replace(file, NEW, true);
        assertEquals(List.of(file), listing());
    }

    @Test
    void aFolderThatVanishedIsReportedAsSuch() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("gone"));
        Path file = folder.resolve("d.json");
        Files.delete(folder);
        IOException e = assertThrows(IOException.class, () -> AtomicFiles.system().replace(file, NEW, true));
        assertSame(NoSuchFileException.class, e.getClass());
        assertTrue(SaveFailures.describe(file, e).startsWith("The folder " + folder + " does not exist any more"));
        assertEquals(List.of(), listing());
    }

    @Test
    void aFullDiskIsRecognisedFromTheSystemMessageOfAPlainIoException() {
        String message = SaveFailures.describe(dir.resolve("d.json"), new IOException("No space left on device"));
        assertTrue(message.startsWith("The disk is full: there is no room to save d.json in " + dir), message);
        assertTrue(message.contains("choose another disk with Save As"), message);
    }

    private List<Path> listing() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList();
        }
    }
}
