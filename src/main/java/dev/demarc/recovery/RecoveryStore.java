package dev.demarc.recovery;

import dev.demarc.io.AtomicFiles;
import dev.demarc.io.DiagramLoadException;
import dev.demarc.io.DiagramReader;
import dev.demarc.io.DiagramWriter;
import dev.demarc.model.Diagram;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

/**
 * Recovery copies of unsaved diagrams, so that a crash or a kill loses at most the last few seconds of work.
 *
 * <p>Each running instance of Demarc has its own subfolder of the recovery folder, holding a {@code lock}
 * file it keeps locked ({@link FileChannel#tryLock}) for as long as it runs, its copy {@code diagram.json}
 * and {@code info.properties} (name, original file, time, component count). Copies are written atomically,
 * so a copy is whole or absent. Two running instances never write to each other's folders, and a folder is
 * offered for recovery only when its lock is free: its instance is gone. The operating system frees the lock
 * when a process dies, however it dies. A clean close removes the instance's folder.
 *
 * <p>Writes happen on the caller's thread; the editor calls them from a background thread.
 */
public final class RecoveryStore implements AutoCloseable {

    static final String LOCK = "lock";
    static final String DIAGRAM = "diagram.json";
    static final String INFO = "info.properties";

    private final Path root;
    private final Path folder;
    private final FileChannel lock;
    private final DiagramWriter writer;
    private final DiagramReader reader;

    private RecoveryStore(Path root, Path folder, FileChannel lock, DiagramWriter writer, DiagramReader reader) {
        this.root = root;
        this.folder = folder;
        this.lock = lock;
        this.writer = writer;
        this.reader = reader;
    }

    /** Opens a new instance folder under {@code root} (created if needed) and locks it. */
    public static RecoveryStore open(Path root, DiagramWriter writer, DiagramReader reader) throws IOException {
        Files.createDirectories(root);
        Path folder = root.resolve("instance-" + ProcessHandle.current().pid() + "-"
                + UUID.randomUUID().toString().substring(0, 8));
        // Owner-only: unsaved work (an exam answer, say) must not be readable by other users of a lab machine.
        if (root.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.createDirectory(folder, PosixFilePermissions.asFileAttribute(
                    PosixFilePermissions.fromString("rwx------")));
        } else {
            Files.createDirectory(folder);
        }
        FileChannel channel = FileChannel.open(folder.resolve(LOCK), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
        if (channel.tryLock() == null) {
            channel.close();
            throw new IOException("Cannot lock the new recovery folder " + folder);
        }
        return new RecoveryStore(root, folder, channel, writer, reader);
    }

    /** This instance's folder. */
    public Path folder() {
        return folder;
    }

    /** Replaces this instance's copy with {@code diagram}: first the diagram, then its description. */
    public synchronized void save(Diagram diagram, RecoveryInfo info) throws IOException {
        AtomicFiles.write(folder.resolve(DIAGRAM), writer.toBytes(diagram));
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        info.toProperties().store(text, "Demarc recovery copy");
        AtomicFiles.write(folder.resolve(INFO), text.toByteArray());
    }

    /** Removes this instance's copy (the document was saved, or closed without saving on purpose). */
    public synchronized void clear() throws IOException {
        Files.deleteIfExists(folder.resolve(INFO));
        Files.deleteIfExists(folder.resolve(DIAGRAM));
    }

    /** A clean close: removes the copy and the instance folder, and frees the lock. */
    @Override
    public synchronized void close() throws IOException {
        clear();
        lock.close();
        Files.deleteIfExists(folder.resolve(LOCK));
        Files.deleteIfExists(folder);
    }

    /**
     * The copies of instances that are gone, oldest first, each locked for this instance until it is
     * {@link #discard discarded} or {@link #keep kept}. Folders of instances still running are skipped;
     * folders a dead instance left without a copy are removed. A copy that cannot be read is skipped and
     * left in place.
     */
    public List<Recovered> orphans() throws IOException {
        List<Recovered> found = new ArrayList<>();
        try (DirectoryStream<Path> folders = Files.newDirectoryStream(root, Files::isDirectory)) {
            for (Path other : folders) {
                if (!other.equals(folder)) {
                    claim(other, found);
                }
            }
        }
        found.sort((a, b) -> a.info().savedAt().compareTo(b.info().savedAt()));
        return found;
    }

    private void claim(Path other, List<Recovered> found) throws IOException {
        FileChannel channel = FileChannel.open(other.resolve(LOCK), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
        FileLock claimed;
        try {
            claimed = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            claimed = null; // held by another store in this same process: a running instance
        }
        if (claimed == null) {
            channel.close();
            return;
        }
        if (!Files.exists(other.resolve(DIAGRAM)) || !Files.exists(other.resolve(INFO))) {
            delete(other, channel);
            return;
        }
        try {
            RecoveryInfo info = RecoveryInfo.fromProperties(readProperties(other.resolve(INFO)));
            Diagram diagram = reader.read(other.resolve(DIAGRAM)).diagram();
            found.add(new Recovered(other, info, diagram, channel));
        } catch (DiagramLoadException | IllegalArgumentException | IOException e) {
            channel.close();
        }
    }

    /** Deletes a recovered copy for good (restored, saved elsewhere, or discarded by the user). */
    public void discard(Recovered recovered) throws IOException {
        delete(recovered.folder(), recovered.lock);
    }

    /** Leaves a recovered copy for the next start. */
    public void keep(Recovered recovered) throws IOException {
        recovered.lock.close();
    }

    private static void delete(Path other, FileChannel channel) throws IOException {
        Files.deleteIfExists(other.resolve(INFO));
        Files.deleteIfExists(other.resolve(DIAGRAM));
        channel.close();
        Files.deleteIfExists(other.resolve(LOCK));
        try (DirectoryStream<Path> rest = Files.newDirectoryStream(other)) {
            for (Path leftover : rest) {
                Files.deleteIfExists(leftover); // a temporary file of a write the crash interrupted
            }
        }
        Files.deleteIfExists(other);
    }

    private static Properties readProperties(Path file) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(in);
        }
        return p;
    }
}
