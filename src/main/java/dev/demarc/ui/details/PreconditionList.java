package dev.demarc.ui.details;

import dev.demarc.analysis.Checklist;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * "What would make this worse": each exposure rule's conditions for the component, ticked as they stand,
 * so a student sees why a finding is not yet the critical one and which one change would make it so. The
 * checklists come from the analysis ({@code Analysis.preconditions}); this only draws them.
 */
final class PreconditionList extends VBox {

    PreconditionList(List<Checklist> lists) {
        getStyleClass().add("precondition-list");
        setId("precondition-list");
        for (Checklist list : lists) {
            getChildren().add(block(list));
        }
    }

    private static VBox block(Checklist list) {
        HBox top = new HBox(new SeverityChip(list.severity()),
                Texts.wrapped(list.title() + " if:", "precondition-title"));
        top.setAlignment(Pos.CENTER_LEFT);
        top.getStyleClass().add("finding-top");
        VBox block = new VBox(top);
        block.getStyleClass().add("precondition-block");
        block.setId("preconditions-" + list.rule());
        for (Checklist.Condition c : list.conditions()) {
            block.getChildren().add(row(c));
        }
        block.getChildren().add(Texts.wrapped(summary(list), "precondition-summary"));
        return block;
    }

    private static HBox row(Checklist.Condition c) {
        Label box = new Label(c.met() ? DutyChecklist.TICK : "");
        box.getStyleClass().add("duty-box");
        StackPane mark = new StackPane(box);
        mark.getStyleClass().add("duty-mark");
        Label text = Texts.wrapped(c.text() + " \u2014 " + (c.met() ? "yes" : "no"), "precondition-text");
        text.setMinWidth(0);
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox row = new HBox(mark, text);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().addAll("precondition-row", c.met() ? "precondition-met" : "precondition-missing");
        row.setFocusTraversable(true);
        row.setAccessibleRole(AccessibleRole.TEXT);
        row.setAccessibleText(c.text() + ": " + (c.met() ? "yes" : "no"));
        return row;
    }

    /** One sentence on where the component stands: exposed now, one change away, or further. */
    static String summary(Checklist list) {
        long missing = list.missing();
        if (missing == 0) {
            return "All of these hold: this finding is open now.";
        }
        if (missing == 1) {
            String last = list.conditions().stream().filter(c -> !c.met()).findFirst().orElseThrow().text();
            return "One change away: if \"" + last + "\" became yes, this " + list.severity().name()
                    + " finding would appear.";
        }
        return missing + " of these are still no; each one you keep at no blocks this finding.";
    }
}
