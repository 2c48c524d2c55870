package dev.demarc.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.demarc.analysis.Analyzer;
import dev.demarc.analysis.ComponentAnalysis;
import dev.demarc.catalog.Catalog;
import dev.demarc.catalog.Layer;
import dev.demarc.catalog.Owner;
import dev.demarc.model.ComponentType;
import dev.demarc.model.Properties;
import dev.demarc.model.PropertyValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The quiz and the exam deck are catalog-driven, so the compute spectrum's types take part with no quiz code. */
class SpectrumQuizTest {

    private static final Catalog CATALOG = Catalog.builtIn();
    private static final Analyzer ANALYZER = new Analyzer(CATALOG);

    @ParameterizedTest
    @ValueSource(strings = {"LAMBDA", "ECS", "EKS", "API_GATEWAY", "DYNAMODB", "SQS", "SNS"})
    void theExamDeckOfANewTypeHoldsEveryExamSignalOfItsFile(String type) {
        ExamDeck deck = ExamDeck.of(CATALOG, 7, Set.of(new ComponentType(type)));

        List<String> fromFile = new ArrayList<>();
        CatalogFiles.type(type).get("examSignals").forEach(s -> fromFile.add(s.get("question").asText()));
        assertEquals(Set.copyOf(fromFile), Set.copyOf(deck.cards().stream().map(ExamCard::question).toList()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"LAMBDA", "ECS", "EKS", "API_GATEWAY", "DYNAMODB", "SQS", "SNS"})
    void aLayerQuizOnANewTypeAsksAllFourteenLayersWithTheFilesOwners(String type) {
        LayerQuiz quiz = LayerQuiz.of(CATALOG, List.of(specimen(type, Properties.empty())));

        assertEquals(14, quiz.questions().size());
        CatalogFiles.owners(type).forEach((layer, owner) -> assertTrue(quiz.questions().stream()
                .anyMatch(q -> q.layer().id().equals(layer) && q.expected().name().equals(owner)), type + " " + layer));
    }

    @Test
    void onFargateTheQuizExpectsAwsForTheGuestOsAndMarksCustomerWrong() {
        LayerQuiz quiz = LayerQuiz.of(CATALOG, List.of(specimen("ECS",
                Properties.empty().with("launchType", new PropertyValue.Text("FARGATE")))));
        int guestOs = 0;
        while (quiz.questions().get(guestOs).layer() != Layer.GUEST_OS) {
            guestOs++;
        }
        assertEquals(Owner.AWS, quiz.questions().get(guestOs).expected());

        quiz.answer(guestOs, Owner.CUSTOMER);
        assertFalse(quiz.marked().get(guestOs).right());
    }

    private static ComponentAnalysis specimen(String type, Properties properties) {
        return ANALYZER.analyze(Specimen.of(CATALOG, new ComponentType(type), properties)).component(Specimen.ID)
                .orElseThrow();
    }
}
