package dev.demarc.recovery;

import java.nio.file.Path;
import java.util.Locale;

/**
 * The per-user folder where Demarc keeps what is not the user's own files: recovery copies of unsaved
 * diagrams and the error log. Not next to the user's diagrams, so a read-only or vanished folder there never
 * stops an autosave. The system property {@code demarc.home} overrides it (tests, portable installs).
 */
public record AppFolder(Path home) {

    /** The folder for this user: {@code demarc.home} if set, else the platform's place for application data. */
    public static AppFolder forUser() {
        String override = System.getProperty("demarc.home");
        if (override != null && !override.isBlank()) {
            return new AppFolder(Path.of(override));
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        Path userHome = Path.of(System.getProperty("user.home"));
        if (os.startsWith("windows") && System.getenv("APPDATA") != null) {
            return new AppFolder(Path.of(System.getenv("APPDATA"), "Demarc"));
        }
        if (os.startsWith("mac")) {
            return new AppFolder(userHome.resolve("Library/Application Support/Demarc"));
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        return new AppFolder((xdg != null && !xdg.isBlank() ? Path.of(xdg) : userHome.resolve(".local/share"))
                .resolve("demarc"));
    }

    /** Where the recovery copies live, one subfolder per running instance. */
    public Path recovery() {
        return home.resolve("recovery");
    }

    /** The error log, with the stack trace of every unexpected error. */
    public Path logFile() {
        return home.resolve("logs").resolve("demarc.log");
    }
}
