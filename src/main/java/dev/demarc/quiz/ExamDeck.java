package dev.demarc.quiz;

import dev.demarc.catalog.Catalog;
import dev.demarc.catalog.ExamSignal;
import dev.demarc.catalog.TypeSpec;
import dev.demarc.model.ComponentType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * The exam question deck: every exam signal of the catalog as a card, shuffled with a seed so that an
 * instructor who reads out the seed gets the same order on every student's machine (the same seed and
 * catalog always give the same sequence). The student reveals each answer and marks it right or wrong
 * themselves. Plain Java, tested without a display.
 */
public final class ExamDeck {

    private final long seed;
    private final List<ExamCard> cards;
    private final Boolean[] marks;

    /** The {@code cards} in catalog order, shuffled by {@code new Random(seed)}. */
    public ExamDeck(List<ExamCard> cards, long seed) {
        this.seed = seed;
        List<ExamCard> shuffled = new ArrayList<>(cards);
        Collections.shuffle(shuffled, new Random(seed));
        this.cards = List.copyOf(shuffled);
        this.marks = new Boolean[shuffled.size()];
    }

    /** A deck of every exam signal of every type in the catalog, in catalog order before shuffling. */
    public static ExamDeck of(Catalog catalog, long seed) {
        return new ExamDeck(cards(catalog), seed);
    }

    /**
     * A deck of the exam signals of the given types only (the quiz's subject, say RDS), or of every type
     * when {@code types} is empty.
     */
    public static ExamDeck of(Catalog catalog, long seed, Set<ComponentType> types) {
        List<ExamCard> cards = cards(catalog).stream().filter(c -> types.isEmpty() || types.contains(c.type()))
                .toList();
        return new ExamDeck(cards, seed);
    }

    static List<ExamCard> cards(Catalog catalog) {
        List<ExamCard> out = new ArrayList<>();
        for (TypeSpec t : catalog.types()) {
            for (ExamSignal s : t.examSignals()) {
                out.add(new ExamCard(t.type(), t.shortName(), s.question(), s.answer()));
            }
        }
        return out;
    }

    public long seed() {
        return seed;
    }

    /** The cards in the order they are asked. */
    public List<ExamCard> cards() {
        return cards;
    }

    public int size() {
        return cards.size();
    }

    /** The student's own verdict on card {@code position}: right, wrong, or empty when not marked yet. */
    public Optional<Boolean> mark(int position) {
        return Optional.ofNullable(marks[position]);
    }

    public void mark(int position, boolean right) {
        marks[position] = right;
    }

    /** Right answers out of the cards marked so far. */
    public Score score() {
        int marked = 0;
        int right = 0;
        for (Boolean m : marks) {
            if (m != null) {
                marked++;
                right += m ? 1 : 0;
            }
        }
        return new Score(right, marked);
    }
}
