package dev.demarc.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.demarc.analysis.Analysis;
import dev.demarc.analysis.Analyzer;
import dev.demarc.catalog.Catalog;
import dev.demarc.catalog.TypeSpec;
import dev.demarc.model.Properties;
import dev.demarc.model.PropertyValue;
import org.junit.jupiter.api.Test;

/** The one-service diagrams the compare view and the quiz analyze. */
class SpecimenTest {

    private static final Catalog CATALOG = Catalog.builtIn();

    @Test
    void everyTypeIsPlacedWhereItBelongsSoNoPlacementFindingAppears() {
        Analyzer analyzer = new Analyzer(CATALOG);
        for (TypeSpec t : CATALOG.types()) {
            Analysis a = analyzer.analyze(Specimen.of(CATALOG, t.type(), Properties.empty()));
            assertTrue(a.findings().stream().noneMatch(f -> f.rule().startsWith("placement.")),
                    t.type() + ": " + a.findings());
            assertEquals(t.type(), a.component(Specimen.ID).orElseThrow().component().type());
        }
    }

    @Test
    void theChosenSettingsAreTheSpecimens() {
        Properties p = Properties.empty().with("storageEncrypted", new PropertyValue.Bool(true));
        TypeSpec rds = CATALOG.types().stream().filter(t -> t.type().id().equals("RDS")).findFirst().orElseThrow();

        assertEquals(p, Specimen.of(CATALOG, rds.type(), p).component(Specimen.ID).orElseThrow().properties());
    }
}
