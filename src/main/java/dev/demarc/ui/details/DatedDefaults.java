package dev.demarc.ui.details;

import dev.demarc.catalog.DefaultChange;
import dev.demarc.catalog.PropertySpec;
import dev.demarc.catalog.TypeSpec;
import dev.demarc.model.Component;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * The component's defaults that AWS changed in recent years, each with when and what it was before, so a
 * student holding older course material sees why it says otherwise. One wrapped line per change that concerns
 * this component (a PostgreSQL database is not told about MySQL's TLS default).
 */
final class DatedDefaults extends VBox {

    DatedDefaults(TypeSpec type, Component c) {
        super(4);
        setId("details-dated");
        for (PropertySpec p : type.properties()) {
            for (DefaultChange change : type.changesOf(c, p)) {
                Label line = new Label(p.label() + ": " + change.sentence());
                line.setWrapText(true);
                line.getStyleClass().add("details-dated-line");
                getChildren().add(line);
            }
        }
    }

    boolean any() {
        return !getChildren().isEmpty();
    }
}
