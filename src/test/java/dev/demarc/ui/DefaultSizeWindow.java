package dev.demarc.ui;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import javafx.scene.Group;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window's content laid out at the default 1440 x 900 window size, which Monocle's 1280 x 800 headless
 * screen cannot show as a real window: the root moves into an off-screen scene of that size (with the
 * window's style sheets) and back. Layout, text clipping and snapshots work the same off screen.
 */
final class DefaultSizeWindow {

    static final double WIDTH = 1440;
    static final double HEIGHT = 900;

    private DefaultSizeWindow() {
    }

    /** Runs {@code check} on the FX thread, given the scene, while the window's content is laid out at 1440 x 900. */
    static <T> T at1440x900(MainWindow window, Function<Scene, T> check) {
        try {
            return WaitForAsyncUtils.asyncFx(() -> {
                Scene original = window.stage().getScene();
                Parent root = original.getRoot();
                List<String> sheets = List.copyOf(original.getStylesheets());
                original.setRoot(new Group());
                Scene big = new Scene(root, WIDTH, HEIGHT);
                big.getStylesheets().setAll(sheets);
                try {
                    root.applyCss();
                    root.layout();
                    window.placeDividers();
                    root.layout();
                    root.applyCss();
                    root.layout();
                    return check.apply(big);
                } finally {
                    big.setRoot(new Group());
                    original.setRoot(root);
                }
            }).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** A picture of the whole window at 1440 x 900. */
    static WritableImage picture(MainWindow window) {
        return at1440x900(window, scene -> scene.snapshot(null));
    }
}
