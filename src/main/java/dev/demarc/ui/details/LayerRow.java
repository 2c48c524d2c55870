package dev.demarc.ui.details;

import dev.demarc.ui.overlay.OwnerSwatch;
import dev.demarc.analysis.LayerAssessment;
import dev.demarc.catalog.Duty;
import dev.demarc.catalog.LayerInfo;
import dev.demarc.catalog.Owner;
import dev.demarc.ui.overlay.OwnerStyle;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * One layer of the stack: the owner chip, the layer's name, the owner and the customer's duties there, the
 * catalog's reason and its sources. The row takes the keyboard focus and reads as one sentence to a screen
 * reader. The row of the highest AWS layer (the demarcation) says so in words.
 */
final class LayerRow extends HBox {

    LayerRow(LayerInfo info, LayerAssessment layer, boolean demarcation, Consumer<String> openLink) {
        getStyleClass().addAll("layer-row", OwnerStyle.styleClass(layer.owner()));
        setId("layer-" + layer.layer().id());
        setAlignment(Pos.TOP_LEFT);
        VBox body = new VBox();
        body.getStyleClass().add("layer-body");
        HBox.setHgrow(body, Priority.ALWAYS);
        body.setMinWidth(0);
        Label name = Texts.wrapped(info.name(), "layer-name");
        body.getChildren().add(name);
        if (demarcation) {
            getStyleClass().add("demarcation");
            body.getChildren().add(Texts.wrapped("Highest layer AWS owns", "demarcation-tag"));
        }
        body.getChildren().addAll(Texts.wrapped(ownerLine(layer), "layer-owner"),
                Texts.wrapped(layer.why(), "layer-why"), new SourceLinks(layer.sources(), openLink));
        getChildren().addAll(ownerChip(layer.owner()), body);
        setFocusTraversable(true);
        setAccessibleRole(AccessibleRole.TEXT);
        setAccessibleText(info.name() + ": " + ownerLine(layer) + (demarcation ? ". AWS's part ends here" : "")
                + ". " + layer.why());
    }

    /** "Customer; your duties: Expose, Configure", or the owner alone when the customer has none here. */
    static String ownerLine(LayerAssessment layer) {
        String owner = layer.owner() == Owner.NONE ? "Not applicable to this component" : layer.owner().displayName();
        if (layer.duties().isEmpty()) {
            return owner;
        }
        return owner + "; your duties: " + layer.duties().stream().map(Duty::displayName)
                .collect(Collectors.joining(", "));
    }

    /** The owner's swatch, the size of a row's first line. */
    private static OwnerSwatch ownerChip(Owner owner) {
        OwnerSwatch chip = new OwnerSwatch(owner, CHIP, CHIP, false);
        chip.getStyleClass().add("owner-chip");
        return chip;
    }

    private static final double CHIP = 28;
}
