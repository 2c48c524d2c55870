package dev.demarc.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A property's tries run inside one test, and the first failing one is named with the way to replay it. */
class SeedsTest {

    @Test
    void everyTryRunsWithADifferentSeed() {
        List<Long> seen = new ArrayList<>();
        Seeds.check(50, seen::add);
        assertEquals(50, seen.size());
        assertEquals(50, new HashSet<>(seen).size());
    }

    @Test
    void theFirstFailingTryIsNamedWithItsSeedAndTheRunsBase() {
        List<Long> seen = new ArrayList<>();
        IllegalStateException bug = new IllegalStateException("boom");
        AssertionError failure = assertThrows(AssertionError.class, () -> Seeds.check(10, seed -> {
            seen.add(seed);
            if (seen.size() == 4) {
                throw bug;
            }
        }));
        long failing = seen.get(3);
        assertEquals(4, seen.size(), "the property stops at its first failure");
        String message = failure.getMessage();
        assertTrue(message.startsWith("seed " + failing + " (try 4 of 10, base "), message);
        assertTrue(message.contains("-Ddemarc.seed=" + failing + "): boom"), message);
        assertTrue(message.contains("-Ddemarc.seedBase="), message);
        assertSame(bug, failure.getCause());
    }

    @Test
    void aFailedAssertionKeepsItsOwnMessage() {
        AssertionError failure = assertThrows(AssertionError.class,
                () -> Seeds.check(3, seed -> assertNotEquals(seed, seed, "same seed")));
        assertTrue(failure.getMessage().contains("): same seed"), failure.getMessage());
    }
}
