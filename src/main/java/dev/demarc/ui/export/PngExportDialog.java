package dev.demarc.ui.export;

import java.util.Optional;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Asks how to export the picture: scale, overlay or not, a slide or not, whole diagram or selection. Starts from the
 * given
 * choices; "Selection" is offered only when something is selected.
 */
final class PngExportDialog {

    private PngExportDialog() {
    }

    /** The user's choices, or empty when they cancelled. */
    static Optional<PngOptions> ask(Window owner, PngOptions initial, int selectedCount) {
        Dialog<PngOptions> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Export PNG");
        dialog.setHeaderText("Export the diagram as a picture");

        ToggleGroup scales = new ToggleGroup();
        HBox scaleRow = new HBox(12);
        String[] names = {"1x", "2x (slides)", "3x (large screens)"};
        for (int s = 1; s <= PngOptions.MAX_SCALE; s++) {
            RadioButton b = new RadioButton(names[s - 1]);
            b.setId("png-scale-" + s);
            b.setUserData(s);
            b.setToggleGroup(scales);
            b.setSelected(s == initial.scale());
            scaleRow.getChildren().add(b);
        }
        CheckBox overlay = new CheckBox("Responsibility overlay (layer stacks, duty badges, legend)");
        overlay.setId("png-overlay");
        overlay.setSelected(initial.overlay());

        CheckBox slide = new CheckBox("Slide (16:9, 1920 x 1080 per scale, with the title and legend)");
        slide.setId("png-slide");
        slide.setSelected(initial.slide());

        ToggleGroup areas = new ToggleGroup();
        RadioButton whole = new RadioButton("Whole diagram");
        whole.setId("png-whole");
        whole.setToggleGroup(areas);
        RadioButton selection = new RadioButton(selectedCount == 0 ? "Selection (nothing is selected)"
                : "Selection (" + selectedCount + (selectedCount == 1 ? " component)" : " components)"));
        selection.setId("png-selection");
        selection.setToggleGroup(areas);
        (initial.selectionOnly() && selectedCount > 0 ? selection : whole).setSelected(true);
        // A slide shows the whole diagram with the overlay: the other choices do not apply to it.
        overlay.disableProperty().bind(slide.selectedProperty());
        whole.disableProperty().bind(slide.selectedProperty());
        selection.disableProperty().bind(slide.selectedProperty().or(new SimpleBooleanProperty(selectedCount == 0)));

        VBox content = new VBox(10, new Label("Scale"), scaleRow, overlay, slide, new Label("Area"), whole,
                selection);
        content.setPadding(new Insets(12, 16, 4, 16));
        dialog.getDialogPane().setContent(content);
        ButtonType export = new ButtonType("Export...", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(export, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(export).setId("png-export");
        dialog.setResultConverter(button -> button != export ? null
                : new PngOptions((Integer) scales.getSelectedToggle().getUserData(),
                        overlay.isSelected() || slide.isSelected(), selection.isSelected() && !slide.isSelected(),
                        slide.isSelected()));
        return dialog.showAndWait();
    }
}
