package dev.demarc.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Processor time read from Linux's {@code /proc}, for start-up harnesses that run on the packaged runtime, which
 * has no {@code java.management} module: the calling thread's time between marks, and at the end every thread's
 * total, grouped by name (the JIT compilers, the JavaFX thread, the renderer).
 */
final class ProcessClock {

    private static final long TICK_MS = 10;

    private final PrintStream out;
    private long threadNanos = threadNanos();
    private long wallNanos = System.nanoTime();

    ProcessClock(PrintStream out) {
        this.out = out;
    }

    /** Prints the calling thread's processor time and the wall time since the last mark, and starts anew. */
    void mark(String phase) {
        long cpu = threadNanos();
        long wall = System.nanoTime();
        out.printf(Locale.ROOT, "%-22s thread %7.1f ms   wall %7.1f ms%n", phase, (cpu - threadNanos) / 1e6,
                (wall - wallNanos) / 1e6);
        threadNanos = cpu;
        wallNanos = wall;
    }

    /** Prints each thread group's processor time since the process started, largest first. */
    void threads() {
        Map<String, Long> byName = new TreeMap<>();
        try (DirectoryStream<Path> tasks = Files.newDirectoryStream(Path.of("/proc/self/task"))) {
            for (Path task : tasks) {
                String stat = Files.readString(task.resolve("stat"));
                // The name is in parentheses and may hold spaces; numbered threads share a line.
                String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')')).replaceAll("\\d+$", "#");
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                byName.merge(name, ticks * TICK_MS, Long::sum);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byName.entrySet().stream().filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> out.printf(Locale.ROOT, "  %-18s %6d ms%n", e.getKey(), e.getValue()));
    }

    private static long threadNanos() {
        try {
            return Long.parseLong(Files.readString(Path.of("/proc/thread-self/schedstat")).split(" ")[0]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
