package dev.demarc.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** The main window comes back at the size and place it was closed at, and always on a screen. */
@ExtendWith(ApplicationExtension.class)
class WindowStateTest {

    private final Preferences prefs = Preferences.userRoot().node("dev/demarc/window-test-" + UUID.randomUUID());

    @AfterEach
    void removePrefs() throws BackingStoreException {
        prefs.removeNode();
    }

    @Test
    void aWindowReopensWithTheSizeAndPlaceItWasClosedAt(FxRobot robot) {
        WindowState state = new WindowState(prefs);
        robot.interact(() -> {
            Stage closing = new Stage();
            closing.setX(40);
            closing.setY(50);
            closing.setWidth(900);
            closing.setHeight(640);
            state.save(closing);
        });
        Stage[] reopened = new Stage[1];
        robot.interact(() -> {
            reopened[0] = new Stage();
            state.restore(reopened[0]);
        });
        assertEquals(40, reopened[0].getX());
        assertEquals(50, reopened[0].getY());
        assertEquals(900, reopened[0].getWidth());
        assertEquals(640, reopened[0].getHeight());
    }

    @Test
    void aPlaceNoLongerOnAnyScreenIsNotRestored(FxRobot robot) {
        prefs.putDouble("window.x", 50_000);
        prefs.putDouble("window.y", 50_000);
        Stage[] stage = new Stage[1];
        robot.interact(() -> {
            stage[0] = new Stage();
            new WindowState(prefs).restore(stage[0]);
            stage[0].show();
        });
        assertTrue(Screen.getPrimary().getBounds().contains(stage[0].getX() + 10, stage[0].getY() + 10),
                "the window must land on the screen, not at " + stage[0].getX() + "," + stage[0].getY());
        robot.interact(stage[0]::hide);
    }
}
