package dev.demarc.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.demarc.analysis.Finding;
import dev.demarc.catalog.TypeSpec;
import dev.demarc.edit.Geometry;
import dev.demarc.model.Component;
import dev.demarc.model.ComponentType;
import dev.demarc.model.Diagram;
import dev.demarc.model.Properties;
import dev.demarc.ui.canvas.DiagramCanvas;
import dev.demarc.ui.editor.EditorModel;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Opens the real editor window for each test, built by {@link MainWindow#build} as the app builds it, but with
 * {@link FakeDialogs} and a throw-away preferences node, and drives it with the robot like a user.
 *
 * <p>The window fills Monocle's default headless screen (1280 x 800; a bigger window could not be reached
 * by the mouse). Tests put a small diagram on the canvas at 100% zoom with {@link #show}, so a drag of n
 * pixels is n model units, and assert on the {@link EditorModel}, not on pixels.
 */
abstract class EditorTestBase extends FxRobot {

    static final double WIDTH = 1280;
    static final double HEIGHT = 800;

    protected FakeDialogs dialogs;
    protected MainWindow window;
    protected EditorModel model;
    protected DiagramCanvas canvas;
    protected Stage stage;
    protected Preferences prefs;

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    final void openWindow() throws Exception {
        dialogs = new FakeDialogs();
        prefs = Preferences.userRoot().node("dev/demarc/ui-test-" + UUID.randomUUID());
        interact(() -> {
            stage = new Stage();
            window = MainWindow.build(stage, s -> dialogs, prefs);
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(WIDTH);
            stage.setHeight(HEIGHT);
            stage.show();
            stage.requestFocus();
            // Monocle's screen is only 1280 x 800: give the canvas most of the height by lowering the
            // divider above the findings table, as a user would drag it, so the test diagrams fit.
            centreSplit(window.canvas()).setDividerPositions(0.86);
        });
        interact(EditorTestBase::forgetMonocleDragView);
        model = window.model();
        canvas = window.canvas();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> canvas.getWidth() > 400 && canvas.getHeight() > 300);
    }

    @AfterEach
    final void closeWindow() throws BackingStoreException {
        release(new KeyCode[0]);
        release(new MouseButton[0]);
        interact(() -> stage.hide());
        Preferences parent = prefs.parent();
        prefs.removeNode();
        parent.flush();
    }

    /**
     * Works around a Monocle bug. Its {@code MouseInput} remembers the view of the first mouse drag and
     * forgets it only when a drag-and-drop ends, so after a plain drag in an earlier test's (now closed)
     * window, the next drag-and-drop from the palette sends "drag leave" to that dead view, whose
     * {@code dropTargetAssistant} is null: an NPE that TestFX reports as the test's failure. Each test has a
     * new window, so the remembered view is forgotten here. Does nothing when not running on Monocle.
     */
    private static void forgetMonocleDragView() {
        try {
            Class<?> input = Class.forName("com.sun.glass.ui.monocle.MouseInput");
            Method getInstance = input.getDeclaredMethod("getInstance");
            getInstance.setAccessible(true);
            Field dragView = input.getDeclaredField("dragView");
            dragView.setAccessible(true);
            dragView.set(getInstance.invoke(null), null);
        } catch (ReflectiveOperationException | RuntimeException e) {
            // Not Monocle, or a Monocle without the bug: nothing to forget.
        }
    }

    // ---- the document ------------------------------------------------------------------------------

    /**
     * Opens {@code d} as a new document and shows it at 100%, centred in the canvas. Fails at once when the
     * diagram does not fit the canvas with a margin, rather than letting the robot click beside it.
     */
    protected void show(Diagram d) {
        interact(() -> {
            model.open(d, null);
            canvas.layout();
            // Zoom 1 with the model origin 40 px inside the top-left corner: pixels are model units.
            canvas.showAt(1, -40, -40);
        });
        assertEquals(1.0, canvas.getZoom());
        for (Component c : d.components()) {
            TypeSpec spec = model.catalog().spec(c.type());
            Point2D topLeft = fx(() -> canvas.toLocal(c.x() - 20, c.y() - 20));
            Point2D bottomRight = fx(() -> canvas.toLocal(c.x() + spec.width(c) + 20, c.y() + spec.height(c) + 20));
            assertTrue(topLeft.getX() >= 0 && topLeft.getY() >= 0 && bottomRight.getX() <= canvas.getWidth()
                    && bottomRight.getY() <= canvas.getHeight(), c.id() + " is not fully visible in a canvas of "
                    + canvas.getWidth() + " x " + canvas.getHeight() + "; make the test diagram smaller");
        }
    }

    protected Component component(String id) {
        return model.diagram().component(id).orElseThrow(() -> new AssertionError("no component " + id));
    }

    protected List<String> ids() {
        return model.diagram().components().stream().map(Component::id).toList();
    }

    static Component service(String id, ComponentType type, double x, double y, String parent) {
        return new Component(id, type, null, x, y, null, null, parent, Properties.empty());
    }

    static Component container(String id, ComponentType type, double x, double y, double w, double h,
            String parent) {
        return new Component(id, type, null, x, y, w, h, parent, Properties.empty());
    }

    static Diagram diagram(Component... components) {
        return new Diagram(null, List.of(components), List.of());
    }

    /**
     * A zoom just above 40%, where the overlay still draws a stack's bands one by one (further out they are too thin
     * to point at and a stack is drawn compact), while {@link #vpcWithServices()} keeps its top rows in this small
     * window's canvas. Fitting that diagram with the overlay on zooms further out.
     */
    static final double POINTABLE_ZOOM = 0.42;

    /** The bucket "files" and the CDN "cdn" of {@link #vpcWithServices()} sit at this model y, below the VPC. */
    static final double BOTTOM_ROW_Y = 310;

    /**
     * The overlay tests' sample: a VPC whose subnet holds an EC2 instance "web" and an RDS database "db", and
     * below the VPC an S3 bucket "files" and a CloudFront distribution "cdn". Compact enough for a canvas
     * about 410 px high.
     */
    static Diagram vpcWithServices() {
        Diagram withoutCdn = vpcWithServicesWithoutCdn();
        List<Component> components = new ArrayList<>(withoutCdn.components());
        components.add(service("cdn", ComponentType.CLOUDFRONT, 260, BOTTOM_ROW_Y, null));
        return withoutCdn.withComponents(components);
    }

    /** {@link #vpcWithServices()} without "cdn": three services, one of each of EC2, RDS and S3. */
    static Diagram vpcWithServicesWithoutCdn() {
        return diagram(
                container("vpc", ComponentType.VPC, 20, 20, 380, 275, null),
                container("subnet", ComponentType.SUBNET, 30, 55, 360, 225, "vpc"),
                service("web", ComponentType.EC2, 60, 90, "subnet"),
                service("db", ComponentType.RDS, 60, 190, "subnet"),
                service("files", ComponentType.S3, 20, BOTTOM_ROW_Y, null));
    }

    // ---- where things are on screen ----------------------------------------------------------------

    /** The screen point showing the model point (mx, my). */
    protected Point2D screen(double mx, double my) {
        return fx(() -> canvas.localToScreen(canvas.toLocal(mx, my)));
    }

    /** The screen point at the centre of a component, from its model bounds. */
    protected Point2D centreOf(String id) {
        // Where the component is drawn: its model place, moved by the overlay's layout while that is on.
        Geometry.Rect at = fx(() -> canvas.displayRect(component(id)));
        return screen(at.x() + at.width() / 2, at.y() + at.height() / 2);
    }

    /** A screen point inside a component, (dx, dy) model units from its drawn top-left corner. */
    protected Point2D inside(String id, double dx, double dy) {
        Geometry.Rect at = fx(() -> canvas.displayRect(component(id)));
        return screen(at.x() + dx, at.y() + dy);
    }

    /** The screen point at the centre of the node the query finds (a handle, say). */
    protected Point2D centreOfNode(String query) {
        return fx(() -> {
            Node node = lookup(query).query();
            Bounds b = node.localToScreen(node.getBoundsInLocal());
            return new Point2D(b.getCenterX(), b.getCenterY());
        });
    }

    /** Presses on {@code from}, moves by (dx, dy) pixels in small steps, and releases. */
    protected void dragBy(Point2D from, double dx, double dy) {
        drag(from, MouseButton.PRIMARY).moveBy(dx / 2, dy / 2).moveBy(dx - dx / 2, dy - dy / 2).drop();
    }

    protected void dragTo(Point2D from, Point2D to) {
        drag(from, MouseButton.PRIMARY).moveTo(to).drop();
    }

    /**
     * Scrolls the scroll pane around {@code node} until the node is wholly in its viewport, as a user would drag
     * the scroll bar: a panel taller than the window hides its lower rows, and a click there hits something else.
     */
    protected void scrollIntoView(Node node) {
        interact(() -> {
            ScrollPane pane = null;
            for (Parent p = node.getParent(); p != null && pane == null; p = p.getParent()) {
                pane = p instanceof ScrollPane s ? s : null;
            }
            if (pane == null || pane.getContent() == null) {
                return;
            }
            Node content = pane.getContent();
            Bounds at = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
            double range = content.getLayoutBounds().getHeight() - pane.getViewportBounds().getHeight();
            if (range > 0) {
                double top = Math.max(0, Math.min(range, at.getMinY() - 20));
                pane.setVvalue(pane.getVmin() + top / range * (pane.getVmax() - pane.getVmin()));
            }
            pane.layout();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    // ---- keyboard ----------------------------------------------------------------------------------

    protected void shortcut(KeyCode key) {
        push(KeyCode.SHORTCUT, key);
    }

    protected void undo() {
        shortcut(KeyCode.Z);
    }

    protected void redo() {
        push(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.Z);
    }

    /** Focuses the canvas, as a click on an empty spot would (without changing the selection). */
    protected void focusCanvas() {
        interact(() -> {
            stage.requestFocus();
            canvas.requestFocus();
        });
        assertTrue(fx(canvas::isFocused), "the canvas has the keyboard focus");
    }

    // ---- threads -----------------------------------------------------------------------------------

    /** Runs {@code call} on the JavaFX thread and returns its result. */
    protected static <T> T fx(Callable<T> call) {
        try {
            return WaitForAsyncUtils.asyncFx(call).get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The split pane holding the canvas (over the findings table): the nearest split pane above it. */
    static SplitPane centreSplit(Node canvas) {
        Node n = canvas.getParent();
        while (!(n instanceof SplitPane)) {
            n = n.getParent();
        }
        return (SplitPane) n;
    }

    /** Clicks the findings table's row of the first finding of {@code rule}, as a user selects it. */
    protected void selectFinding(String rule) {
        clickFindingRow(model.analysis().findings().stream().filter(x -> x.rule().equals(rule)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + rule)));
    }

    /** Scrolls the findings table to {@code f}'s row and clicks it. */
    @SuppressWarnings("unchecked")
    protected void clickFindingRow(Finding f) {
        TableView<Finding> table = fx(() -> (TableView<Finding>) lookup("#findings").query());
        int row = fx(() -> table.getItems().indexOf(f));
        assertTrue(row >= 0, "the table lists " + f.rule());
        interact(() -> table.scrollTo(row));
        // The scrolled-to row gets its cell in the next layout pass.
        WaitForAsyncUtils.waitForFxEvents();
        clickOn(fx(() -> lookup(".table-row-cell").queryAll().stream()
                .filter(n -> n instanceof TableRow<?> r && r.getIndex() == row)
                .findFirst().orElseThrow()));
    }

    /** Raises the findings table to 40% of the window's centre, so several of its rows are on screen. */
    protected void showFindingRows() {
        interact(() -> centreSplit(canvas).setDividerPositions(0.6));
    }
}
