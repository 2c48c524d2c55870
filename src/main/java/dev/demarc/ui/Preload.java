package dev.demarc.ui;

/**
 * Start-up work done on a background thread while JavaFX starts its toolkit, which keeps the launching thread
 * waiting anyway. The work must cache its result where the window will look for it (as {@code Catalog.builtIn()}
 * does); a failure is dropped here, because the window repeats the work and reports the problem to the user.
 */
final class Preload {

    private Preload() {
    }

    /** Starts {@code work} on a daemon thread called {@code name} and returns the thread. */
    static Thread inBackground(String name, Runnable work) {
        Thread thread = new Thread(() -> {
            try {
                work.run();
            } catch (RuntimeException e) {
                // Reported by the window, which does the same work again and shows what went wrong.
            }
        }, name);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }
}
