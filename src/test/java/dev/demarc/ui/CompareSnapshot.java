package dev.demarc.ui;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.demarc.ui.export.PngFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.concurrent.TimeUnit;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Not a check: pictures of Compare on the compute spectrum, before and after ECS switches to Fargate, for a
 * person to look at. Runs only when asked, e.g. {@code -Dtest=CompareSnapshot -Ddemarc.snapshot=/tmp/compare}.
 */
class CompareSnapshot extends EditorTestBase {

    @Test
    void writePictures() throws Exception {
        String out = System.getProperty("demarc.snapshot");
        assumeTrue(out != null, "asked with -Ddemarc.snapshot=/path/prefix");
        clickOn("View").clickOn("Compare Services...");
        WaitForAsyncUtils.waitForFxEvents();
        Stage compare = fx(() -> (Stage) Window.getWindows().stream().filter(w -> w != stage).findFirst()
                .orElseThrow());
        interact(() -> {
            compare.setWidth(1440);
            compare.setHeight(800);
        });
        CompareSteps.awaitLineOn(this, 1, "managed-service");
        write(compare.getScene().getRoot(), out + "-spectrum.png");

        interact(() -> ((ScrollPane) lookup(".compare-scroll").query()).setVvalue(1));
        clickOn("#compare-1-launchType");
        CompareSteps.pickFromOpenList(this, "FARGATE");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> CompareSteps.bandStyle(this, 1, "guest-os")
                .contains("owner-aws"));
        CompareSteps.awaitLineOn(this, 1, "runtime");
        write(compare.getScene().getRoot(), out + "-fargate-settings.png");
        interact(() -> ((ScrollPane) lookup(".compare-scroll").query()).setVvalue(0));
        CompareSteps.awaitLineOn(this, 1, "runtime");
        write(compare.getScene().getRoot(), out + "-fargate.png");
        interact(() -> new ArrayList<>(Window.getWindows()).stream().filter(w -> w != stage).forEach(Window::hide));
    }

    private static void write(Parent root, String file) throws Exception {
        WritableImage image = fx(() -> root.snapshot(null, null));
        PngFiles.write(image, 1, Path.of(file));
    }
}
