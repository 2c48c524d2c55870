package dev.demarc.io;

import java.util.stream.LongStream;

/**
 * The seeds of the property tests: each try of a property is one JUnit invocation named by its seed, so a
 * failure names the seed that reproduces it ({@code -Ddemarc.seed=N} runs that one alone). A different
 * {@code -Ddemarc.seedBase} explores other inputs; the default keeps every run the same.
 */
public final class Seeds {

    private Seeds() {
    }

    public static LongStream of(int tries) {
        String one = System.getProperty("demarc.seed");
        if (one != null) {
            return LongStream.of(Long.parseLong(one));
        }
        long base = Long.getLong("demarc.seedBase", 20_261_129L);
        return LongStream.range(0, tries).map(i -> base * 1_000_003L + i * 0x9E3779B97F4A7C15L);
    }
}
