package dev.demarc.bench;

import static dev.demarc.bench.FxCalls.onFx;

import dev.demarc.model.Diagram;
import dev.demarc.ui.MainWindow;
import dev.demarc.ui.export.PngExport;
import dev.demarc.ui.export.PngOptions;
import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.prefs.Preferences;
import javafx.application.Platform;

/**
 * Measures File > Export > PNG of a large diagram (the export without its questions): the total time until the
 * file is written with the process' CPU time over it (all threads: drawing, encoding, the heartbeat), and the
 * longest stretch the JavaFX thread was busy meanwhile ({@link Heartbeat}). Headless;
 * one warm-up export and then the runs asked for ({@code trace} as a third argument prints every busy stretch
 * over 50 ms). Run it with
 * {@code ./mvnw -q -Pbench test-compile exec:exec -Dbench.main=dev.demarc.bench.ExportHarness -Dbench.args="200 3"}.
 */
public final class ExportHarness {

    private static final OperatingSystemMXBean PROCESS =
            (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private ExportHarness() {
    }

    public static void main(String[] args) throws Exception {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        boolean trace = args.length > 2 && args[2].equals("trace");
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
            Heartbeat heartbeat = new Heartbeat(fxThread, trace);
            heartbeat.start();
            long start = System.nanoTime();
            long cpuStart = PROCESS.getProcessCpuTime();
            long fxStart = THREADS.getThreadCpuTime(fxThread);
            long rendererStart = rendererCpu();
            Platform.runLater(() -> export.export(new PngOptions(1, false, false), target));
            while (!onFx(() -> window.model().hintProperty().get().startsWith("Picture exported"))) {
                Thread.sleep(5);
            }
            double total = (System.nanoTime() - start) / 1e6;
            double cpu = (PROCESS.getProcessCpuTime() - cpuStart) / 1e6;
            double fxCpu = (THREADS.getThreadCpuTime(fxThread) - fxStart) / 1e6;
            double rendererCpu = (rendererCpu() - rendererStart) / 1e6;
            heartbeat.finish();
            System.out.printf(Locale.ROOT, "%s: %s, total %.0f ms (%.0f ms CPU: JavaFX thread %.0f, renderer %.0f), "
                    + "longest busy %.0f ms (%.0f ms CPU)%n", run == 0 ? "warm-up" : "run " + run,
                    onFx(() -> window.model().hintProperty().get()), total, cpu, fxCpu, rendererCpu,
                    heartbeat.longestWaitMs(), heartbeat.longestCpuMs());
            Files.deleteIfExists(target);
        }
        Platform.exit();
        System.exit(0);
    }

    /** The CPU time of JavaFX's render thread, which draws every snapshot while the JavaFX thread waits. */
    private static long rendererCpu() {
        long sum = 0;
        for (ThreadInfo info : THREADS.getThreadInfo(THREADS.getAllThreadIds())) {
            if (info != null && info.getThreadName().startsWith("QuantumRenderer")) {
                sum += THREADS.getThreadCpuTime(info.getThreadId());
            }
        }
        return sum;
    }
}
