package dev.demarc.ui.canvas;

import dev.demarc.analysis.Severity;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import javafx.css.PseudoClass;

/** The pseudo-classes the canvas views switch on and off; their looks are in demarc.css. */
final class CanvasStyles {

    static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    static final PseudoClass PUBLIC = PseudoClass.getPseudoClass("public");

    private static final Map<Severity, PseudoClass> SEVERITIES = new EnumMap<>(Severity.class);

    static {
        for (Severity s : Severity.values()) {
            SEVERITIES.put(s, PseudoClass.getPseudoClass("worst-" + s.name().toLowerCase(Locale.ROOT)));
        }
    }

    private CanvasStyles() {
    }

    static PseudoClass severity(Severity s) {
        return SEVERITIES.get(s);
    }
}
