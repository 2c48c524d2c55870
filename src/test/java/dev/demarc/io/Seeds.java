package dev.demarc.io;

/**
 * Runs a property over many seeded tries inside one JUnit test, so the test count says how many properties
 * there are, not how many inputs they saw. Each run draws new inputs: the seeds come from a base taken from
 * the clock (or {@code -Ddemarc.seedBase=B}, which replays a whole run). The first try that fails stops the
 * property with a message naming its seed, the base and both ways to replay; {@code -Ddemarc.seed=S} runs
 * the one input of seed S alone.
 */
public final class Seeds {

    /** One try of a property: throws (an assertion or any exception) when it does not hold for the seed. */
    @FunctionalInterface
    public interface Try {
        void check(long seed) throws Exception;
    }

    private static final String ONE = "demarc.seed";
    private static final String BASE = "demarc.seedBase";
    /** Shared by every property of the JVM, so one number replays the whole run. */
    private static final long RUN_BASE = Long.getLong(BASE, System.currentTimeMillis() ^ System.nanoTime());

    private Seeds() {
    }

    /** Checks {@code property} for {@code tries} seeds (or only the one given by {@code -Ddemarc.seed}). */
    public static void check(int tries, Try property) {
        long[] seeds = seeds(tries);
        for (int i = 0; i < seeds.length; i++) {
            try {
                property.check(seeds[i]);
            } catch (Exception | AssertionError failure) {
                throw new AssertionError("seed " + seeds[i] + " (try " + (i + 1) + " of " + seeds.length + ", "
                        + run() + "; this input alone: -D" + ONE + "=" + seeds[i] + "): " + failure.getMessage(),
                        failure);
            }
        }
    }

    /** True when {@code -Ddemarc.seed} runs a single input, so checks over a whole run do not apply. */
    public static boolean replayingOne() {
        return System.getProperty(ONE) != null;
    }

    /** The base of this run and how to replay it, for messages of checks over a whole run. */
    public static String run() {
        return "base " + RUN_BASE + ", the whole run: -D" + BASE + "=" + RUN_BASE;
    }

    static long[] seeds(int tries) {
        String one = System.getProperty(ONE);
        if (one != null) {
            return new long[] {Long.parseLong(one)};
        }
        long[] seeds = new long[tries];
        for (int i = 0; i < tries; i++) {
            seeds[i] = mix(RUN_BASE + i * 0x9E3779B97F4A7C15L);
        }
        return seeds;
    }

    /** SplitMix64's finalizer: neighbouring bases and tries give unrelated seeds. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
