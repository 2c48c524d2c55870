package dev.demarc.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The start-up probe quits once, after the first show, and reports the title set while the window opened. */
@ExtendWith(ApplicationExtension.class)
class FirstShowExitTest {

    @Test
    void printsTheTitleSetDuringStartAndQuitsOnceAfterTheFirstShow(FxRobot robot) {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        AtomicInteger quits = new AtomicInteger();
        Stage[] stage = new Stage[1];
        robot.interact(() -> {
            stage[0] = new Stage();
            FirstShowExit.arm(stage[0], new PrintStream(printed, true, StandardCharsets.UTF_8), quits::incrementAndGet);
            stage[0].setTitle("before show");
            stage[0].show();
            stage[0].setTitle("sample.json - Demarc");
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            stage[0].hide();
            stage[0].show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> stage[0].hide());

        assertEquals("shown: sample.json - Demarc" + System.lineSeparator(), printed.toString(StandardCharsets.UTF_8));
        assertEquals(1, quits.get());
    }
}
