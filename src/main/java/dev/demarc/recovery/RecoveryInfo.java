package dev.demarc.recovery;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Properties;

/**
 * What a recovery copy is, for the person deciding whether to restore it: the document's name, the file it
 * belongs to (null for a diagram never saved), when it was copied and how many components it has.
 */
public record RecoveryInfo(String name, Path originalFile, Instant savedAt, int componentCount) {

    Properties toProperties() {
        Properties p = new Properties();
        p.setProperty("name", name);
        if (originalFile != null) {
            p.setProperty("originalFile", originalFile.toAbsolutePath().toString());
        }
        p.setProperty("savedAt", savedAt.toString());
        p.setProperty("componentCount", Integer.toString(componentCount));
        return p;
    }

    /** Reads the properties {@link #toProperties} wrote; throws IllegalArgumentException when they are damaged. */
    static RecoveryInfo fromProperties(Properties p) {
        String name = p.getProperty("name");
        String saved = p.getProperty("savedAt");
        String count = p.getProperty("componentCount");
        if (name == null || saved == null || count == null) {
            throw new IllegalArgumentException("incomplete recovery information");
        }
        String original = p.getProperty("originalFile");
        try {
            return new RecoveryInfo(name, original == null ? null : Path.of(original), Instant.parse(saved),
                    Integer.parseInt(count));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("damaged recovery information", e);
        }
    }
}
