package dev.demarc.ui.present;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.demarc.analysis.Analyzer;
import dev.demarc.analysis.ComponentAnalysis;
import dev.demarc.catalog.Catalog;
import dev.demarc.catalog.Layer;
import dev.demarc.model.Component;
import dev.demarc.model.ComponentType;
import dev.demarc.model.Diagram;
import dev.demarc.model.Properties;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The presentation's captions, checked against facts written here (AWS owns the facilities everywhere; it
 * runs EC2's hypervisor, the customer its guest OS, AWS S3's), not against the code that words them.
 */
class StepsTest {

    private static final Catalog CATALOG = Catalog.builtIn();

    private static List<ComponentAnalysis> services(Component... components) {
        return new Analyzer(CATALOG).analyze(new Diagram(null, List.of(components), List.of())).components();
    }

    private static Component labelled(String id, ComponentType type, String label) {
        return new Component(id, type, label, 0, 0, null, null, null, Properties.empty());
    }

    @Test
    void oneOwnerEverywhereIsSaidInOneSentence() {
        List<ComponentAnalysis> s = services(labelled("web", ComponentType.EC2, "Web"),
                labelled("files", ComponentType.S3, "Files"));

        assertEquals("AWS owns it on every service.", Steps.owners(Layer.FACILITIES, s));
    }

    @Test
    void mixedOwnersNameTheServicesOfEach() {
        List<ComponentAnalysis> s = services(labelled("web", ComponentType.EC2, "Web"),
                labelled("files", ComponentType.S3, "Files"));

        String guestOs = Steps.owners(Layer.GUEST_OS, s);

        assertTrue(guestOs.contains("AWS: Files"), guestOs);
        assertTrue(guestOs.contains("You: Web"), guestOs);
    }

    @Test
    void aLongListIsCutToThreeNamesAndACount() {
        List<Component> many = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            many.add(labelled("b" + i, ComponentType.S3, "Bucket " + i));
        }
        List<ComponentAnalysis> s = services(many.toArray(Component[]::new));
        many.add(labelled("web", ComponentType.EC2, "Web"));
        List<ComponentAnalysis> mixed = services(many.toArray(Component[]::new));

        assertEquals("AWS owns it on every service.", Steps.owners(Layer.GUEST_OS, s));
        assertTrue(Steps.owners(Layer.GUEST_OS, mixed).contains("AWS: Bucket 1, Bucket 2, Bucket 3 and 3 more"),
                Steps.owners(Layer.GUEST_OS, mixed));
    }

    @Test
    void theDutyStepCountsServicesPerDutyConfigureIncludedAsOnTheCanvas() {
        String duties = Steps.duties(services(labelled("web", ComponentType.EC2, "Web"),
                labelled("files", ComponentType.S3, "Files")));

        assertTrue(duties.startsWith("Patch on 1 service, encrypt on 2"), duties);
        assertTrue(duties.contains("configure on 2"), duties);
        assertEquals("Nothing: there is no service on the diagram yet.", Steps.duties(List.of()));
        assertEquals("", Steps.owners(Layer.DATA, List.of()));
    }
}
