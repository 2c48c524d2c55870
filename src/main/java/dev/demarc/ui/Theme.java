package dev.demarc.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.Objects;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.scene.Scene;

/**
 * The three looks of the app: AtlantaFX's Primer light and dark, and a high-contrast look for projectors
 * (Primer light with black text and borders, thicker lines and larger type, from {@code high-contrast.css}).
 * The overlay's own colours are fixed and readable on all three.
 */
public enum Theme {
    LIGHT("Light"),
    DARK("Dark"),
    HIGH_CONTRAST("High Contrast (Projector)");

    /** Preferences key of the chosen theme. */
    static final String KEY = "view.theme";
    /** The key of the earlier dark-theme switch, still read so a user's choice survives the update. */
    private static final String OLD_DARK_KEY = "view.dark";
    private static final String HIGH_CONTRAST_CSS = Objects.requireNonNull(
            Theme.class.getResource("high-contrast.css"), "high-contrast.css").toExternalForm();

    private final String displayName;

    Theme(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }

    /** Applies this look to the whole application and to the editor's scene. */
    public void apply(Scene scene) {
        Application.setUserAgentStylesheet(this == DARK ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
        if (scene != null) {
            scene.getStylesheets().remove(HIGH_CONTRAST_CSS);
            if (this == HIGH_CONTRAST) {
                scene.getStylesheets().add(HIGH_CONTRAST_CSS);
            }
        }
    }

    /** The theme the user chose last time; light for a new user. */
    public static Theme load(Preferences prefs) {
        String name = prefs.get(KEY, null);
        if (name == null) {
            return prefs.getBoolean(OLD_DARK_KEY, false) ? DARK : LIGHT;
        }
        try {
            return valueOf(name);
        } catch (IllegalArgumentException e) {
            return LIGHT;
        }
    }

    public void save(Preferences prefs) {
        prefs.put(KEY, name());
    }
}
