package dev.demarc.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The baseline for {@code RecoveryTest}'s typing measurement: the same edits in a window without autosave. */
class TypingCostWithoutAutosaveTest extends EditorTestBase {

    @Test
    void typingWithoutAutosaveForComparison() throws Exception {
        TypingCost.Result cost = TypingCost.measure(model);

        System.out.println("Typing without autosave: " + cost);
        assertTrue(cost.p95Ms() < 16, cost.toString());
    }
}
