package dev.demarc.quiz;

import dev.demarc.analysis.ComponentAnalysis;
import dev.demarc.analysis.LayerAssessment;
import dev.demarc.catalog.Catalog;
import dev.demarc.catalog.Owner;
import dev.demarc.model.Component;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The layer quiz: for every layer of every component of an analysis, the student names the owner (AWS,
 * customer, shared, or not applicable where the layer does not exist for the component), and is marked
 * against the analyzer. Plain Java so that scoring is tested without a display.
 *
 * <p>Questions run component by component in diagram order and, within a component, from the top of the
 * stack (logging) down to facilities, as the stacks are drawn. An unanswered question counts as wrong.
 */
public final class LayerQuiz {

    /** One question after Check: what the student answered (empty when skipped) and whether it is right. */
    public record Marked(LayerQuestion question, Optional<Owner> answer) {

        public boolean right() {
            return answer.isPresent() && answer.get() == question.expected();
        }
    }

    private final List<LayerQuestion> questions;
    private final Owner[] answers;

    public LayerQuiz(List<LayerQuestion> questions) {
        this.questions = List.copyOf(questions);
        this.answers = new Owner[this.questions.size()];
    }

    /** A quiz on every layer of the given analysed components, in the order given. */
    public static LayerQuiz of(Catalog catalog, List<ComponentAnalysis> components) {
        List<LayerQuestion> out = new ArrayList<>();
        for (ComponentAnalysis a : components) {
            Component c = a.component();
            List<LayerAssessment> layers = a.layers();
            for (int i = layers.size() - 1; i >= 0; i--) {
                LayerAssessment l = layers.get(i);
                out.add(new LayerQuestion(c.id(), c.displayLabel(), c.type(), l.layer(),
                        catalog.layer(l.layer()).name(), l.owner(), l.why()));
            }
        }
        return new LayerQuiz(out);
    }

    public List<LayerQuestion> questions() {
        return questions;
    }

    public void answer(int index, Owner owner) {
        answers[index] = owner;
    }

    public Optional<Owner> answer(int index) {
        return Optional.ofNullable(answers[index]);
    }

    /** How many questions have no answer yet. */
    public int remaining() {
        return (int) Arrays.stream(answers).filter(a -> a == null).count();
    }

    public boolean allAnswered() {
        return Arrays.stream(answers).allMatch(a -> a != null);
    }

    /** Every question with the student's answer and whether it is right, in question order. */
    public List<Marked> marked() {
        List<Marked> out = new ArrayList<>(questions.size());
        for (int i = 0; i < questions.size(); i++) {
            out.add(new Marked(questions.get(i), answer(i)));
        }
        return out;
    }

    public Score score() {
        return new Score((int) marked().stream().filter(Marked::right).count(), questions.size());
    }
}
