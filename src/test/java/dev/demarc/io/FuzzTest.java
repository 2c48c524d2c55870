package dev.demarc.io;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.demarc.catalog.Catalog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Feeds the loader thousands of damaged versions of the samples (flipped bytes, truncation, duplicated
 * keys, huge numbers, deep nesting, random insertions and deletions, combinations of these): every one gives
 * a diagram or a {@link DiagramLoadException} with a readable message, within a time bound, and nothing
 * else. The run is seeded: the seed is printed, and {@code -Ddemarc.fuzzSeed=N} replays it. A failing input
 * is kept in {@code target/fuzz-failures/}.
 *
 * <p>Replay: {@code ./mvnw test -Dtest=FuzzTest -Ddemarc.fuzzSeed=N}.
 */
class FuzzTest {

    /** Files per run; {@code -Ddemarc.fuzzCases=N} runs more for a deeper search. */
    static final int CASES = Integer.getInteger("demarc.fuzzCases", 12_000);
    /** Far above the few milliseconds a file takes, so a slow shared build machine does not fail the test. */
    private static final long BOUND_MILLIS = 2_000;
    private static final Path SAMPLES = Path.of(System.getProperty("demarc.samples", "samples"));

    private final DiagramReader reader = new DiagramReader(Catalog.builtIn());
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "fuzz-reader");
        t.setDaemon(true);
        return t;
    });

    @AfterEach
    void stop() {
        worker.shutdownNow();
    }

    @Test
    void everyMutatedSampleLoadsOrIsRefusedWithAMessage() throws Exception {
        long seed = Long.getLong("demarc.fuzzSeed", System.nanoTime());
        Random random = new Random(seed);
        List<byte[]> samples = samples();
        int loaded = 0;
        int refused = 0;
        long slowest = 0;
        long started = System.nanoTime();
        for (int i = 0; i < CASES; i++) {
            byte[] input = Mutations.mutate(samples.get(random.nextInt(samples.size())), random);
            long before = System.nanoTime();
            Future<Object> result = worker.submit(() -> {
                try {
                    return reader.read(input);
                } catch (DiagramLoadException e) {
                    return e;
                }
            });
            Object outcome;
            try {
                outcome = result.get(BOUND_MILLIS, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                throw new AssertionError(failure(seed, i, input, "took longer than " + BOUND_MILLIS + " ms"));
            } catch (ExecutionException e) {
                throw new AssertionError(failure(seed, i, input, "threw " + e.getCause()), e.getCause());
            }
            slowest = Math.max(slowest, System.nanoTime() - before);
            if (outcome instanceof DiagramLoadException e) {
                refused++;
                int index = i;
                assertFalse(e.problems().isEmpty(), () -> failure(seed, index, input, "refused without a problem"));
                for (Problem p : e.problems()) {
                    assertFalse(p.describe().isBlank(), () -> failure(seed, index, input,
                            "refused with a blank message"));
                    assertNoInternals(p.describe(), () -> failure(seed, index, input, "leaks parser internals"));
                    assertFalse(p.message().equals(JsonSyntax.UNEXPLAINED)
                            || p.message().equals(JsonSyntax.UNEXPLAINED_LIMIT),
                            () -> failure(seed, index, input, "refused by Jackson, unexplained by JsonScan"));
                }
            } else {
                loaded++;
            }
        }
        System.out.printf("FuzzTest: %,d mutated files (%,d loaded, %,d refused with a message), slowest %.1f ms,"
                + " %.1f s in all, seed %d%n", CASES, loaded, refused, slowest / 1e6,
                (System.nanoTime() - started) / 1e9, seed);
        assertTrue(refused > CASES / 2, "most mutations break the file; the mutator must not be a no-op");
    }

    /**
     * As {@link HostileInputTest#assertNoInternals}, except that a backtick may be the file's own text (a
     * field name or a character quoted from the file); Jackson's own notation is a backticked class name.
     */
    private static void assertNoInternals(String message, Supplier<String> failure) {
        assertFalse(Pattern.compile("`[A-Za-z]+\\.[A-Za-z_.]+`").matcher(message).find(),
                () -> failure.get() + ": " + message);
        try {
            HostileInputTest.assertNoInternals(message.replace("`", ""));
        } catch (AssertionError e) {
            throw new AssertionError(failure.get() + ": " + e.getMessage(), e);
        }
    }

    private static List<byte[]> samples() throws IOException {
        List<byte[]> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(SAMPLES)) {
            for (Path p : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                out.add(Files.readAllBytes(p));
            }
        }
        assertTrue(out.size() >= 3, "samples found in " + SAMPLES);
        return out;
    }

    /** The failure message, after saving the input for a look. */
    private static String failure(long seed, int index, byte[] input, String what) {
        Path kept = Path.of("target", "fuzz-failures", "seed-" + seed + "-case-" + index + ".json");
        try {
            Files.createDirectories(kept.getParent());
            Files.write(kept, input);
        } catch (IOException e) {
            kept = Path.of("(could not be kept: " + e.getMessage() + ")");
        }
        return "case " + index + " " + what + "; replay with -Ddemarc.fuzzSeed=" + seed + "; input kept in " + kept;
    }

    /** The ways a file is damaged. Each call applies one to three of them. */
    static final class Mutations {

        private static final String[] TOKENS = {"{", "}", "[", "]", ",", ":", "\"", "null", "true", "-", "1e999",
            "\\u0000", "\\ud800", "\u0000", "\u00e9", "\ud83d\ude00", "/*", "NaN", "Infinity", "0x1F", "'", "\\"};
        private static final String[] HUGE = {"1e400", "-1e400", "1e-400", "99999999999999999999999999999999",
            "123456789012345678901234567890123456789012345678901234567890123456789", "-0", "0.000000000000000001",
            "9223372036854775808", "-9223372036854775809", "1.7976931348623157e309"};

        private Mutations() {
        }

        static byte[] mutate(byte[] sample, Random random) {
            byte[] out = sample;
            int count = 1 + random.nextInt(3);
            for (int i = 0; i < count; i++) {
                out = once(out, random);
            }
            return out;
        }

        private static byte[] once(byte[] in, Random random) {
            if (in.length == 0) {
                return insert(in, 0, TOKENS[random.nextInt(TOKENS.length)].getBytes(StandardCharsets.UTF_8));
            }
            int at = random.nextInt(in.length);
            return switch (random.nextInt(9)) {
                case 0 -> flip(in, random);
                case 1 -> Arrays.copyOf(in, at);
                case 2 -> duplicateLine(in, random);
                case 3 -> replaceNumber(in, random, HUGE[random.nextInt(HUGE.length)]);
                case 4 -> insert(in, valueStart(in, at), nesting(random));
                case 5 -> insert(in, at, TOKENS[random.nextInt(TOKENS.length)].getBytes(StandardCharsets.UTF_8));
                case 6 -> insert(in, at, randomBytes(random));
                case 7 -> delete(in, at, random.nextInt(Math.min(64, in.length - at) + 1));
                default -> swapLines(in, random);
            };
        }

        private static byte[] flip(byte[] in, Random random) {
            byte[] out = in.clone();
            int flips = 1 + random.nextInt(4);
            for (int i = 0; i < flips; i++) {
                out[random.nextInt(out.length)] ^= (byte) (1 << random.nextInt(8));
            }
            return out;
        }

        /** Repeats a line: in an object this duplicates a key, in an array an element. */
        private static byte[] duplicateLine(byte[] in, Random random) {
            List<String> lines = lines(in);
            int i = random.nextInt(lines.size());
            lines.add(i, lines.get(i));
            return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
        }

        private static byte[] swapLines(byte[] in, Random random) {
            List<String> lines = lines(in);
            Collections.swap(lines, random.nextInt(lines.size()), random.nextInt(lines.size()));
            return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
        }

        private static byte[] replaceNumber(byte[] in, Random random, String number) {
            String text = new String(in, StandardCharsets.UTF_8);
            Matcher m = Pattern.compile("(?<=: )-?\\d+(\\.\\d+)?").matcher(text);
            List<int[]> spans = new ArrayList<>();
            while (m.find()) {
                spans.add(new int[] {m.start(), m.end()});
            }
            if (spans.isEmpty()) {
                return flip(in, random);
            }
            int[] s = spans.get(random.nextInt(spans.size()));
            return (text.substring(0, s[0]) + number + text.substring(s[1])).getBytes(StandardCharsets.UTF_8);
        }

        /** A value nested deeper than any limit, or just under it. */
        private static byte[] nesting(Random random) {
            int depth = random.nextBoolean() ? 5 + random.nextInt(40) : 1_000 + random.nextInt(4_000);
            String open = random.nextBoolean() ? "[" : "{\"a\":";
            String close = open.equals("[") ? "]" : "}";
            return (open.repeat(depth) + "1" + close.repeat(random.nextBoolean() ? depth : depth / 2) + ",")
                    .getBytes(StandardCharsets.UTF_8);
        }

        /** Just after the next ": " from {@code at}, so the nesting lands where a value starts. */
        private static int valueStart(byte[] in, int at) {
            for (int i = at; i + 1 < in.length; i++) {
                if (in[i] == ':' && in[i + 1] == ' ') {
                    return i + 2;
                }
            }
            return at;
        }

        private static byte[] randomBytes(Random random) {
            byte[] bytes = new byte[1 + random.nextInt(16)];
            random.nextBytes(bytes);
            return bytes;
        }

        private static byte[] insert(byte[] in, int at, byte[] what) {
            byte[] out = new byte[in.length + what.length];
            System.arraycopy(in, 0, out, 0, at);
            System.arraycopy(what, 0, out, at, what.length);
            System.arraycopy(in, at, out, at + what.length, in.length - at);
            return out;
        }

        private static byte[] delete(byte[] in, int at, int length) {
            byte[] out = new byte[in.length - length];
            System.arraycopy(in, 0, out, 0, at);
            System.arraycopy(in, at + length, out, at, in.length - at - length);
            return out;
        }

        private static List<String> lines(byte[] in) {
            return new ArrayList<>(List.of(new String(in, StandardCharsets.UTF_8).split("\n", -1)));
        }
    }
}
