package dev.demarc.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.demarc.model.ComponentType;
import dev.demarc.model.Diagram;
import dev.demarc.ui.export.PngExport;
import dev.demarc.ui.export.PngOptions;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javax.imageio.ImageIO;
import javafx.application.Platform;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioButton;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * File > Export > PNG: the dialog, the file chooser and the written picture; a selection's picture; and a
 * target that cannot be written, which is reported and harms nothing.
 */
class PngExportTest extends EditorTestBase {

    /** EC2 icon orange and S3 icon green, as the icon files draw them (icons/ec2.svg, icons/s3.svg). */
    private static final int EC2_ICON = 0xD95F0E;
    private static final int S3_ICON = 0x23823A;

    @TempDir
    Path dir;

    private final Preferences scratch = Preferences.userRoot().node("dev/demarc/png-export-test");

    @AfterEach
    void forgetChoices() throws BackingStoreException {
        scratch.removeNode();
    }

    private static Diagram twoServices() {
        return diagram(service("web", ComponentType.EC2, 40, 40, null),
                service("bucket", ComponentType.S3, 360, 260, null));
    }

    /**
     * Chooses File > Export > PNG... : fires the window's real menu item (later, since its dialog waits for
     * an answer) and waits for the dialog.
     */
    private void openExportDialog() {
        MenuItem png = fx(() -> {
            MenuBar bar = (MenuBar) from(stage.getScene().getRoot()).lookup(".menu-bar").query();
            Menu file = bar.getMenus().stream().filter(m -> m.getText().equals("File")).findFirst().orElseThrow();
            Menu export = (Menu) file.getItems().stream().filter(i -> "Export".equals(i.getText())).findFirst()
                    .orElseThrow();
            return export.getItems().stream().filter(i -> "PNG...".equals(i.getText())).findFirst().orElseThrow();
        });
        Platform.runLater(png::fire);
        waitFor("#png-export");
    }

