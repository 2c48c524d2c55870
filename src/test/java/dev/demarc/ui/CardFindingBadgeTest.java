package dev.demarc.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.demarc.model.ComponentType;
import dev.demarc.model.PropertyValue;
import java.util.List;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;

/**
 * A card's finding badge shows how many findings its component has, appears when the first one does and hides
 * when the last one is fixed; the count is the analysis', read from the model, not from the card.
 */
class CardFindingBadgeTest extends EditorTestBase {

    /** The texts of the cards' visible finding badges. */
    private List<String> badges() {
        return fx(() -> canvas.lookupAll(".finding-badge").stream().filter(n -> n.isVisible())
                .map(n -> ((Label) n).getText()).toList());
    }

    private int findingsOfVpc() {
        return model.analysis().component("vpc").orElseThrow().findings().size();
    }

    private void setFlowLogs(boolean on) {
        interact(() -> model.apply("Flow logs", d -> model.edits().setProperty(d, "vpc", "flowLogs",
                new PropertyValue.Bool(on))));
    }

    @Test
    void theBadgeAppearsWithTheFirstFindingCountsThemAndHidesWhenTheyAreFixed() {
        show(diagram(container("vpc", ComponentType.VPC, 20, 20, 300, 200, null)));
        setFlowLogs(true);
        assertEquals(0, findingsOfVpc(), "a VPC with flow logs and nothing in it has nothing to fix");
        assertEquals(List.of(), badges(), "no finding, no badge");

        setFlowLogs(false);
        int count = findingsOfVpc();
        assertTrue(count > 0, "no flow logs is a finding");
        assertEquals(List.of(String.valueOf(count)), badges());

        setFlowLogs(true);
        assertEquals(List.of(), badges(), "fixed: the badge hides");

        setFlowLogs(false);
        assertEquals(List.of(String.valueOf(count)), badges(), "and comes back with the finding");
    }
}
