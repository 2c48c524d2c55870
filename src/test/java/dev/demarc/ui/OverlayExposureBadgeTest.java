package dev.demarc.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.demarc.analysis.Finding;
import dev.demarc.model.ComponentType;
import dev.demarc.model.InboundRule;
import dev.demarc.model.PropertyValue;
import dev.demarc.model.Protocol;
import dev.demarc.model.SecurityGroup;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.shape.Shape;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;

/**
 * The overlay's "done when" case: making a database in a public subnet publicly accessible adds the critical
 * exposure finding and rings its Expose badge; undo takes both away again.
 */
class OverlayExposureBadgeTest extends EditorTestBase {

    /** The Okabe-Ito based critical red of demarc.css, written here independently of SeverityStyle. */
    private static final Color CRITICAL = Color.web("#A50026");

    private Optional<Node> exposeRing() {
        return fx(() -> Optional.ofNullable(canvas.overlayLayer().lookup("#badges-db"))
                .map(row -> row.lookup(".duty-expose"))
                .map(badge -> badge.lookup(".duty-badge-ring")));
    }

    private boolean exposed() {
        return model.analysis().findings().stream()
                .anyMatch(f -> f.rule().equals("rds.exposed-to-internet") && f.components().equals(List.of("db")));
    }

    @Test
    void aPublicDatabaseGetsTheCriticalFindingAndARingedExposeBadgeAndUndoRemovesThem() {
        show(diagram(
                container("vpc", ComponentType.VPC, 20, 20, 380, 260, null),
                container("pub", ComponentType.SUBNET, 30, 55, 360, 215, "vpc"),
                service("db", ComponentType.RDS, 60, 90, "pub")));
        interact(() -> {
            model.apply("Gateway", d -> model.edits().setProperty(d, "vpc", "internetGateway",
                    new PropertyValue.Bool(true)));
            model.apply("Public", d -> model.edits().setProperty(d, "pub", "public", new PropertyValue.Bool(true)));
            model.apply("Rule", d -> model.edits().setProperty(d.withSecurityGroups(List.of(new SecurityGroup("db-sg",
                    "Database", null, List.of(new InboundRule(Protocol.TCP, 3306, "0.0.0.0/0"))))), "db",
                    "securityGroups", new PropertyValue.Groups(List.of("db-sg"))));
        });
        focusCanvas();
        shortcut(KeyCode.R);
        assertTrue(!exposed());
        Optional<Node> before = exposeRing();

        interact(() -> model.apply("Publicly accessible", d -> model.edits().setProperty(d, "db",
                "publiclyAccessible", new PropertyValue.Bool(true))));

        assertTrue(exposed(), "the database is reachable from the internet on 3306");
        Node ring = exposeRing().orElseThrow(() -> new AssertionError("the Expose badge has no ring"));
        assertEquals(CRITICAL, ((Shape) ring).getStroke());
        Finding worst = model.analysis().component("db").orElseThrow().findings().get(0);
        assertEquals("rds.exposed-to-internet", worst.rule());

        focusCanvas();
        shortcut(KeyCode.Z);

        assertTrue(!exposed(), "undo closes the finding");
        assertEquals(before.map(n -> ((Shape) n).getStroke()), exposeRing().map(n -> ((Shape) n).getStroke()),
                "and the badge is back as it was");
    }
}
