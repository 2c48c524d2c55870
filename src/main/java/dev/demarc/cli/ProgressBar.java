package dev.demarc.cli;

import java.io.PrintStream;

/**
 * A one-line progress bar redrawn in place with carriage returns, for a person watching a terminal. Only
 * used when stderr is a terminal, so pipes, files and tests never receive the control characters.
 */
final class ProgressBar {

    static final int WIDTH = 30;

    private final PrintStream err;
    private final int total;
    private final String label;
    private int lastLength;

    ProgressBar(PrintStream err, int total, String label) {
        this.err = err;
        this.total = Math.max(1, total);
        this.label = label;
    }

    /** Redraws the bar with {@code done} of the total finished. */
    void show(int done) {
        int filled = (int) ((long) done * WIDTH / total);
        String line = label + " [" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] " + done + "/" + total;
        err.print("\r" + line);
        err.flush();
        lastLength = line.length();
    }

    /** Wipes the bar so that the output that follows starts on a clean line. */
    void clear() {
        err.print("\r" + " ".repeat(lastLength) + "\r");
        err.flush();
    }
}
