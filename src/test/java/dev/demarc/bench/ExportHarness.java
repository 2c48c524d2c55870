package dev.demarc.bench;

import static dev.demarc.bench.FxCalls.onFx;

import dev.demarc.model.Diagram;
import dev.demarc.ui.MainWindow;
import dev.demarc.ui.export.PngExport;
import dev.demarc.ui.export.PngOptions;
import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.prefs.Preferences;
import javafx.application.Platform;

/**
 * Measures File > Export > PNG of a large diagram (the export without its questions): the total time until the
 * file is written with the process' CPU time over it (all threads: drawing, encoding, the heartbeat), and the
 * longest stretch the JavaFX thread was busy meanwhile ({@link Heartbeat}). Headless;
 * one warm-up export and then the runs asked for. Run it with
 * {@code ./mvnw -q -Pbench test-compile exec:exec -Dbench.main=dev.demarc.bench.ExportHarness -Dbench.args="200 3"}.
 */
public final class ExportHarness {

    private static final OperatingSystemMXBean PROCESS =
            (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private ExportHarness() {
    }

    public static void main(String[] args) throws Exception {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        FxCalls.startHeadless();
        Diagram diagram = DiagramGenerator.generate(size);
        Preferences prefs = Preferences.userRoot().node("dev/demarc/bench-export");
        MainWindow window = FxCalls.openWindow(prefs);
        onFx(() -> {
            window.model().open(diagram, null);
            return null;
        });
        PngExport export = new PngExport(window.model(), new HarnessDialogs(), prefs, window.stage());
        long fxThread = onFx(() -> Thread.currentThread().getId());
        for (int run = 0; run <= runs; run++) {
            Path target = Files.createTempFile("demarc-export-", ".png");
            onFx(() -> {
                window.model().hint("");
                return null;
            });
            Heartbeat heartbeat = new Heartbeat(fxThread, false);
            heartbeat.start();
            long start = System.nanoTime();
            long cpuStart = PROCESS.getProcessCpuTime();
            Platform.runLater(() -> export.export(new PngOptions(1, false, false), target));
            while (!onFx(() -> window.model().hintProperty().get().startsWith("Picture exported"))) {
                Thread.sleep(5);
            }
            double total = (System.nanoTime() - start) / 1e6;
            double cpu = (PROCESS.getProcessCpuTime() - cpuStart) / 1e6;
            heartbeat.finish();
            System.out.printf(Locale.ROOT, "%s: %s, total %.0f ms (%.0f ms CPU), longest busy %.0f ms (%.0f ms CPU)%n",
                    run == 0 ? "warm-up" : "run " + run, onFx(() -> window.model().hintProperty().get()), total, cpu,
                    heartbeat.longestWaitMs(), heartbeat.longestCpuMs());
            Files.deleteIfExists(target);
        }
        Platform.exit();
        System.exit(0);
    }
}
