package dev.demarc.io;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The real file operations, except that one chosen step throws a chosen exception the {@code n}-th time it
 * runs: a full disk on write, a refused permission on the move, and so on.
 */
public final class FaultyFileOps implements FileOps {

    /** The steps of {@link AtomicFiles#replace}, as {@link FileOps} methods. */
    public enum Step { CREATE_TEMP, WRITE, FORCE, COPY, REPLACE, COPY_PERMISSIONS }

    /** Makes the exception to throw, given the path the failing step was working on. */
    public interface Fault {
        IOException at(Path path);
    }

    private final FileOps real = FileOps.system();
    private final Step failing;
    private final int occurrence;
    private final Fault fault;
    private int seen;

    /** Fails the {@code occurrence}-th (from 1) call of {@code failing} with {@code fault}. */
    public FaultyFileOps(Step failing, int occurrence, Fault fault) {
        this.failing = failing;
        this.occurrence = occurrence;
        this.fault = fault;
    }

    /** Whether the planned fault was thrown (a plan for a step that never ran tests nothing). */
    public boolean fired() {
        return seen >= occurrence;
    }

    private void maybeFail(Step step, Path path) throws IOException {
        if (step == failing && ++seen == occurrence) {
            throw fault.at(path);
        }
    }

    @Override
    public Path createTemp(Path folder, String prefix) throws IOException {
        maybeFail(Step.CREATE_TEMP, folder);
        return real.createTemp(folder, prefix);
    }

    @Override
    public void write(Path file, byte[] content) throws IOException {
        maybeFail(Step.WRITE, file);
        real.write(file, content);
    }

    @Override
    public void force(Path file) throws IOException {
        maybeFail(Step.FORCE, file);
        real.force(file);
    }

    @Override
    public void copy(Path from, Path to) throws IOException {
        maybeFail(Step.COPY, to);
        real.copy(from, to);
    }

    @Override
    public void replace(Path from, Path to) throws IOException {
        maybeFail(Step.REPLACE, to);
        real.replace(from, to);
    }

    @Override
    public void delete(Path file) throws IOException {
        real.delete(file);
    }

    @Override
    public boolean isRegularFile(Path file) {
        return real.isRegularFile(file);
    }

    @Override
    public void copyPermissions(Path from, Path to) throws IOException {
        maybeFail(Step.COPY_PERMISSIONS, to);
        real.copyPermissions(from, to);
    }
}