    private void waitFor(String query) {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup(query).tryQuery().isPresent());
        } catch (TimeoutException e) {
            throw new AssertionError(query + " did not appear", e);
        }
    }

    private static BufferedImage read(Path file) throws IOException {
        BufferedImage image = ImageIO.read(file.toFile());
        assertTrue(image != null, file + " is not a PNG");
        return image;
    }

    private static boolean contains(BufferedImage image, int colour) {
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xFFFFFF) == colour) {
                    return true;
                }
            }
        }
        return false;
    }

    @Test
    void theMenuAsksTheOptionsAndTheFileWritesThePngAndRemembersTheScale() throws Exception {
        show(twoServices());
        Path out = dir.resolve("slide.png");
        dialogs.answerExportWith(out);

        openExportDialog();
        assertTrue(fx(() -> lookup("#png-selection").query().isDisabled()), "nothing is selected");
        assertFalse(fx(() -> ((CheckBox) lookup("#png-overlay").query()).isSelected()), "the overlay is off");
        clickOn("#png-scale-3");
        clickOn("#png-export");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> Files.exists(out));

        BufferedImage image = read(out);
        assertTrue(image.getWidth() > 3 * 400 && image.getHeight() > 3 * 200, "both services at 3x: "
                + image.getWidth() + " x " + image.getHeight());
        assertTrue(contains(image, EC2_ICON) && contains(image, S3_ICON), "both services are drawn");
        assertEquals(List.of("Untitled.png"), dialogs.suggestedExportNames());
        assertTrue(fx(() -> model.hintProperty().get()).contains(out.toString()));
        assertFalse(fx(model::isDirty), "exporting does not change the document");

        // Next time: the scale is remembered, the overlay follows the view, the selection is offered.
        interact(() -> {
            canvas.showOverlayProperty().set(true);
            model.select(List.of("web"));
        });
        openExportDialog();
        assertTrue(fx(() -> ((RadioButton) lookup("#png-scale-3").query()).isSelected()), "3x remembered");
        assertTrue(fx(() -> ((CheckBox) lookup("#png-overlay").query()).isSelected()), "the overlay is on now");
        assertFalse(fx(() -> lookup("#png-selection").query().isDisabled()), "a component is selected");
        clickOn("Cancel");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> lookup("#png-export").tryQuery().isEmpty());
        assertEquals(1, dialogs.suggestedExportNames().size(), "cancelled before the file chooser");
    }

    @Test
    void theSlideOptionWritesA1920By1080SlideWithTheOverlayAndIsRemembered() throws Exception {
        show(twoServices());
        Path out = dir.resolve("slide.png");
        dialogs.answerExportWith(out);

        openExportDialog();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> lookup("#png-slide").query().getScene()
                .getWindow().isShowing() && lookup("#png-slide").query().getScene().getWindow().getWidth() > 0));
        clickOn("#png-scale-1");
        clickOn("#png-slide");
        assertTrue(fx(() -> lookup("#png-overlay").query().isDisabled()), "a slide always has the overlay");
        clickOn("#png-export");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> Files.exists(out));

        BufferedImage image = read(out);
        assertEquals(1920, image.getWidth());
        assertEquals(1080, image.getHeight());
        assertTrue(contains(image, EC2_ICON) && contains(image, S3_ICON), "both services are drawn");
        assertEquals(List.of("Untitled-slide.png"), dialogs.suggestedExportNames());

        openExportDialog();
        assertTrue(fx(() -> ((CheckBox) lookup("#png-slide").query()).isSelected()), "the slide is remembered");
        clickOn("Cancel");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> lookup("#png-export").tryQuery().isEmpty());
    }

    @Test
    void theSelectionsPictureIsSmallerAndShowsTheSelectedComponent() throws Exception {
        show(twoServices());
        interact(() -> model.select(List.of("bucket")));
        PngExport export = fx(() -> new PngExport(model, dialogs, scratch, stage));
        Path whole = dir.resolve("whole.png");
        Path selection = dir.resolve("selection.png");

        interact(() -> export.export(new PngOptions(1, false, false), whole));
        interact(() -> export.export(new PngOptions(1, false, true), selection));

        BufferedImage all = read(whole);
        BufferedImage part = read(selection);
        assertTrue(part.getWidth() < all.getWidth() && part.getHeight() < all.getHeight(),
                part.getWidth() + " x " + part.getHeight() + " within " + all.getWidth() + " x " + all.getHeight());
        double cardWidth = model.catalog().spec(ComponentType.S3).width(component("bucket"));
        double cardHeight = model.catalog().spec(ComponentType.S3).height(component("bucket"));
        assertTrue(part.getWidth() >= cardWidth && part.getHeight() >= cardHeight, "the whole card fits");
        assertTrue(contains(part, S3_ICON), "the selected bucket is drawn");
        assertFalse(contains(part, EC2_ICON), "the instance far away is not");
        assertTrue(contains(all, EC2_ICON) && contains(all, S3_ICON));
        assertTrue(dialogs.errors().isEmpty(), dialogs.errors().toString());
    }

    @Test
    void aTargetThatCannotBeWrittenIsReportedByNameAndChangesNothing() throws Exception {
        show(twoServices());
        Path notAFolder = Files.writeString(dir.resolve("notes.txt"), "keep me");
        Path target = notAFolder.resolve("slide.png");
        Diagram before = model.diagram();
        PngExport export = fx(() -> new PngExport(model, dialogs, scratch, stage));

        interact(() -> export.export(new PngOptions(2, true, false), target));

        assertEquals(1, dialogs.errors().size());
        String message = dialogs.errors().get(0).message();
        assertTrue(message.contains(target.toString()), "the message names the file: " + message);
        assertTrue(message.contains("not been changed"), message);
        assertFalse(Files.exists(target));
        assertEquals("keep me", Files.readString(notAFolder));
        assertSame(before, model.diagram());
        assertFalse(fx(model::isDirty));
        assertFalse(fx(() -> model.canUndoProperty().get()));
    }

    @Test
    void anEmptyDiagramIsReportedInsteadOfWritingAnEmptyPicture() {
        Path target = dir.resolve("empty.png");
        PngExport export = fx(() -> new PngExport(model, dialogs, scratch, stage));

        interact(() -> export.export(new PngOptions(1, false, false), target));

        assertEquals(1, dialogs.errors().size());
        assertTrue(dialogs.errors().get(0).message().contains("empty"), dialogs.errors().get(0).message());
        assertFalse(Files.exists(target));
    }
}
