package dev.demarc.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.demarc.edit.Geometry;
import dev.demarc.model.Component;
import dev.demarc.model.ComponentType;
import dev.demarc.model.Connection;
import dev.demarc.model.Diagram;
import dev.demarc.model.Properties;
import dev.demarc.model.PropertyValue;
import java.util.Comparator;
import java.util.List;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import org.junit.jupiter.api.Test;

/**
 * The ways in to a Lambda function that the exposure path draws: an API that checks no caller, with its stop
 * on the API's card, and a function URL that takes unsigned calls, with its stop beside the function.
 */
class OverlayServerlessPathTest extends EditorTestBase {

    private static Diagram apiInFrontOfFunction(String authorizer, String urlAuth) {
        Component api = new Component("api", ComponentType.API_GATEWAY, "Orders API", 40, 140, null, null, null,
                Properties.empty().with("authorizer", new PropertyValue.Text(authorizer)));
        Component fn = new Component("fn", ComponentType.LAMBDA, "Orders function", 330, 140, null, null, null,
                Properties.empty().with("functionUrlAuth", new PropertyValue.Text(urlAuth)));
        return new Diagram(null, List.of(api, fn), List.of(Connection.of("k1", "api", "fn")));
    }


    private List<Node> stops() {
        return fx(() -> lookup("#exposure-path").query().lookupAll(".exposure-path-stop").stream()
                .sorted(Comparator.comparingDouble(n -> Double.parseDouble(n.getAccessibleText().split("\\.")[0])))
                .toList());
    }

    @Test
    void anOpenApiIsDrawnAsTheWayInToTheFunctionWithItsStopOnTheApi() {
        show(apiInFrontOfFunction("NONE", "no-url"));
        showFindingRows();

        selectFinding("apigateway.open-lambda");

        List<Node> stops = stops();
        assertEquals(List.of("1. Internet", "2. API, no authorization"),
                stops.stream().map(n -> fx(n::getAccessibleText)).toList());
        Node chip = stops.get(1);
        Bounds stop = fx(() -> chip.localToScreen(chip.getBoundsInLocal()));
        Bounds api = drawn("api");
        Bounds fn = drawn("fn");
        assertFalse(stop.intersects(api), "the stop covers none of the API's card: " + stop + " / " + api);
        assertTrue(gap(stop, api) < gap(stop, fn), "the stop stands at the API, not the function: " + stop);
        assertTrue(gap(stop, api) < 40, "right beside the API: " + stop + " / " + api);
    }

    /** Where the component's card is drawn, on screen (its model place, moved by the overlay's layout). */
    private Bounds drawn(String id) {
        Geometry.Rect at = fx(() -> canvas.displayRect(component(id)));
        Point2D topLeft = screen(at.x(), at.y());
        Point2D bottomRight = screen(at.x() + at.width(), at.y() + at.height());
        return new BoundingBox(topLeft.getX(), topLeft.getY(), bottomRight.getX() - topLeft.getX(),
                bottomRight.getY() - topLeft.getY());
    }

    /** The distance between two boxes (0 when they touch or overlap). */
    private static double gap(Bounds a, Bounds b) {
        double dx = Math.max(0, Math.max(a.getMinX() - b.getMaxX(), b.getMinX() - a.getMaxX()));
        double dy = Math.max(0, Math.max(a.getMinY() - b.getMaxY(), b.getMinY() - a.getMaxY()));
        return Math.hypot(dx, dy);
    }

    @Test
    void aFunctionUrlWithAuthNoneIsDrawnAsTheWayIn() {
        show(apiInFrontOfFunction("COGNITO", "NONE"));
        showFindingRows();

        selectFinding("lambda.url-public");

        assertEquals(List.of("1. Internet", "2. Function URL, auth NONE"),
                stops().stream().map(n -> fx(n::getAccessibleText)).toList());
    }
}
