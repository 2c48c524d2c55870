package dev.demarc.bench;

/**
 * The yardstick for the command line's start-up: a main that does nothing, started by the same runtime as the
 * app, so the time it takes is the runtime's own start and exit (docs/performance.md).
 */
public final class BareMain {

    private BareMain() {
    }

    public static void main(String[] args) {
        // Nothing: only starting and stopping the runtime is measured.
    }
}
