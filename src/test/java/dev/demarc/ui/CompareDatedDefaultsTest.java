package dev.demarc.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ScrollPane;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** Compare carries the catalog's dated defaults and per-engine versions to its settings. */
class CompareDatedDefaultsTest extends EditorTestBase {

    @AfterEach
    void closeTeachingWindows() {
        interact(() -> new ArrayList<>(Window.getWindows()).stream().filter(w -> w != stage).forEach(Window::hide));
    }

    @Test
    void choosingPostgresOffersItsVersionsAndTheTlsHelpDatesItsChange() throws Exception {
        clickOn("View").clickOn("Compare Services...");
        WaitForAsyncUtils.waitForFxEvents();
        CompareSteps.chooseLesson(this, "EC2, RDS, S3, CloudFront");
        interact(() -> ((ScrollPane) lookup(".compare-scroll").query()).setVvalue(1));
        ComboBox<?> versions = fx(() -> (ComboBox<?>) lookup("#compare-1-engineVersion").query());
        assertEquals(List.of("8.0", "8.4", "9.7"), fx(() -> List.copyOf(versions.getItems())));

        clickOn("#compare-1-engine");
        clickOn("postgres");

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> fx(() -> {
            ComboBox<?> now = (ComboBox<?>) lookup("#compare-1-engineVersion").query();
            return List.of("13", "14", "15", "16", "17").equals(List.copyOf(now.getItems()));
        }));
        CheckBox tls = fx(() -> (CheckBox) lookup("#compare-1-enforceTls").query());
        assertTrue(fx(tls::isSelected), "PostgreSQL 17 requires TLS by default");
        String help = fx(() -> tls.getTooltip().getText());
        assertTrue(help.contains("Default changed from PostgreSQL 15; before: "), help);
    }
}
