package dev.demarc.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.demarc.ui.export.PngFiles;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.controlsfx.control.StatusBar;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The first window a new user sees: an empty canvas that names the first step and offers the samples and
 * the guide, and an empty diagram that says it has nothing to check yet rather than praising it.
 */
class FirstWindowTest extends EditorTestBase {

    private boolean gettingStartedShown() {
        return fx(() -> lookup("#getting-started").tryQuery().map(Node::isVisible).orElse(false));
    }

    @Test
    void anEmptyCanvasNamesTheFirstStepAndTheEmptyDiagramHasNothingToCheckYet() throws Exception {
        assertTrue(gettingStartedShown());
        assertEquals("Drag a VPC here", fx(() -> lookup("#getting-started-first-step").queryLabeled().getText()));
        String status = fx(() -> lookup("#status-bar").queryAs(StatusBar.class).getText());
        assertTrue(status.startsWith("Nothing to check yet"), status);
        String placeholder = fx(() -> lookup("#findings-placeholder").queryLabeled().getText());
        assertTrue(placeholder.startsWith("Nothing to check yet"), placeholder);
        PngFiles.write(DefaultSizeWindow.picture(window), 1, Path.of("target", "first-window.png"));

        drag("#palette-VPC").dropTo(fx(() -> canvas.localToScreen(canvas.getWidth() / 2, canvas.getHeight() / 2)));

        assertEquals(List.of("vpc-1"), ids(), "a drop on the panel reaches the canvas");
        assertFalse(gettingStartedShown(), "the panel goes with the first component");
        undo();
        assertTrue(gettingStartedShown(), "and comes back when the diagram is empty again");
    }

    @Test
    void theSamplesButtonOpensASampleByItsTitle() {
        clickOn("#getting-started-samples");
        clickOn("Web app on EC2 with RDS");

        assertFalse(model.diagram().components().isEmpty());
        assertEquals("Web app on EC2 with RDS", model.diagram().title());
        assertFalse(gettingStartedShown());
    }

    @Test
    void theGuideOpensFromTheEmptyCanvasAndFromTheHelpMenu() throws Exception {
        clickOn("#getting-started-guide");
        assertEquals("Getting Started", guideTitle());
        closeGuide();

        clickOn("Help");
        clickOn("Getting Started");
        assertEquals("Getting Started", guideTitle());
        closeGuide();
    }

    private String guideTitle() throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> guide() != null);
        return fx(() -> ((Stage) guide().getScene().getWindow()).getTitle());
    }

    private DialogPane guide() {
        return fx(() -> Window.getWindows().stream()
                .filter(w -> w != stage && w.getScene() != null && w.getScene().getRoot() instanceof DialogPane p
                        && p.getContent() != null && "guide-steps".equals(p.getContent().getId()))
                .map(w -> (DialogPane) w.getScene().getRoot()).findFirst().orElse(null));
    }

    private void closeGuide() {
        DialogPane pane = guide();
        interact(() -> ((Button) pane.lookupButton(ButtonType.OK)).fire());
    }
}
