package dev.demarc.ui.details;

import dev.demarc.analysis.Finding;
import dev.demarc.analysis.ScannerCheck;
import dev.demarc.catalog.Catalog;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The component's findings, each as a card: severity and duty, what is wrong, the fix, the rule id and the
 * matching scanner checks named with their tool ("Checkov CKV_AWS_17"), so a student can find the same finding
 * in Checkov, Prowler or cfn-nag.
 */
final class FindingList extends VBox {

    FindingList(Catalog catalog, List<Finding> findings) {
        getStyleClass().add("finding-list");
        setId("finding-list");
        if (findings.isEmpty()) {
            getChildren().add(Texts.wrapped("No open findings on this component.", "details-empty"));
        }
        for (Finding f : findings) {
            getChildren().add(card(catalog, f));
        }
    }

    private static VBox card(Catalog catalog, Finding f) {
        HBox top = new HBox(new SeverityChip(f.severity()),
                Texts.wrapped(catalog.duty(f.category()).name(), "finding-category"));
        top.getStyleClass().add("finding-top");
        top.setAlignment(Pos.CENTER_LEFT);
        VBox card = new VBox(top, Texts.wrapped(f.message(), "finding-message"),
                Texts.wrapped("Fix: " + f.remediation(), "finding-fix"),
                Texts.wrapped("Rule: " + f.rule(), "finding-rule"));
        if (!f.references().isEmpty()) {
            card.getChildren().add(Texts.wrapped("Scanner checks: " + ScannerCheck.labels(f.references()),
                    "finding-references"));
        }
        card.getStyleClass().add("finding-card");
        card.setFocusTraversable(true);
        card.setAccessibleRole(AccessibleRole.TEXT);
        card.setAccessibleText(f.severity().displayName() + " finding: " + f.message() + " Fix: " + f.remediation());
        return card;
    }
}
