package dev.demarc.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether a person watches standard error, so that a progress bar drawn there with carriage returns reaches
 * a screen rather than a file. {@code System.console()} cannot answer this: it looks at standard input and
 * output, so {@code demarc grade ... 2>err.txt} from a terminal would fill the file with redraws.
 */
public final class Terminal {

    private static final Path STDERR_LINK = Path.of("/proc/self/fd/2");

    private Terminal() {
    }

    /**
     * On Linux the answer comes from where descriptor 2 points (a {@code /dev/pts/N} or {@code /dev/ttyN}
     * device); where the system gives no such view, a console on both standard streams is the best guess left.
     */
    public static boolean stderrIsTerminal() {
        if (Files.isSymbolicLink(STDERR_LINK)) {
            try {
                return isTerminalDevice(Files.readSymbolicLink(STDERR_LINK).toString());
            } catch (IOException | SecurityException e) {
                return false;
            }
        }
        return System.console() != null;
    }

    static boolean isTerminalDevice(String target) {
        return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
    }
}
