package dev.demarc.ui.look;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.Objects;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
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
            Theme.class.getResource("/dev/demarc/ui/high-contrast.css"), "high-contrast.css").toExternalForm();

    private final String displayName;

    Theme(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }

    /** The look in use; every scene that {@link #follow follows} it changes with it. */
    private static final ObjectProperty<Theme> CURRENT = new SimpleObjectProperty<>(LIGHT);

    public static Theme current() {
        return CURRENT.get();
    }

    /** Makes this the look of the whole application: the user-agent theme, and every following scene. */
    public void select() {
        Application.setUserAgentStylesheet(this == DARK ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
        CURRENT.set(this);
    }

    /**
     * Keeps {@code scene} in the current look: the editor, and the windows that are projected (Compare, Quiz,
     * speaker notes), get the high-contrast sheet while that theme is selected. The listener lives as long as
     * the scene.
     */
    public static void follow(Scene scene) {
        ChangeListener<Theme> listener = (o, was, now) -> sheetFor(scene, now);
        scene.getProperties().put(Theme.class, listener);
        CURRENT.addListener(new WeakChangeListener<>(listener));
        sheetFor(scene, CURRENT.get());
    }

    private static void sheetFor(Scene scene, Theme theme) {
        scene.getStylesheets().remove(HIGH_CONTRAST_CSS);
        if (theme == HIGH_CONTRAST) {
            scene.getStylesheets().add(HIGH_CONTRAST_CSS);
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
