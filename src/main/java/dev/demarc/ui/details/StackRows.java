package dev.demarc.ui.details;

import dev.demarc.analysis.ComponentAnalysis;
import dev.demarc.analysis.LayerAssessment;
import dev.demarc.catalog.Catalog;
import dev.demarc.catalog.Layer;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The component's fourteen layers as rows, as the overlay stacks them: logging at the top, facilities at
 * the bottom. A thick rule with words on it sits above the highest AWS layer, where AWS's part ends.
 */
final class StackRows extends VBox {

    StackRows(Catalog catalog, ComponentAnalysis analysis, Consumer<String> openLink) {
        getStyleClass().add("layer-rows");
        setId("layer-rows");
        Optional<Layer> highest = analysis.highestAwsLayer();
        List<LayerAssessment> layers = analysis.layers();
        for (int i = layers.size() - 1; i >= 0; i--) {
            LayerAssessment l = layers.get(i);
            boolean demarcation = highest.equals(Optional.of(l.layer()));
            if (demarcation) {
                getChildren().add(demarcationRule());
            }
            getChildren().add(new LayerRow(catalog.layer(l.layer()), l, demarcation, openLink));
        }
    }

    private static HBox demarcationRule() {
        Label text = new Label("AWS's part ends here");
        text.getStyleClass().add("demarcation-text");
        text.setWrapText(true);
        text.setMinWidth(Region.USE_PREF_SIZE);
        Region left = line();
        Region right = line();
        HBox rule = new HBox(left, text, right);
        rule.getStyleClass().add("demarcation-rule");
        rule.setId("demarcation-rule");
        rule.setAccessibleRole(AccessibleRole.TEXT);
        rule.setAccessibleText("Demarcation: AWS's part ends at the layer below; the layers above are yours, "
                + "shared or not applicable");
        return rule;
    }

    private static Region line() {
        Region r = new Region();
        r.getStyleClass().add("demarcation-line");
        HBox.setHgrow(r, Priority.ALWAYS);
        return r;
    }
}
