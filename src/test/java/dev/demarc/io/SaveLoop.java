package dev.demarc.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The child process of {@link KillDuringSaveTest}: saves two large diagram files in turn over the same
 * target, through {@link AtomicFiles} as the editor saves, as fast as it can, until it is killed. The
 * contents come ready-made from the parent, so the child starts in a fraction of a second; it prints
 * "saving" just before the first save, so the parent kills it while it writes, not while the JVM starts.
 */
public final class SaveLoop {

    private SaveLoop() {
    }

    /** Arguments: the target file, and the two files whose contents are saved over it in turn. */
    public static void main(String[] args) throws IOException {
        Path target = Path.of(args[0]);
        byte[][] versions = {Files.readAllBytes(Path.of(args[1])), Files.readAllBytes(Path.of(args[2]))};
        AtomicFiles files = AtomicFiles.system();
        System.out.println("saving");
        System.out.flush();
        for (long i = 0; ; i++) {
            files.replace(target, versions[(int) (i % 2)], true);
        }
    }
}
