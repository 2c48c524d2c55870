package dev.demarc.ui;

import dev.demarc.io.DiagramLoadException;
import dev.demarc.ui.look.Theme;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.demarc.bench.DiagramGenerator;
import dev.demarc.io.DiagramReader;
import dev.demarc.model.Component;
import dev.demarc.model.ComponentType;
import dev.demarc.model.Connection;
import dev.demarc.model.Diagram;
import dev.demarc.model.Properties;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;

/**
 * With the overlay on, nothing that carries text is drawn over anything else that does, and nothing drawn for a
 * component leaves its container: every sample and a generated 60-component diagram, at 50%, 100% and 200%, in
 * the light and the projector theme. Measured on the scene graph (each node's bounds in the scene), not from
 * the layout's own numbers, so a drawing that ignores the layout fails here.
 */
class OverlayLayoutTest extends EditorTestBase {

    private static final Path SAMPLES = Path.of(System.getProperty("demarc.samples", "samples"));
    /** Style classes of the overlay's text-bearing parts, each measured whole. */
    private static final List<String> UNITS = List.of("layer-stack", "duty-badge", "network-chip",
            "exposure-path-stop");
    /** Less than half a pixel of touching is not an overlap. */
    private static final double TOLERANCE = 0.5;

    @Test
    void noTextBearingPartOverlapsAnotherOrLeavesItsContainer() throws Exception {
        Map<String, Diagram> diagrams = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(SAMPLES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                diagrams.put(f.getFileName().toString(), read(f));
            }
        }
        diagrams.put("generated-60", DiagramGenerator.generate(60));
        diagrams.put("managed-data", managedData());
        List<String> problems = new ArrayList<>();
        for (Theme theme : new Theme[] {Theme.LIGHT, Theme.HIGH_CONTRAST}) {
            interact(theme::select);
            for (Map.Entry<String, Diagram> e : diagrams.entrySet()) {
                interact(() -> {
                    model.open(e.getValue(), null);
                    canvas.showOverlayProperty().set(true);
                });
                for (double zoom : new double[] {0.5, 1, 2}) {
                    interact(() -> {
                        canvas.showAt(zoom, -40, -40);
                        stage.getScene().getRoot().applyCss();
                        stage.getScene().getRoot().layout();
                    });
                    String where = e.getKey() + " at " + Math.round(zoom * 100) + "% in " + theme + ": ";
                    problems.addAll(fx(() -> check(e.getValue())).stream().map(p -> where + p).toList());
                }
            }
        }
        interact(Theme.LIGHT::select);
        assertTrue(problems.isEmpty(), problems.size() + " problems:\n" + String.join("\n",
                problems.subList(0, Math.min(40, problems.size()))));
    }

    /**
     * An instance calling a DynamoDB table and an SQS queue that an SNS topic feeds, laid out like the three-tier
     * sample, with an EKS cluster beside it: the types no sample draws yet (SNS, EKS) are laid out here.
     */
    private static Diagram managedData() {
        List<Component> parts = List.of(
                part("vpc", ComponentType.VPC, 300, 40, 900.0, 560.0, null),
                part("priv", ComponentType.SUBNET, 330, 100, 400.0, 460.0, "vpc"),
                part("app", ComponentType.EC2, 450, 180, null, null, "priv"),
                part("orders", ComponentType.DYNAMODB, 40, 60, null, null, null),
                part("jobs", ComponentType.SQS, 40, 340, null, null, null),
                part("alerts", ComponentType.SNS, 1260, 60, null, null, null),
                part("k8s", ComponentType.EKS, 1260, 340, null, null, null));
        return new Diagram("Managed data", parts, List.of(Connection.of("c1", "app", "orders"),
                Connection.of("c2", "app", "jobs"), Connection.of("c3", "alerts", "jobs")));
    }

    private static Component part(String id, ComponentType type, double x, double y, Double width, Double height,
            String parent) {
        return new Component(id, type, null, x, y, width, height, parent, Properties.empty());
    }

    private Diagram read(Path file) throws IOException {
        try {
            return new DiagramReader(model.catalog()).read(file).diagram();
        } catch (DiagramLoadException ex) {
            throw new IOException(ex.getMessage(), ex);
        }
    }

    /** Overlaps between text-bearing parts, and parts outside their component's container. */
    private List<String> check(Diagram diagram) {
        List<Node> units = new ArrayList<>();
        collect(canvas, units);
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            Bounds a = scene(units.get(i));
            for (int j = i + 1; j < units.size(); j++) {
                Node m = units.get(i);
                Node n = units.get(j);
                if (related(m, n)) {
                    continue;
                }
                Bounds b = scene(n);
                if (overlap(a, b)) {
                    problems.add(describe(m) + " overlaps " + describe(n));
                }
            }
        }
        for (Component c : diagram.components()) {
            if (c.parentId().isEmpty()) {
                continue;
            }
            Node parent = canvas.componentNode(c.parentId().get());
            Bounds frame = scene(parent);
            for (Node part : partsOf(c.id())) {
                Bounds b = scene(part);
                if (b.getMinX() < frame.getMinX() - TOLERANCE || b.getMinY() < frame.getMinY() - TOLERANCE
                        || b.getMaxX() > frame.getMaxX() + TOLERANCE || b.getMaxY() > frame.getMaxY() + TOLERANCE) {
                    problems.add(describe(part) + " of " + c.id() + " leaves its container " + c.parentId().get()
                            + " (" + b + " outside " + frame + ")");
                }
            }
        }
        return problems;
    }

    /** The card, its stack and its badges. */
    private List<Node> partsOf(String id) {
        List<Node> parts = new ArrayList<>();
        parts.add(canvas.componentNode(id));
        for (String prefix : new String[] {"#stack-", "#badges-"}) {
            Node n = canvas.lookup(prefix + id);
            if (n != null && shown(n)) {
                parts.add(n);
            }
        }
        return parts;
    }

    /** Labels with text anywhere in the canvas, and the overlay's parts, as whole units. */
    private static void collect(Node node, List<Node> out) {
        if (!node.isVisible()) {
            return;
        }
        if (node.getStyleClass().stream().anyMatch(UNITS::contains)) {
            out.add(node);
            return;
        }
        if (node instanceof Label l && l.getText() != null && !l.getText().isEmpty()) {
            out.add(node);
            return;
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                collect(child, out);
            }
        }
    }

    private static boolean shown(Node n) {
        for (Node x = n; x != null; x = x.getParent()) {
            if (!x.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static boolean related(Node a, Node b) {
        for (Node x = a; x != null; x = x.getParent()) {
            if (x == b) {
                return true;
            }
        }
        for (Node x = b; x != null; x = x.getParent()) {
            if (x == a) {
                return true;
            }
        }
        return false;
    }

    private static Bounds scene(Node n) {
        return n.localToScene(n.getBoundsInLocal());
    }

    private static boolean overlap(Bounds a, Bounds b) {
        return a.getMinX() + TOLERANCE < b.getMaxX() && b.getMinX() + TOLERANCE < a.getMaxX()
                && a.getMinY() + TOLERANCE < b.getMaxY() && b.getMinY() + TOLERANCE < a.getMaxY();
    }

    private static String describe(Node n) {
        String what = n instanceof Label l ? "label '" + l.getText() + "'" : n.getStyleClass().toString();
        for (Node x = n; x != null; x = x.getParent()) {
            if (x.getId() != null && !x.getId().equals("canvas")) {
                return what + " (" + x.getId() + ")";
            }
            if (x.getAccessibleText() != null) {
                return what + " (" + x.getAccessibleText().split(",")[0] + ")";
            }
        }
        return what;
    }
}
