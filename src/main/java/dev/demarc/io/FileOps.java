package dev.demarc.io;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The few file operations a safe save is made of, one method per step. Saving goes through this interface
 * rather than calling {@link java.nio.file.Files} directly so that tests can make any single step fail (a
 * full disk, a refused permission, a folder that vanished) and check that nothing was harmed.
 */
public interface FileOps {

    /** The operations on the real file system. */
    static FileOps system() {
        return NioFileOps.INSTANCE;
    }

    /** Creates a new, empty file in {@code folder} whose name starts with {@code prefix}; returns it. */
    Path createTemp(Path folder, String prefix) throws IOException;

    /** Writes all of {@code content} to the (empty) {@code file}. */
    void write(Path file, byte[] content) throws IOException;

    /** Makes the content of {@code file} durable: on disk, not only in the operating system's cache. */
    void force(Path file) throws IOException;

    /** Copies {@code from} to {@code to}, replacing {@code to}. */
    void copy(Path from, Path to) throws IOException;

    /** Moves {@code from} over {@code to} in one step: a reader sees the old file or the new one, never a mix. */
    void replace(Path from, Path to) throws IOException;

    /** Deletes {@code file} if it exists. */
    void delete(Path file) throws IOException;

    /** Whether {@code file} exists and is a regular file (a previous version worth keeping). */
    boolean isRegularFile(Path file);

    /** Gives {@code to} the access permissions of {@code from}, where the file system has them. */
    void copyPermissions(Path from, Path to) throws IOException;
}
