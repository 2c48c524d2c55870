package dev.demarc.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.demarc.catalog.Catalog;
import dev.demarc.model.Component;
import dev.demarc.model.ComponentType;
import dev.demarc.model.Diagram;
import dev.demarc.model.Properties;
import dev.demarc.ui.editor.EditorModel;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The exported picture, read back from its PNG file by ImageIO: the overlay's bands are there in the
 * overlay's documented colours (Okabe-Ito blue for AWS, orange for the customer, see OwnerStyle) and
 * absent from a plain picture, and the scale multiplies the size.
 */
class DiagramPictureTest {

    /** Okabe-Ito blue and orange: the AWS and customer band fills the overlay documents. */
    private static final int AWS_BLUE = 0x0072B2;
    private static final int CUSTOMER_ORANGE = 0xE69F00;

    @TempDir
    Path dir;

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    /** One EC2 instance: its bottom five layers (facilities to managed service) are AWS's, the guest OS is yours. */
    private static Diagram oneInstance() {
        return new Diagram(null, List.of(new Component("web", ComponentType.EC2, "Web", 100, 80, null, null, null,
                Properties.empty())), List.of());
    }

    private BufferedImage picture(Diagram d, PngOptions options, String name) throws Exception {
        Path file = dir.resolve(name);
        WaitForAsyncUtils.asyncFx(() -> {
            PngFiles.write(DiagramPicture.prepare(d, Catalog.builtIn(), options, List.of()), file);
            return null;
        }).get(20, TimeUnit.SECONDS);
        return read(file);
    }

    private static BufferedImage read(Path file) throws IOException {
        BufferedImage image = ImageIO.read(file.toFile());
        assertTrue(image != null, file + " is not a PNG ImageIO can read");
        return image;
    }

    private static int rgb(BufferedImage image, int x, int y) {
        return image.getRGB(x, y) & 0xFFFFFF;
    }

    private static int count(BufferedImage image, int colour) {
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (rgb(image, x, y) == colour) {
                    n++;
                }
            }
        }
        return n;
    }

    @Test
    void theOverlayPictureShowsTheAwsBandsBelowTheLineAndTheCustomersAboveIt() throws Exception {
        BufferedImage plain = picture(oneInstance(), new PngOptions(1, false, false), "plain.png");
        BufferedImage overlay = picture(oneInstance(), new PngOptions(1, true, false), "overlay.png");

        assertEquals(0, count(plain, AWS_BLUE), "a plain picture has no AWS band");
        assertEquals(0, count(plain, CUSTOMER_ORANGE), "a plain picture has no customer band");
        assertTrue(count(overlay, AWS_BLUE) > 150, "the overlay picture has AWS bands");
        assertTrue(count(overlay, CUSTOMER_ORANGE) > 150, "the overlay picture has customer bands");

        // The column crossing the most AWS blue runs through the stack (a legend swatch is 18 pixels high;
        // five bands of 9 are more).
        int column = 0;
        int most = 0;
        for (int x = 0; x < overlay.getWidth(); x++) {
            int n = 0;
            for (int y = 0; y < overlay.getHeight(); y++) {
                n += rgb(overlay, x, y) == AWS_BLUE ? 1 : 0;
            }
            if (n > most) {
                most = n;
                column = x;
            }
        }
        assertTrue(most >= 30, "the stack's five AWS bands, less their separators: " + most);
        int topBlue = 0;
        while (rgb(overlay, column, topBlue) != AWS_BLUE) {
            topBlue++;
        }
        // Just above the highest AWS band: the black demarcation line, then the customer's guest OS band.
        int black = -1;
        int orange = -1;
        for (int y = topBlue - 1; y >= Math.max(0, topBlue - 14); y--) {
            int c = rgb(overlay, column, y);
            if (black < 0 && (c >> 16) < 40 && ((c >> 8) & 0xFF) < 40 && (c & 0xFF) < 40) {
                black = y;
            } else if (black >= 0 && c == CUSTOMER_ORANGE) {
                orange = y;
                break;
            }
        }
        assertTrue(black >= 0, "a black line just above the highest AWS band");
        assertTrue(orange >= 0, "the customer's band above the line");
    }

    @Test
    void scaleTwoAndThreeMultiplyTheSizeOfScaleOne() throws Exception {
        for (boolean overlay : new boolean[] {false, true}) {
            BufferedImage one = picture(oneInstance(), new PngOptions(1, overlay, false), "one.png");
            BufferedImage two = picture(oneInstance(), new PngOptions(2, overlay, false), "two.png");
            BufferedImage three = picture(oneInstance(), new PngOptions(3, overlay, false), "three.png");
            assertEquals(2.0 * one.getWidth(), two.getWidth(), 1);
            assertEquals(2.0 * one.getHeight(), two.getHeight(), 1);
            assertEquals(3.0 * one.getWidth(), three.getWidth(), 1);
            assertEquals(3.0 * one.getHeight(), three.getHeight(), 1);
        }
    }

    @Test
    void aPlainPictureIsTheDiagramPlusItsMarginsAndTheOverlayNeedsRoomForTheLegend() throws Exception {
        BufferedImage plain = picture(oneInstance(), new PngOptions(1, false, false), "plain.png");
        BufferedImage overlay = picture(oneInstance(), new PngOptions(1, true, false), "overlay.png");
        // The card's size comes from the catalog; its shadow and finding count stick out up to 32 pixels more;
        // the margins are 2 x 24.
        Component web = oneInstance().components().get(0);
        double cardWidth = Catalog.builtIn().spec(ComponentType.EC2).width(web);
        double cardHeight = Catalog.builtIn().spec(ComponentType.EC2).height(web);
        assertTrue(plain.getWidth() >= cardWidth + 48 && plain.getWidth() <= cardWidth + 48 + 32,
                "width " + plain.getWidth());
        assertTrue(plain.getHeight() >= cardHeight + 48 && plain.getHeight() <= cardHeight + 48 + 32,
                "height " + plain.getHeight());
        assertTrue(overlay.getWidth() >= DiagramPicture.LEGEND_WIDTH, "the legend's width");
        assertTrue(overlay.getHeight() > plain.getHeight() + 100, "stack, badges and legend below the card");
    }

    @Test
    void aDiagramLargeEnoughToBeAnalyzedInTheBackgroundStillGetsItsOverlay() throws Exception {
        List<Component> buckets = new ArrayList<>();
        for (int i = 0; i < EditorModel.BACKGROUND_ANALYSIS_FROM; i++) {
            buckets.add(new Component("b" + i, ComponentType.S3, null, (i % 20) * 250.0, (i / 20) * 260.0, null,
                    null, null, Properties.empty()));
        }
        BufferedImage overlay = picture(new Diagram(null, buckets, List.of()), new PngOptions(1, true, false),
                "large.png");
        // Every bucket's stack has AWS bands: far more blue than the legend's one swatch (26 x 18).
        assertTrue(count(overlay, AWS_BLUE) > 100 * 26 * 18, "the stacks were drawn from the analysis");
    }

    @Test
    void anEmptyDiagramIsRefusedWithAMessage() {
        ExecutionException e = assertThrows(ExecutionException.class, () -> WaitForAsyncUtils.asyncFx(
                () -> DiagramPicture.prepare(Diagram.empty(), Catalog.builtIn(), new PngOptions(1, false, false),
                        List.of())).get(20, TimeUnit.SECONDS));
        assertTrue(e.getCause() instanceof ExportException);
        assertTrue(e.getCause().getMessage().contains("empty"), e.getCause().getMessage());
    }
}
