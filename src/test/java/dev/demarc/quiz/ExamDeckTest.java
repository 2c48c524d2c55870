package dev.demarc.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.demarc.catalog.Catalog;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The exam deck: every exam signal of the catalog, in an order fixed by the seed, marked by the student. */
class ExamDeckTest {

    private static final Catalog CATALOG = Catalog.builtIn();

    private static List<String> order(long seed) {
        return ExamDeck.of(CATALOG, seed).cards().stream().map(ExamCard::question).toList();
    }

    @Test
    void theSameSeedGivesTheSameOrder() {
        assertEquals(order(42), order(42));
    }

    @Test
    void anotherSeedGivesAnotherOrder() {
        assertNotEquals(order(42), order(43));
    }

    @Test
    void theDeckHoldsEveryExamSignalOfTheCatalogFilesWithItsAnswer() {
        Map<String, String> expected = CatalogFiles.examSignals();
        Map<String, String> actual = new HashMap<>();
        ExamDeck.of(CATALOG, 7).cards().forEach(c -> actual.put(c.question(), c.answer()));

        assertEquals(expected, actual);
        assertEquals(expected.size(), ExamDeck.of(CATALOG, 7).size());
    }

    @Test
    void theScoreCountsOnlyMarkedCards() {
        ExamDeck deck = ExamDeck.of(CATALOG, 1);

        deck.mark(0, true);
        deck.mark(1, false);
        deck.mark(2, true);

        assertEquals(new Score(2, 3), deck.score());
        assertEquals(Optional.of(false), deck.mark(1));
        assertEquals(Optional.empty(), deck.mark(3));
    }
}
