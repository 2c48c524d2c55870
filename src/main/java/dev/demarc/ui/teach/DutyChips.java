package dev.demarc.ui.teach;

import dev.demarc.catalog.Duty;
import dev.demarc.ui.overlay.DutyIcon;
import java.util.Collection;
import java.util.Locale;
import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;

/**
 * The customer's duties on a component as a row of pills, each with the overlay's pictogram and the duty's
 * name, wrapping within its column.
 */
final class DutyChips extends FlowPane {

    DutyChips(String id) {
        super(6, 6);
        setId(id);
        getStyleClass().add("duty-chips");
    }

    void show(Collection<Duty> duties) {
        getChildren().clear();
        for (Duty d : duties) {
            Group icon = new Group(DutyIcon.of(d));
            icon.setScaleX(1.2);
            icon.setScaleY(1.2);
            Label chip = new Label(d.displayName(), icon);
            chip.getStyleClass().addAll("duty-chip", "duty-" + d.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            getChildren().add(chip);
        }
        if (duties.isEmpty()) {
            Label none = new Label("None");
            none.getStyleClass().add("duty-none");
            getChildren().add(none);
        }
    }
}
