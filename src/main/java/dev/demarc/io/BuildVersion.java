package dev.demarc.io;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * The version of Demarc that is running, as the build wrote it into {@code dev/demarc/version.properties}
 * (Maven fills in {@code ${project.version}} while it copies the resources). {@code --version}, the About
 * dialog and the reports all ask here, so the pom is the only place a version is typed.
 */
public final class BuildVersion {

    static final String RESOURCE = "/dev/demarc/version.properties";
    /** Shown when the resource is missing or was copied without filtering (classes built outside Maven). */
    static final String UNKNOWN = "unknown";

    private static final String CURRENT = read();

    private BuildVersion() {
    }

    /** The running version, e.g. {@code 0.1.0}, or {@code unknown} when the build did not record one. */
    public static String current() {
        return CURRENT;
    }

    private static String read() {
        try (InputStream in = BuildVersion.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return UNKNOWN;
            }
            Properties properties = new Properties();
            properties.load(in);
            return usable(properties.getProperty("version"));
        } catch (IOException e) {
            // A damaged jar: the version is the least of the user's worries, and no reason to fail a command.
            return UNKNOWN;
        }
    }

    /** The value, unless it is blank or still the placeholder the build should have replaced. */
    static String usable(String value) {
        return value == null || value.isBlank() || value.contains("${") ? UNKNOWN : value.trim();
    }
}
