package dev.demarc.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.demarc.catalog.Duty;
import dev.demarc.model.ComponentType;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import javafx.scene.Node;
import org.junit.jupiter.api.Test;

/**
 * One set of duties everywhere: every duty the analysis knows (findings are categorised by them, Compare lists
 * them all) has a lens button on the overlay bar and, where a service has that duty, a badge on the canvas.
 * Read from the window, not from the lists the bar and the badges are built from.
 */
class OneSetOfDutiesTest extends EditorTestBase {

    @Test
    void everyDutyHasALensOnTheBarAndABadgeOnTheCanvas() {
        show(diagram(service("web", ComponentType.EC2, 40, 40, null), service("db", ComponentType.RDS, 330, 40, null),
                service("files", ComponentType.S3, 40, 300, null)));
        interact(() -> canvas.showOverlayProperty().set(true));
        // At 100% every badge is drawn readable, one node per duty (zoomed far out a row is a few paths).
        interact(() -> canvas.zoomTo(1, 0, 0));

        Set<String> badges = new HashSet<>();
        for (Node n : fx(() -> lookup(".duty-badge").queryAll())) {
            badges.addAll(n.getStyleClass());
        }
        for (Duty d : Duty.values()) {
            String name = d.name().toLowerCase(Locale.ROOT).replace('_', '-');
            assertTrue(fx(() -> lookup("#lens-" + name).tryQuery().map(Node::isVisible).orElse(false)),
                    d + " has no lens on the bar");
            assertTrue(badges.contains("duty-" + name), d + " has no badge on EC2, RDS or S3: " + badges);
        }
    }
}
