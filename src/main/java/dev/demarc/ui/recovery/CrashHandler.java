package dev.demarc.ui.recovery;

import dev.demarc.io.SaveFailures;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;

/**
 * What happens on an error nobody expected, on any thread: first the unsaved work is put in a recovery
 * copy, then the stack trace goes to the log file in the application folder, then the user sees a calm
 * message saying what failed, that the work is safe and where the log is. The app keeps running: JavaFX
 * carries on with the next event. While one message is on screen, further errors are only logged.
 */
public final class CrashHandler implements Thread.UncaughtExceptionHandler {

    /** The log is started afresh (the old one kept as {@code .1}) when it grows beyond this. */
    static final long MAX_LOG_BYTES = 1024 * 1024;

    private final Autosaver autosaver;
    private final Path log;
    private final RecoveryDialogs dialogs;
    private final AtomicBoolean showing = new AtomicBoolean();

    public CrashHandler(Autosaver autosaver, Path log, RecoveryDialogs dialogs) {
        this.autosaver = autosaver;
        this.log = log;
        this.dialogs = dialogs;
    }

    /** Handles uncaught errors of every thread, and of the JavaFX thread {@code fxThread} in particular. */
    public void install(Thread fxThread) {
        Thread.setDefaultUncaughtExceptionHandler(this);
        fxThread.setUncaughtExceptionHandler(this);
    }

    @Override
    public void uncaughtException(Thread thread, Throwable error) {
        try {
            String safety = secureWork();
            boolean logged = writeLog(thread, error);
            String what = "An unexpected error interrupted Demarc (" + error.getClass().getSimpleName()
                    + (error.getMessage() == null ? "" : ": " + error.getMessage()) + ").";
            if (showing.compareAndSet(false, true)) {
                Platform.runLater(() -> {
                    try {
                        dialogs.showError(what, safety, logged ? log : Path.of("(the log could not be written)"));
                    } finally {
                        showing.set(false);
                    }
                });
            }
        } catch (RuntimeException | Error secondary) {
            // The handler itself failed: the terminal is the last place left to report both.
            error.printStackTrace();
            secondary.printStackTrace();
        }
    }

    private String secureWork() {
        try {
            autosaver.copyIfChanged().get(10, TimeUnit.SECONDS);
            return "Your work is safe: any unsaved changes are kept in a recovery copy, and your saved files were not "
                    + "touched.";
        } catch (TimeoutException e) {
            return "Writing the recovery copy to " + autosaver.folder() + " did not finish within 10 seconds: save "
                    + "your work now, with Save As if needed.";
        } catch (Exception e) {
            Throwable cause = e instanceof ExecutionException && e.getCause() != null
                    ? e.getCause() : e;
            if (cause instanceof UncheckedIOException unchecked) {
                cause = unchecked.getCause();
            }
            String why = cause instanceof IOException io ? SaveFailures.reason(io)
                    : cause.getClass().getSimpleName();
            return "The recovery copy could not be written to " + autosaver.folder() + " (" + why + "): save your "
                    + "work now, with Save As if needed.";
        }
    }

    private boolean writeLog(Thread thread, Throwable error) {
        StringWriter trace = new StringWriter();
        error.printStackTrace(new PrintWriter(trace));
        String entry = Instant.now() + " unexpected error on thread " + thread.getName() + "\n" + trace + "\n";
        try {
            Files.createDirectories(log.getParent());
            if (Files.exists(log) && Files.size(log) > MAX_LOG_BYTES) {
                Files.move(log, log.resolveSibling(log.getFileName() + ".1"), StandardCopyOption.REPLACE_EXISTING);
            }
            Files.writeString(log, entry, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
            return true;
        } catch (IOException e) {
            System.err.print(entry);
            return false;
        }
    }
}
