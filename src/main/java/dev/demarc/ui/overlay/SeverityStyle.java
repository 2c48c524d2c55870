package dev.demarc.ui.overlay;

import dev.demarc.analysis.Severity;
import java.util.Locale;
import javafx.scene.paint.Color;

/**
 * The colour of each severity in the overlay: the same colours as the findings panel's severity badges
 * (demarc.css, {@code .severity-*}), so a ring on the canvas matches the row in the list.
 */
final class SeverityStyle {

    private SeverityStyle() {
    }

    static Color color(Severity severity) {
        return switch (severity) {
            case CRITICAL -> Color.web("#A50026");
            case HIGH -> Color.web("#C24A00");
            case MEDIUM -> Color.web("#8F6A00");
            case LOW -> Color.web("#2B6A99");
            case INFO -> Color.web("#5E6570");
        };
    }

    /** The style class a ring carries, e.g. {@code severity-high}; tests and themes select on it. */
    static String styleClass(Severity severity) {
        return "severity-" + severity.name().toLowerCase(Locale.ROOT);
    }
}
