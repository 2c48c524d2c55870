package dev.demarc.bench;

import static dev.demarc.bench.FxCalls.onFx;

import dev.demarc.catalog.Catalog;
import dev.demarc.io.DiagramWriter;
import dev.demarc.model.Component;
import dev.demarc.model.Diagram;
import dev.demarc.ui.MainWindow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * Measures opening a large diagram file through the real window, as File > Open does: the time to the end of
 * the first frame that shows a component of the new diagram, the time until every component has its view,
 * the status bar is clear and the analysis has arrived, and the longest stretch the JavaFX thread was busy
 * meanwhile, which is what a user feels as a frozen window ({@link Heartbeat}: the longest wait of a posted
 * task, and the JavaFX thread's own CPU time within one wait, which leaves out the renderer and a busy machine).
 *
 * <p>Headless (Monocle, software rendering), 1600 x 1000 window, one warm-up open and then the runs asked
 * for; between runs an empty diagram is opened, so every run builds all views anew. Run it with
 * {@code ./mvnw -q -Pbench test-compile exec:exec -Dbench.main=dev.demarc.bench.OpenHarness -Dbench.args="500 5"}.
 */
public final class OpenHarness {

    /** With {@code -Dharness.trace=true}, every stretch over 50 ms is printed with when it ended. */
    private static final boolean TRACE = Boolean.getBoolean("harness.trace");

    private OpenHarness() {
    }

    public static void main(String[] args) throws Exception {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Diagram diagram = DiagramGenerator.generate(size);
        Path file = Files.createTempFile("demarc-open-", ".json");
        new DiagramWriter(Catalog.builtIn()).write(file, diagram);
        System.out.printf(Locale.ROOT, "Diagram: %d components, %d connections, %d bytes%n",
                diagram.components().size(), diagram.connections().size(), Files.size(file));

        FxCalls.startHeadless();
        Preferences prefs = Preferences.userRoot().node("dev/demarc/bench-open");
        MainWindow window = FxCalls.openWindow(prefs);
        List<double[]> results = new ArrayList<>();
        for (int run = 0; run <= runs; run++) {
            double[] r = openOnce(window, file, diagram);
            System.out.printf(Locale.ROOT,
                    "%s: first paint %.0f ms, all shown %.0f ms, longest busy %.0f ms (most CPU in one: %.0f ms)%n",
                    run == 0 ? "warm-up" : "run " + run, r[0], r[1], r[2], r[3]);
            if (run > 0) {
                results.add(r);
            }
            onFx(() -> {
                window.model().open(Diagram.empty(), null);
                return null;
            });
            settle();
        }
        String[] names = {"time to first paint", "time until all shown", "longest JavaFX-thread busy stretch",
            "most JavaFX-thread CPU in one stretch"};
        for (int i = 0; i < names.length; i++) {
            int k = i;
            List<Double> values = results.stream().map(r -> r[k]).sorted().toList();
            System.out.printf(Locale.ROOT, "%-36s median %6.0f ms   max %6.0f ms%n", names[i],
                    values.get(values.size() / 2), values.get(values.size() - 1));
        }
        Files.deleteIfExists(file);
        Platform.exit();
        System.exit(0);
    }

    /** One open: {first paint, all shown, longest busy, most CPU in one busy stretch}, in milliseconds. */
    private static double[] openOnce(MainWindow window, Path file, Diagram diagram) throws Exception {
        Scene scene = window.stage().getScene();
        List<String> ids = diagram.components().stream().map(Component::id).toList();
        long[] start = new long[1];
        CompletableFuture<Double> firstPaint = new CompletableFuture<>();
        CompletableFuture<Double> allShown = new CompletableFuture<>();
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            double ms = (System.nanoTime() - start[0]) / 1e6;
            if (!firstPaint.isDone() && window.canvas().componentNode(ids.get(0)) != null) {
                firstPaint.complete(ms);
            }
            boolean all = ids.stream().allMatch(id -> window.canvas().componentNode(id) != null);
            if (all && window.model().hintProperty().get().isEmpty()
                    && window.model().analysis().components().size() == ids.size()) {
                scene.removePostLayoutPulseListener(listener[0]);
                allShown.complete(ms);
            } else {
                Platform.requestNextPulse();
            }
        };
        Heartbeat heartbeat = new Heartbeat(onFx(() -> Thread.currentThread().getId()), TRACE);
        Platform.runLater(() -> {
            start[0] = System.nanoTime();
            scene.addPostLayoutPulseListener(listener[0]);
            window.open(file);
            Platform.requestNextPulse();
        });
        heartbeat.start();
        double total = allShown.get(120, TimeUnit.SECONDS);
        heartbeat.finish();
        return new double[] {firstPaint.get(), total, heartbeat.longestWaitMs(), heartbeat.longestCpuMs()};
    }

    /** Waits until two pulses have passed with nothing left to do. */
    private static void settle() throws Exception {
        for (int i = 0; i < 3; i++) {
            onFx(() -> null);
            Thread.sleep(50);
        }
    }
}
