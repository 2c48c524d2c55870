package dev.demarc.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class MainWindowTest {

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        new DemarcApp().start(stage);
    }

    @Test
    void windowIsTitledDemarc() {
        assertEquals("Demarc", stage.getTitle());
    }
}
