package dev.demarc.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.demarc.analysis.Analyzer;
import dev.demarc.analysis.ComponentAnalysis;
import dev.demarc.catalog.Catalog;
import dev.demarc.catalog.Owner;
import dev.demarc.model.ComponentType;
import dev.demarc.model.Properties;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Scoring of the layer quiz, against owners read from the catalog files. */
class LayerQuizTest {

    private static final Catalog CATALOG = Catalog.builtIn();

    private static LayerQuiz quizOn(String type) {
        ComponentAnalysis a = new Analyzer(CATALOG).analyze(Specimen.of(CATALOG, new ComponentType(type),
                Properties.empty())).component(Specimen.ID).orElseThrow();
        return LayerQuiz.of(CATALOG, List.of(a));
    }

    private static int indexOf(LayerQuiz quiz, String layer) {
        for (int i = 0; i < quiz.questions().size(); i++) {
            if (quiz.questions().get(i).layer().id().equals(layer)) {
                return i;
            }
        }
        throw new AssertionError("no question on " + layer);
    }

    private static Owner other(String owner) {
        return Owner.valueOf(owner) == Owner.AWS ? Owner.CUSTOMER : Owner.AWS;
    }

    @Test
    void aRightAndAWrongAnswerScoreOneOfFourteen() {
        Map<String, String> owners = CatalogFiles.owners("RDS");
        LayerQuiz quiz = quizOn("RDS");
        int guestOs = indexOf(quiz, "guest-os");
        int data = indexOf(quiz, "data");

        quiz.answer(guestOs, Owner.valueOf(owners.get("guest-os")));
        quiz.answer(data, other(owners.get("data")));

        assertEquals(new Score(1, 14), quiz.score());
        assertTrue(quiz.marked().get(guestOs).right());
        assertFalse(quiz.marked().get(data).right());
        assertEquals(CatalogFiles.why("RDS", "data"), quiz.marked().get(data).question().why());
    }

    @Test
    void everyLayerAnsweredAsTheCatalogSaysScoresFullMarks() {
        Map<String, String> owners = CatalogFiles.owners("S3");
        LayerQuiz quiz = quizOn("S3");
        for (int i = 0; i < quiz.questions().size(); i++) {
            quiz.answer(i, Owner.valueOf(owners.get(quiz.questions().get(i).layer().id())));
        }

        assertTrue(quiz.allAnswered());
        assertEquals(new Score(14, 14), quiz.score());
        assertEquals(100, quiz.score().percent());
    }

    @Test
    void notApplicableIsAnAnswerLikeTheOthers() {
        Map<String, String> owners = CatalogFiles.owners("S3");
        assertEquals("NONE", owners.get("application"), "the catalog says S3 has no application layer");
        LayerQuiz quiz = quizOn("S3");

        quiz.answer(indexOf(quiz, "application"), Owner.NONE);

        assertEquals(1, quiz.score().right());
    }

    @Test
    void anUnansweredQuestionIsWrongAndHasNoAnswer() {
        LayerQuiz quiz = quizOn("EC2");

        assertEquals(0, quiz.score().right());
        assertEquals(Optional.empty(), quiz.marked().get(0).answer());
        assertFalse(quiz.marked().get(0).right());
        assertFalse(quiz.allAnswered());
    }

    @Test
    void questionsRunFromTheTopOfTheStackDown() {
        LayerQuiz quiz = quizOn("EC2");

        assertEquals("logging", quiz.questions().get(0).layer().id());
        assertEquals("facilities", quiz.questions().get(13).layer().id());
    }

    @Test
    void aChangedAnswerReplacesTheFirst() {
        Map<String, String> owners = CatalogFiles.owners("EC2");
        LayerQuiz quiz = quizOn("EC2");
        int guestOs = indexOf(quiz, "guest-os");

        quiz.answer(guestOs, other(owners.get("guest-os")));
        quiz.answer(guestOs, Owner.valueOf(owners.get("guest-os")));

        assertEquals(1, quiz.score().right());
    }

    @Test
    void percentagesRoundToTheNearestWhole() {
        assertEquals(67, new Score(2, 3).percent());
        assertEquals(0, new Score(0, 0).percent());
        assertEquals("10 / 14 (71%)", new Score(10, 14).describe());
    }
}
