package dev.demarc.ui.details;

import javafx.scene.control.Label;
import javafx.scene.layout.Region;

/** The panel's text: labels that wrap, so nothing is cut off in a narrow side panel. */
final class Texts {

    private Texts() {
    }

    static Label wrapped(String text, String styleClass) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        l.getStyleClass().add(styleClass);
        return l;
    }
}
