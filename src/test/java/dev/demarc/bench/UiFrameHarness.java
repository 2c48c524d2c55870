package dev.demarc.bench;

import static dev.demarc.bench.FxCalls.onFx;

import dev.demarc.model.Component;
import dev.demarc.model.ComponentType;
import dev.demarc.model.Diagram;
import dev.demarc.model.PropertyValue;
import dev.demarc.ui.MainWindow;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.LocalTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;

/**
 * Measures how long the JavaFX thread is busy for each editing step on a 500-component diagram: the edit,
 * the analysis it triggers, and the CSS and layout pass the next frame needs. Runs headless (Monocle).
 * Not a unit test: run it with
 * {@code ./mvnw -q -Pbench test-compile exec:exec -Dbench.main=dev.demarc.bench.UiFrameHarness -Dbench.args=}
 * and see docs/performance.md.
 */
public final class UiFrameHarness {

    private static final int RUNS = 40;
    private static final ThreadMXBean THREADS =
            ManagementFactory.getThreadMXBean();
    /** The JavaFX thread's CPU time of each step timed since the last report: robust when the machine is busy. */
    private static final List<Double> CPU = new ArrayList<>();
    private static volatile double lastCpu;
    /** The JavaFX thread's CPU time of the frame each step's background analysis arrives in, if any. */
    private static final List<Double> SETTLE = new ArrayList<>();

    private UiFrameHarness() {
    }

    public static void main(String[] args) throws Exception {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        FxCalls.startHeadless();
        Preferences prefs = Preferences.userRoot().node("dev/demarc/bench-harness");
        MainWindow window = FxCalls.openWindow(prefs);
        onFx(() -> {
            String drop = System.getProperty("harness.drop", "");
            SplitPane main = (SplitPane) ((BorderPane) window.stage().getScene().getRoot()).getCenter();
            if (drop.contains("inspector")) {
                main.getItems().remove(2);
            }
            if (drop.contains("findings")) {
                ((SplitPane) main.getItems().get(1)).getItems().remove(1);
            }
            return null;
        });
        Diagram diagram = DiagramGenerator.generate(size);
        System.out.printf(Locale.ROOT, "Diagram: %d components, %d connections%n", diagram.components().size(),
                diagram.connections().size());
        report("open the diagram (once)", List.of(time(window, () -> window.model().open(diagram, null))));
        measure(window, "nothing (the cost of a frame)", i -> { });
        List<Component> ec2 = diagram.components().stream().filter(c -> c.type().equals(ComponentType.EC2)).toList();
        measure(window, "select one component", i -> window.model().select(List.of(ec2.get(i % ec2.size()).id())));
        measure(window, "move one component (drag release)", i -> window.model().apply("Move",
                d -> window.model().edits().move(d, List.of(ec2.get(i % ec2.size()).id()), 20, 0)));
        measure(window, "change a property", i -> window.model().apply("Change", d -> window.model().edits()
                .setProperty(d, ec2.get(i % ec2.size()).id(), "publicIp", new PropertyValue.Bool(i % 2 == 0))));
        measure(window, "undo", i -> window.model().undo());
        List<String> fifty = ec2.stream().limit(50).map(Component::id).toList();
        time(window, () -> window.model().select(fifty));
        measure(window, "nudge 50 selected components", i ->
                window.model().apply("Move", d -> window.model().edits().move(d, fifty, 1, 0), "nudge"));
        measure(window, "zoom in", i -> window.canvas().zoomBy(i % 2 == 0 ? 1.25 : 0.8));
        time(window, () -> window.model().select(List.of()));
        // Large diagrams build the overlay a batch per frame: report the frames it takes, each one measured.
        List<Double> frames = new ArrayList<>();
        frames.add(time(window, () -> window.canvas().showOverlayProperty().set(true)));
        while (!onFx(() -> window.model().hintProperty().get().isEmpty())) {
            frames.add(time(window, () -> { }));
        }
        report("switch the overlay on (each frame of it)", frames);
        if (Boolean.getBoolean("harness.count")) {
            System.out.println("  nodes in the scene: " + onFx(() -> count(window.stage().getScene().getRoot()))
                    + " at zoom " + onFx(() -> window.canvas().getZoom()));
        }
        System.out.printf(Locale.ROOT, "  ... %d frames, %.0f ms busy in all%n", frames.size(),
                frames.stream().mapToDouble(Double::doubleValue).sum());
        measure(window, "overlay on: move one component", i -> window.model().apply("Move",
                d -> window.model().edits().move(d, List.of(ec2.get(i % ec2.size()).id()), 20, 0)));
        measure(window, "overlay on: change a property", i -> window.model().apply("Change", d -> window.model()
                .edits().setProperty(d, ec2.get(i % ec2.size()).id(), "ebsEncrypted",
                        new PropertyValue.Bool(i % 2 == 0))));
        measure(window, "overlay on: undo", i -> window.model().undo());
        Node bar = window.stage().getScene().lookup("#lenses");
        measure(window, "overlay on: switch the lens", i -> ((org.controlsfx.control.SegmentedButton) bar)
                .getButtons().get(i % 2 == 0 ? 1 : 0).setSelected(true));
        Platform.exit();
        prefs.removeNode();
        System.exit(0);
    }

