package dev.demarc.ui.details;

import dev.demarc.analysis.DutyStatus;
import dev.demarc.analysis.ComponentAnalysis;
import dev.demarc.catalog.Catalog;
import dev.demarc.catalog.Duty;
import dev.demarc.catalog.DutyInfo;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The customer's duties on the component as a checklist, one row per duty: ticked ("no open findings") when
 * no finding of that category is open, unticked with the count and the worst severity in words otherwise.
 */
final class DutyChecklist extends VBox {

    static final String TICK = "\u2713";

    DutyChecklist(Catalog catalog, ComponentAnalysis analysis) {
        getStyleClass().add("duty-checklist");
        setId("duty-checklist");
        if (analysis.duties().isEmpty()) {
            getChildren().add(Texts.wrapped("AWS runs every layer of this component: nothing here is yours.",
                    "details-empty"));
        }
        for (Duty d : analysis.duties()) {
            getChildren().add(row(catalog.duty(d), analysis.status(d)));
        }
    }

    private static HBox row(DutyInfo info, DutyStatus status) {
        Label box = new Label(status.done() ? TICK : "");
        box.getStyleClass().add("duty-box");
        StackPane mark = new StackPane(box);
        mark.getStyleClass().add("duty-mark");
        Label name = Texts.wrapped(info.name(), "duty-name");
        Label state = Texts.wrapped(status.describe(), "duty-state");
        state.setId("duty-state-" + key(info.duty()));
        HBox line = new HBox(state);
        line.getStyleClass().add("duty-line");
        line.setAlignment(Pos.CENTER_LEFT);
        status.worst().ifPresent(w -> line.getChildren().add(0, new SeverityChip(w)));
        Label question = Texts.wrapped(info.question(), "duty-question");
        VBox body = new VBox(name, line, question);
        body.setMinWidth(0);
        HBox.setHgrow(body, Priority.ALWAYS);
        HBox row = new HBox(mark, body);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().addAll("duty-row", status.done() ? "duty-done" : "duty-open");
        row.setId("duty-" + key(info.duty()));
        row.setFocusTraversable(true);
        row.setAccessibleRole(AccessibleRole.TEXT);
        row.setAccessibleText(info.name() + ": your duty, " + (status.done() ? "done" : "not done") + "; "
                + status.describe());
        return row;
    }

    /** The duty's id part, e.g. {@code expose} or {@code grant-access}. */
    static String key(Duty duty) {
        return duty.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
