package dev.demarc.ui.overlay;

import dev.demarc.analysis.Analysis;
import dev.demarc.catalog.Duty;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import org.controlsfx.control.SegmentedButton;

/**
 * The strip above the canvas while the overlay is on: the lenses, a segmented control that focuses the
 * overlay on one duty ("What must I patch?": components and layers with that duty stand out, the rest
 * fade), a sentence saying how many components need that duty, and a switch for the legend. Alt+0 shows all
 * duties again, Alt+1 to Alt+7 pick a lens.
 */
public final class OverlayBar extends FlowPane {

    /** The duties a lens can focus on, in the order of the badges: every duty. */
    static final List<Duty> LENSES = List.of(Duty.values());

    private final OverlayView overlay;
    private final Label summary = new Label();
    private final List<ToggleButton> buttons = new ArrayList<>();

    public OverlayBar(OverlayView overlay, BooleanProperty overlayOn) {
        super(10, 4);
        this.overlay = overlay;
        setId("overlay-bar");
        getStyleClass().add("overlay-bar");
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(4, 8, 4, 8));
        visibleProperty().bind(overlayOn);
        managedProperty().bind(overlayOn);

        Label title = new Label("Focus on:");
        title.getStyleClass().add("overlay-bar-title");
        title.setMinWidth(Region.USE_PREF_SIZE);
        // Short names, so the lenses stay on one line beside the canvas of a 1440-pixel window, in large type too.
        ToggleButton all = lensButton(null, "All", "Show every duty again (Alt+0)");
        buttons.add(all);
        for (int i = 0; i < LENSES.size(); i++) {
            Duty d = LENSES.get(i);
            buttons.add(lensButton(d, d == Duty.GRANT_ACCESS ? "Access" : d.displayName(),
                    d.displayName() + ": " + question(d) + " (Alt+" + (i + 1) + ")"));
        }
        SegmentedButton lenses = new SegmentedButton(buttons.toArray(ToggleButton[]::new));
        lenses.setId("lenses");
        lenses.getStyleClass().add("lenses");
        lenses.setAccessibleText("Lens: focus the overlay on one duty");
        all.setSelected(true);
        // A segmented control always has one segment down: clicking the selected one keeps it selected.
        lenses.getToggleGroup().selectedToggleProperty().addListener((o, old, now) -> {
            if (now == null) {
                old.setSelected(true);
            } else {
                overlay.lensProperty().set((Duty) now.getUserData());
            }
        });
        overlay.lensProperty().addListener((o, a, d) -> buttons.get(d == null ? 0 : LENSES.indexOf(d) + 1)
                .setSelected(true));

        summary.setId("lens-summary");
        summary.getStyleClass().add("lens-summary");
        summary.textProperty().bind(Bindings.createStringBinding(this::summaryText, overlay.lensProperty(),
                overlay.analysisProperty()));
        summary.setMinWidth(Region.USE_PREF_SIZE);
        ToggleButton legend = new ToggleButton("Legend");
        legend.setMinWidth(Region.USE_PREF_SIZE);
        legend.setId("legend-toggle");
        legend.setTooltip(new Tooltip("Show or hide the key to colours, letters and badges"));
        legend.selectedProperty().bindBidirectional(overlay.legendShownProperty());
        // A flow, not a row: on a narrow window or in large type the legend switch and the sentence wrap to a
        // second line instead of squeezing the lens names to "Pa...".
        getChildren().addAll(title, lenses, legend, summary);
        prefWrapLengthProperty().bind(widthProperty().subtract(16));
        sceneProperty().addListener((o, a, scene) -> installShortcuts(scene));
    }

    private ToggleButton lensButton(Duty duty, String text, String tip) {
        ToggleButton b = new ToggleButton(text);
        b.setUserData(duty);
        b.setId(duty == null ? "lens-all" : "lens-" + duty.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        b.setTooltip(new Tooltip(tip));
        b.setAccessibleText(tip);
        b.setFocusTraversable(true);
        b.setMinWidth(Region.USE_PREF_SIZE);
        return b;
    }

    private void installShortcuts(Scene scene) {
        if (scene == null) {
            return;
        }
        for (int i = 0; i <= LENSES.size(); i++) {
            Duty d = i == 0 ? null : LENSES.get(i - 1);
            scene.getAccelerators().put(new KeyCodeCombination(KeyCode.valueOf("DIGIT" + i), KeyCombination.ALT_DOWN),
                    () -> {
                        if (isVisible()) {
                            overlay.lensProperty().set(d);
                        }
                    });
        }
    }

    /** "What must I patch?", the question a lens answers: the catalog's question for the duty. */
    private String question(Duty d) {
        return overlay.catalog().duty(d).question();
    }

    private String summaryText() {
        Duty lens = overlay.lensProperty().get();
        Analysis analysis = overlay.analysisProperty().get();
        if (lens == null || analysis == null) {
            return "";
        }
        long with = analysis.components().stream().filter(c -> c.duties().contains(lens)).count();
        long open = analysis.findings().stream().filter(f -> f.category() == lens).count();
        return question(lens) + " " + with + " of " + analysis.components().size() + " components; "
                + open + (open == 1 ? " open finding" : " open findings");
    }
}