    private interface Step {
        void run(int i);
    }

    private static void measure(MainWindow window, String name, Step step) throws Exception {
        if (Boolean.getBoolean("harness.clock")) {
            // Lets a profile (JFR) be cut to one step's window of time.
            System.out.println("  starts at " + LocalTime.now());
        }
        for (int i = 0; i < 5; i++) {
            int n = i;
            time(window, () -> step.run(n));
        }
        List<Double> ms = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            int n = i;
            ms.add(time(window, () -> step.run(n)));
        }
        report(name, ms);
    }

    /**
     * The time the JavaFX thread is busy for one step: the action itself plus the whole pulse that follows it
     * (CSS, layout, the bounds pass and the scene's hand-over to the renderer, which ends before a task queued
     * from the pulse runs). Rendering happens on the renderer thread and is not counted. Milliseconds.
     */
    private static double time(MainWindow window, Runnable action) throws Exception {
        Scene scene = window.stage().getScene();
        CompletableFuture<Double> total = new CompletableFuture<>();
        long[] marks = new long[2];
        Runnable[] post = new Runnable[1];
        post[0] = () -> {
            scene.removePostLayoutPulseListener(post[0]);
            Platform.runLater(() -> {
                lastCpu = (THREADS.getCurrentThreadCpuTime() - marks[1]) / 1e6;
                total.complete((System.nanoTime() - marks[0]) / 1e6);
            });
        };
        Platform.runLater(() -> {
            marks[0] = System.nanoTime();
            marks[1] = THREADS.getCurrentThreadCpuTime();
            action.run();
            scene.addPostLayoutPulseListener(post[0]);
            Platform.requestNextPulse();
        });
        double wall = total.get(120, TimeUnit.SECONDS);
        CPU.add(lastCpu);
        settle(window);
        return wall;
    }

    /**
     * Waits for an analysis still running in the background (diagrams this large are analyzed off the JavaFX
     * thread) and records the JavaFX thread's CPU time from the end of the step's frame to the end of the
     * frame that shows the new analysis: the second frame an edit costs.
     */
    private static void settle(MainWindow window) throws Exception {
        long start = onFx(THREADS::getCurrentThreadCpuTime);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!onFx(() -> window.model().analysis().diagram() == window.model().diagram())) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("analysis did not arrive");
            }
            Thread.sleep(1);
        }
        CompletableFuture<Long> end = new CompletableFuture<>();
        Scene scene = window.stage().getScene();
        Runnable[] post = new Runnable[1];
        post[0] = () -> {
            scene.removePostLayoutPulseListener(post[0]);
            Platform.runLater(() -> end.complete(THREADS.getCurrentThreadCpuTime()));
        };
        Platform.runLater(() -> {
            scene.addPostLayoutPulseListener(post[0]);
            Platform.requestNextPulse();
        });
        SETTLE.add((end.get(120, TimeUnit.SECONDS) - start) / 1e6);
    }

    private static void report(String name, List<Double> ms) {
        double[] sorted = ms.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double median = sorted[sorted.length / 2];
        double p95 = sorted[(int) Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)];
        double max = Arrays.stream(sorted).max().orElse(0);
        List<Double> cpu = CPU.subList(Math.max(0, CPU.size() - ms.size()), CPU.size());
        List<Double> settle = SETTLE.subList(Math.max(0, SETTLE.size() - ms.size()), SETTLE.size());
        System.out.printf(Locale.ROOT, "%-36s median %6.1f ms   p95 %6.1f ms   max %6.1f ms   cpu median %5.1f ms"
                + "   next frame cpu median %5.1f ms   (n=%d)%n", name, median, p95, max, medianOf(cpu),
                medianOf(settle), sorted.length);
        CPU.clear();
        SETTLE.clear();
    }

    private static Map<String, Integer> count(Node n) {
        Map<String, Integer> byClass = new TreeMap<>();
        ArrayDeque<Node> todo = new ArrayDeque<>(List.of(n));
        while (!todo.isEmpty()) {
            Node x = todo.pop();
            byClass.merge(x.getClass().getSimpleName(), 1, Integer::sum);
            byClass.merge("ALL", 1, Integer::sum);
            if (x instanceof Parent p) {
                todo.addAll(p.getChildrenUnmodifiable());
            }
        }
        return byClass;
    }

    private static double medianOf(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return sorted.length == 0 ? 0 : sorted[sorted.length / 2];
    }
}
