package dev.demarc.ui;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.demarc.io.DiagramReader;
import dev.demarc.ui.export.PngEncoder;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.image.PixelFormat;
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
                WritableImage image = fx(() -> stage.getScene().snapshot(new WritableImage(
                        (int) stage.getScene().getWidth(), (int) stage.getScene().getHeight())));
                int w = (int) image.getWidth();
                int h = (int) image.getHeight();
                int[] argb = new int[w * h];
                image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
                Files.write(Path.of(out + "-" + sample.replace(".json", "") + "-" + theme.name().toLowerCase()
                        + ".png"), PngEncoder.encode(w, h, argb, 1));
            }
        }
        interact(Theme.LIGHT::select);
    }
}
