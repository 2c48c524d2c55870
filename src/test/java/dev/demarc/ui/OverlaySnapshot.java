package dev.demarc.ui;

import dev.demarc.ui.look.Theme;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.demarc.io.DiagramReader;
import dev.demarc.ui.export.PngFiles;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.image.WritableImage;
import org.junit.jupiter.api.Test;

/**
 * Not a check: a picture of the editor window with the overlay on, for a person to look at. Runs only when
 * asked, e.g. {@code -Dtest=OverlaySnapshot -Ddemarc.snapshot=/tmp/overlay}, and writes one PNG per sample.
 */
class OverlaySnapshot extends EditorTestBase {

    @Test
    void writePictures() throws Exception {
        String out = System.getProperty("demarc.snapshot");
        assumeTrue(out != null, "asked with -Ddemarc.snapshot=/path/prefix");
        for (String sample : new String[] {"reachability-puzzle.json", "insecure-teaching-example.json"}) {
            for (Theme theme : new Theme[] {Theme.LIGHT, Theme.HIGH_CONTRAST}) {
                var d = new DiagramReader(model.catalog()).read(Path.of("samples", sample)).diagram();
                interact(() -> {
                    stage.setWidth(1440);
                    stage.setHeight(900);
                    theme.select();
                    centreSplit(canvas).setDividerPositions(0.76);
                    model.open(d, null);
                    canvas.showOverlayProperty().set(true);
                    canvas.requestFit();
                });
                interact(() -> stage.getScene().getRoot().layout());
                if (sample.startsWith("insecure")) {
                    // The selected service's expanded stack, too.
                    interact(() -> model.select(List.of("db")));
                    interact(() -> stage.getScene().getRoot().layout());
                }
                // The root node, not the scene: Monocle's screen (1280 x 800) is smaller than the window.
                WritableImage image = fx(() -> stage.getScene().getRoot().snapshot(null, null));
                PngFiles.write(image, 1, Path.of(out + "-" + sample.replace(".json", "") + "-"
                        + theme.name().toLowerCase() + ".png"));
            }
        }
        interact(Theme.LIGHT::select);
    }
}
