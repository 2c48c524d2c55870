package dev.demarc.ui.details;

import dev.demarc.analysis.Severity;
import java.util.Locale;
import javafx.scene.control.Label;

/** A severity in words on its colour (the colours of the findings table), e.g. a white "HIGH" on orange. */
final class SeverityChip extends Label {

    SeverityChip(Severity severity) {
        super(severity.name());
        // The colours are the findings table's, from demarc.css: one set of severity colours for the window.
        getStyleClass().addAll("details-severity", "severity-" + severity.name().toLowerCase(Locale.ROOT));
        setMinWidth(USE_PREF_SIZE);
        setAccessibleText("Severity " + severity.displayName());
    }
}
