package dev.demarc.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.demarc.PomVersion;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** Help > About names the version the pom declares, the one {@code demarc --version} prints. */
class AboutShowsTheBuildVersionTest extends EditorTestBase {

    @Test
    void aboutNamesThePomsVersion() throws Exception {
        clickOn("Help");
        clickOn("About Demarc");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> about() != null);
        DialogPane about = about();

        assertEquals("Demarc " + PomVersion.read(), fx(about::getHeaderText));
        interact(() -> ((Button) about.lookupButton(ButtonType.OK)).fire());
    }

    private DialogPane about() {
        return fx(() -> Window.getWindows().stream()
                .filter(w -> w != stage && w.getScene() != null && w.getScene().getRoot() instanceof DialogPane
                        && w instanceof Stage dialog && "About Demarc".equals(dialog.getTitle()))
                .map(w -> (DialogPane) w.getScene().getRoot()).findFirst().orElse(null));
    }
}
