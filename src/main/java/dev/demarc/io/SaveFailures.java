package dev.demarc.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Turns a failed save into what a user needs to read: what went wrong, in plain words, what to do about it,
 * and that nothing was lost. The cause is recognised from the exception's type and, for a full disk, from
 * the operating system's message (Java has no exception type for it).
 */
public final class SaveFailures {

    private SaveFailures() {
    }

    /** The message for a save of {@code file} that failed with {@code e}. */
    public static String describe(Path file, IOException e) {
        Path absolute = file.toAbsolutePath();
        String name = String.valueOf(absolute.getFileName());
        Path folder = absolute.getParent();
        String cause;
        if (isDiskFull(e)) {
            cause = "The disk is full: there is no room to save " + name + " in " + folder
                    + ". Free some space, or choose another disk with Save As.";
        } else if (e instanceof AccessDeniedException) {
            cause = "Permission denied for folder " + folder + ": Demarc may not write " + name
                    + " there. Choose another folder with Save As.";
        } else if (e instanceof NoSuchFileException) {
            cause = "The folder " + folder + " does not exist any more (it was moved or deleted, or its drive"
                    + " was removed). Choose another folder with Save As.";
        } else {
            cause = "Saving " + name + " in " + folder + " failed: " + raw(e)
                    + ". Try again, or choose another folder with Save As.";
        }
        return cause + "\n\nThe previous version of " + name
                + " is unchanged, and your diagram is still open with all its changes.";
    }

    /**
     * Why a write failed, in a few words for the middle of a sentence ("permission denied", "the disk is
     * full"): Java's file exceptions often carry only the path. For exports and recovery copies, whose messages
     * say the rest themselves.
     */
    public static String reason(IOException e) {
        if (isDiskFull(e)) {
            return "the disk is full";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "the folder does not exist";
        }
        return raw(e).toLowerCase(Locale.ROOT);
    }

    private static boolean isDiskFull(IOException e) {
        String text = raw(e).toLowerCase(Locale.ROOT);
        return text.contains("no space left") || text.contains("not enough space") || text.contains("disk full")
                || text.contains("disk quota exceeded");
    }

    private static String raw(IOException e) {
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
