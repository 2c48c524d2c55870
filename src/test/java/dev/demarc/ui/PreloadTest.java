package dev.demarc.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Start-up work runs beside the caller, never keeps the app alive, and fails quietly for the window to report. */
class PreloadTest {

    @Test
    void runsTheWorkOnADaemonThreadOfItsOwn() throws InterruptedException {
        AtomicReference<Thread> ranOn = new AtomicReference<>();

        Thread thread = Preload.inBackground("preload-test", () -> ranOn.set(Thread.currentThread()));
        thread.join(10_000);

        assertEquals(thread, ranOn.get());
        assertNotEquals(Thread.currentThread(), ranOn.get());
        assertTrue(thread.isDaemon());
        assertEquals("preload-test", thread.getName());
    }

    @Test
    void aFailureDoesNotEscapeTheThread() throws InterruptedException {
        List<Throwable> escaped = new ArrayList<>();
        Thread.UncaughtExceptionHandler previous = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> escaped.add(e));
        try {
            Thread thread = Preload.inBackground("preload-test", () -> {
                throw new IllegalStateException("broken catalog");
            });
            thread.join(10_000);
            assertFalse(thread.isAlive());
        } finally {
            Thread.setDefaultUncaughtExceptionHandler(previous);
        }
        assertEquals(List.of(), escaped);
    }
}
