package dev.demarc.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;

/**
 * Measures how long the JavaFX thread keeps a posted task waiting: a background thread posts a task about
 * every millisecond, waits for it to run and keeps the longest wait, and the JavaFX thread's own CPU time
 * during the worst wait (a wait also includes waiting for the software renderer and, on a busy machine, for a
 * processor). Start it on any thread but the JavaFX thread, with the JavaFX thread's id.
 */
public final class Heartbeat extends Thread {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final long fxThread;
    private final boolean trace;
    private final long began = System.nanoTime();
    private volatile double longestMs;
    private volatile double longestCpuMs;

    /** A heartbeat for the JavaFX thread {@code fxThread}; with {@code trace}, prints every wait over 50 ms. */
    public Heartbeat(long fxThread, boolean trace) {
        super("heartbeat");
        this.fxThread = fxThread;
        this.trace = trace;
        setDaemon(true);
    }

    @Override
    public void run() {
        try {
            while (!isInterrupted()) {
                CountDownLatch ran = new CountDownLatch(1);
                long posted = System.nanoTime();
                long cpuBefore = THREADS.getThreadCpuTime(fxThread);
                Platform.runLater(ran::countDown);
                ran.await();
                double waited = (System.nanoTime() - posted) / 1e6;
                double cpu = (THREADS.getThreadCpuTime(fxThread) - cpuBefore) / 1e6;
                longestMs = Math.max(longestMs, waited);
                longestCpuMs = Math.max(longestCpuMs, cpu);
                if (trace && waited > 50) {
                    System.out.printf(Locale.ROOT, "  busy %.0f ms (%.0f ms CPU), until %.0f ms after the start%n",
                            waited, cpu, (System.nanoTime() - began) / 1e6);
                }
                Thread.sleep(1);
            }
        } catch (InterruptedException e) {
            // Asked to stop.
        }
    }

    /** Stops the heartbeat and waits until it has. */
    public void finish() throws InterruptedException {
        interrupt();
        join();
    }

    /** The longest a posted task waited, in milliseconds. */
    public double longestWaitMs() {
        return longestMs;
    }

    /** The JavaFX thread's largest CPU time within one wait, in milliseconds. */
    public double longestCpuMs() {
        return longestCpuMs;
    }
}
