package dev.demarc.recovery;

import dev.demarc.catalog.Catalog;
import dev.demarc.io.DiagramReader;
import dev.demarc.io.DiagramWriter;
import dev.demarc.model.Diagram;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

/**
 * Another instance of Demarc, as far as the recovery folder can tell: a child JVM that opens a store,
 * autosaves one diagram, prints "saved" and then waits to be killed. Tests use it to leave the copy of a
 * crashed instance behind, and to check that a running instance's copy is never offered.
 */
public final class RecoveryChild {

    private RecoveryChild() {
    }

    /** Arguments: the recovery folder, the diagram file to autosave, and the time to record (ISO-8601). */
    public static void main(String[] args) throws Exception {
        Catalog catalog = Catalog.builtIn();
        DiagramReader reader = new DiagramReader(catalog);
        Path file = Path.of(args[1]);
        Diagram diagram = reader.read(file).diagram();
        RecoveryStore store = RecoveryStore.open(Path.of(args[0]), new DiagramWriter(catalog), reader);
        store.save(diagram, new RecoveryInfo(file.getFileName().toString(), file, Instant.parse(args[2]),
                diagram.components().size()));
        System.out.println("saved");
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }

    /** Starts a child that autosaves {@code file} into {@code root}, and waits until it has. */
    public static Process start(Path root, Path file, Instant time) throws IOException {
        Path javaExe = Path.of(System.getProperty("java.home"), "bin", "java");
        Process child = new ProcessBuilder(javaExe.toString(), "-XX:TieredStopAtLevel=1", "-cp",
                System.getProperty("java.class.path"), RecoveryChild.class.getName(), root.toString(),
                file.toString(), time.toString()).redirectErrorStream(true).start();
        String line = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8)).readLine();
        if (!"saved".equals(line)) {
            child.destroyForcibly();
            throw new IllegalStateException("the child instance did not save: " + line);
        }
        return child;
    }

    /** Kills the child as a crash would, and waits until it is gone. */
    public static void kill(Process child) throws InterruptedException {
        child.destroyForcibly();
        if (!child.waitFor(10, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the child instance did not end");
        }
    }
}
