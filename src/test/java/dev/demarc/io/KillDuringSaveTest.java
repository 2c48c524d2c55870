package dev.demarc.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.demarc.bench.DiagramGenerator;
import dev.demarc.catalog.Catalog;
import dev.demarc.model.Diagram;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a child JVM ({@link SaveLoop}) in the middle of saving large diagrams, many times, at random moments: the file
 * on disk is always
 * exactly one of the two complete versions (never a mix, never truncated) and loads, and so is its backup.
 * The seed is printed on failure; {@code -Ddemarc.killSeed=N} replays a run.
 */
class KillDuringSaveTest {

    static final int ITERATIONS = 36;
    /** Sizes in components of the two versions saved in turn. */
    private static final int SIZE_A = 1800;
    private static final int SIZE_B = 2100;
    private static final Catalog CATALOG = Catalog.builtIn();

    @TempDir
    Path dir;

    /** A large diagram of about {@code size} components; the two sizes give different files. */
    private static Diagram diagram(int size) {
        Diagram d = DiagramGenerator.generate(size);
        return d.withTitle("Generated with " + d.components().size() + " components");
    }

    @Test
    void aKilledSaveLeavesTheOldOrTheNewFileAndNeverAMix() throws Exception {
        long seed = Long.getLong("demarc.killSeed", System.nanoTime());
        Random random = new Random(seed);
        DiagramWriter writer = new DiagramWriter(CATALOG);
        byte[] a = writer.toBytes(diagram(SIZE_A));
        byte[] b = writer.toBytes(diagram(SIZE_B));
        Path versions = Files.createDirectory(dir.resolve("versions"));
        Path fileA = Files.write(versions.resolve("a.json"), a);
        Path fileB = Files.write(versions.resolve("b.json"), b);
        Path saves = Files.createDirectory(dir.resolve("saves"));
        Path file = Files.write(saves.resolve("large.json"), a);
        int killedMidWrite = 0;
        long started = System.nanoTime();
        for (int i = 0; i < ITERATIONS; i++) {
            int delay = random.nextInt(120);
            Process child = start(file, fileA, fileB);
            try {
                awaitSaving(child, seed);
                Thread.sleep(delay);
            } finally {
                child.destroyForcibly();
                assertTrue(child.waitFor(10, TimeUnit.SECONDS), "the child process ended");
            }
            String where = "iteration " + i + " (kill after " + delay + " ms, seed " + seed + ")";
            assertOneOf(file, a, b, where);
            Path backup = AtomicFiles.backupOf(file);
            if (Files.exists(backup)) {
                assertOneOf(backup, a, b, "backup, " + where);
            }
            killedMidWrite += removeLeftovers(saves);
        }
        System.out.printf("KillDuringSaveTest: %d kills while saving files of %,d and %,d bytes, %d of them left a "
                + "temporary file (killed mid-save), %.1f s, seed %d%n", ITERATIONS, a.length, b.length, killedMidWrite,
                (System.nanoTime() - started) / 1e9, seed);
    }

    private void assertOneOf(Path file, byte[] a, byte[] b, String where) throws IOException {
        byte[] now = Files.readAllBytes(file);
        if (!Arrays.equals(now, a) && !Arrays.equals(now, b)) {
            fail(file.getFileName() + " is neither complete version after " + where + ": " + now.length
                    + " bytes, versions have " + a.length + " and " + b.length);
        }
        try {
            new DiagramReader(CATALOG).read(file);
        } catch (DiagramLoadException e) {
            fail(file.getFileName() + " does not load after " + where + ": " + e.getMessage());
        }
    }

    private Process start(Path file, Path a, Path b) throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        return new ProcessBuilder(List.of(java.toString(), "-XX:TieredStopAtLevel=1", "-Xshare:auto", "-cp",
                System.getProperty("java.class.path"), SaveLoop.class.getName(), file.toString(),
                a.toString(), b.toString()))
                .redirectErrorStream(true).start();
    }

    private static void awaitSaving(Process child, long seed) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        String line = out.readLine();
        assertEquals("saving", line, "the child started saving (seed " + seed + ")");
    }

    /** Deletes the temporary files a killed save left; returns how many there were. */
    private static int removeLeftovers(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> temps = files.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList();
            for (Path temp : temps) {
                Files.delete(temp);
            }
            return temps.isEmpty() ? 0 : 1;
        }
    }
}
