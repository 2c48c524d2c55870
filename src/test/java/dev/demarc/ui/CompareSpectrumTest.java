package dev.demarc.ui;

import static dev.demarc.ui.CompareSteps.awaitLineOn;
import static dev.demarc.ui.CompareSteps.bandStyle;
import static dev.demarc.ui.CompareSteps.lineY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.demarc.catalog.TypeSpec;
import dev.demarc.quiz.CatalogFiles;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Compare opens on the compute spectrum, and the two settings that move the host layers (ECS launch type, EKS
 * node type) move the line in front of the class, with a sentence saying what moved. Owners are checked against
 * the catalog's type files read with Jackson, not through the app.
 */
class CompareSpectrumTest extends EditorTestBase {

    @AfterEach
    void closeTeachingWindows() {
        interact(() -> new ArrayList<>(Window.getWindows()).stream().filter(w -> w != stage).forEach(Window::hide));
    }

    private void openCompare() {
        clickOn("View").clickOn("Compare Services...");
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String shownType(int column) {
        return fx(() -> ((TypeSpec) ((ComboBox<?>) lookup("#compare-type-" + column).query()).getValue())
                .shortName());
    }

    private String lineSettings(int column) {
        return fx(() -> ((Label) lookup("#compare-line-settings-" + column).query()).getText());
    }

    private static String owner(String owner) {
        return "owner-" + owner.toLowerCase(Locale.ROOT);
    }

    @Test
    void compareOpensOnEc2EcsOnEc2EcsOnFargateAndLambda() throws Exception {
        openCompare();

        assertEquals(List.of("EC2", "ECS", "ECS", "Lambda"), List.of(shownType(0), shownType(1), shownType(2),
                shownType(3)));
        // The two ECS columns say at the top what tells them apart.
        assertEquals("Launch type: EC2", lineSettings(1));
        assertEquals("Launch type: FARGATE", lineSettings(2));
        assertFalse(fx(() -> lookup("#compare-line-settings-0").query().isVisible()), "nothing on EC2 moves it");
        assertTrue(bandStyle(this, 0, "guest-os").contains(owner(CatalogFiles.owners("EC2").get("guest-os"))));
        assertTrue(bandStyle(this, 1, "guest-os").contains(owner("CUSTOMER")), "ECS on EC2: the instances are yours");
        assertTrue(bandStyle(this, 2, "guest-os").contains(owner("AWS")), "ECS on Fargate: AWS's");
        assertTrue(bandStyle(this, 3, "guest-os").contains(owner(CatalogFiles.owners("LAMBDA").get("guest-os"))));
        awaitLineOn(this, 1, "managed-service");
        awaitLineOn(this, 2, "runtime");
        assertTrue(lineY(this, 2) < lineY(this, 1) - 10, "AWS's part reaches higher on Fargate");
    }

    @Test
    void switchingEcsToFargateHandsTheGuestOsAndRuntimeToAwsAndSaysSo() throws Exception {
        openCompare();
        awaitLineOn(this, 1, "managed-service");
        double onEc2 = lineY(this, 1);
        assertTrue(bandStyle(this, 1, "guest-os").contains(owner("CUSTOMER")));
        interact(() -> ((ScrollPane) lookup(".compare-scroll").query()).setVvalue(1));

        clickOn("#compare-1-launchType");
        CompareSteps.pickFromOpenList(this, "FARGATE");

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> bandStyle(this, 1, "guest-os").contains(owner("AWS")));
        assertTrue(bandStyle(this, 1, "runtime").contains(owner("AWS")));
        assertTrue(bandStyle(this, 1, "application").contains(owner("CUSTOMER")), "the images stay yours");
        assertEquals("Guest operating system moved from you to AWS; Runtime and middleware moved from you to AWS.",
                fx(() -> ((Label) lookup("#compare-moved-1").query()).getText()));
        assertEquals("Launch type: FARGATE", lineSettings(1), "the header follows the setting");
        interact(() -> ((ScrollPane) lookup(".compare-scroll").query()).setVvalue(0));
        awaitLineOn(this, 1, "runtime");
        assertTrue(lineY(this, 1) < onEc2 - 10, "the line moved up: " + onEc2 + " -> " + lineY(this, 1));
    }

    @Test
    void anEksNodeTypeMovesTheNodeOperatingSystem() throws Exception {
        openCompare();
        clickOn("#compare-type-3");
        CompareSteps.pickFromOpenList(this, "EKS");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> bandStyle(this, 3, "guest-os").contains(owner("SHARED")));
        interact(() -> ((ScrollPane) lookup(".compare-scroll").query()).setVvalue(1));

        clickOn("#compare-3-nodeType");
        CompareSteps.pickFromOpenList(this, "self-managed");

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> bandStyle(this, 3, "guest-os")
                .contains(owner("CUSTOMER")));
        assertEquals("Guest operating system moved from shared to you; Runtime and middleware moved from shared to "
                + "you.", fx(() -> ((Label) lookup("#compare-moved-3").query()).getText()));

        clickOn("#compare-3-nodeType");
        CompareSteps.pickFromOpenList(this, "fargate");

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> bandStyle(this, 3, "guest-os").contains(owner("AWS")));
        interact(() -> ((ScrollPane) lookup(".compare-scroll").query()).setVvalue(0));
        awaitLineOn(this, 3, "guest-os");
    }
}
