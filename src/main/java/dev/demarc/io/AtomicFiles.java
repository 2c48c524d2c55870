package dev.demarc.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;

/**
 * Replaces a file without ever leaving it half written: the new content goes to a temporary file in the
 * same folder, is synced to disk, and is then moved over the target in one step. Saving a diagram also
 * keeps the previous version as {@code NAME.bak} beside it. If any step fails, the temporary files are
 * removed and the old file is untouched; a process killed in the middle leaves the old file or the new one,
 * never a mix (at worst a stray {@code .NAME.*.tmp} file).
 */
public final class AtomicFiles {

    private static final AtomicFiles SYSTEM = new AtomicFiles(FileOps.system());

    private final FileOps ops;

    /** Atomic writes through {@code ops} (the real file system, or a failing one in tests). */
    public AtomicFiles(FileOps ops) {
        this.ops = ops;
    }

    /** Atomic writes on the real file system. */
    public static AtomicFiles system() {
        return SYSTEM;
    }

    /** Replaces {@code target} with {@code content} atomically on the real file system, keeping no backup. */
    public static void write(Path target, byte[] content) throws IOException {
        SYSTEM.replace(target, content, false);
    }

    /**
     * As {@link #write(Path, byte[])}, but asks {@code stillWanted} once the content is safely in the temporary
     * file, right before the move: when it answers false, the temporary file is removed and the target is left
     * as it was. So a cancelled export is honoured up to the last step. Returns whether the target was replaced.
     */
    public static boolean writeIf(Path target, byte[] content, BooleanSupplier stillWanted) throws IOException {
        return SYSTEM.replace(target, content, false, stillWanted);
    }

    /** The file that keeps the previous version of {@code target}: {@code d.json} is kept as {@code d.json.bak}. */
    public static Path backupOf(Path target) {
        Path absolute = target.toAbsolutePath();
        return absolute.resolveSibling(absolute.getFileName() + ".bak");
    }

    /**
     * Replaces {@code target} with {@code content} atomically; when {@code keepBackup} and the target
     * exists, its previous content is first kept in {@link #backupOf the backup file}.
     */
    public void replace(Path target, byte[] content, boolean keepBackup) throws IOException {
        replace(target, content, keepBackup, () -> true);
    }

    private boolean replace(Path target, byte[] content, boolean keepBackup, BooleanSupplier stillWanted)
            throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        Path folder = absolute.getParent();
        String prefix = "." + absolute.getFileName() + ".";
        Path temp = ops.createTemp(folder, prefix);
        Path backupTemp = null;
        boolean moved = false;
        try {
            ops.write(temp, content);
            ops.force(temp);
            if (!stillWanted.getAsBoolean()) {
                return false;
            }
            boolean exists = ops.isRegularFile(absolute);
            if (exists) {
                ops.copyPermissions(absolute, temp);
            }
            if (keepBackup && exists) {
                backupTemp = ops.createTemp(folder, prefix + "bak.");
                ops.copy(absolute, backupTemp);
                ops.force(backupTemp);
                ops.replace(backupTemp, backupOf(absolute));
                backupTemp = null;
            }
            ops.replace(temp, absolute);
            moved = true;
            return true;
        } finally {
            if (!moved) {
                cleanUp(temp);
                if (backupTemp != null) {
                    cleanUp(backupTemp);
                }
            }
        }
    }

    /** Removes a temporary file after a failure; a second failure must not hide the first. */
    private void cleanUp(Path temp) {
        try {
            ops.delete(temp);
        } catch (IOException e) {
            // The save already failed with the first exception, which the caller reports; a leftover
            // hidden temporary file is harmless.
        }
    }
}
