package dev.demarc.ui.overlay;

import dev.demarc.analysis.DutyStatus;
import dev.demarc.analysis.Severity;
import dev.demarc.catalog.Duty;
import dev.demarc.catalog.Owner;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.DoubleSupplier;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Line;

/**
 * The key to the overlay, shown along the bottom of the canvas while the overlay is on: one swatch per
 * owner, drawn as the bands are (colour, stripes, letter), the demarcation line, a sample duty badge, and which
 * way up the stack reads. A low strip that wraps, rather than a box in a corner, because a fitted diagram leaves the
 * least of itself under a strip. Not zoomed, so it stays readable at any zoom.
 */
final class OverlayLegend extends FlowPane {

    /** Each label that wraps in a narrow legend, with the width of what stands beside it in its row. */
    private final Map<Label, DoubleSupplier> wrapping = new LinkedHashMap<>();

    OverlayLegend() {
        super(14, 4);
        setAlignment(Pos.CENTER_LEFT);
        setId("overlay-legend");
        getStyleClass().add("overlay-legend");
        setAccessibleRole(AccessibleRole.TEXT);
        Label title = new Label("Who is responsible?");
        title.getStyleClass().add("overlay-legend-title");
        getChildren().addAll(title,
                row(swatch(Owner.AWS), "AWS"),
                row(swatch(Owner.CUSTOMER), "You"),
                row(swatch(Owner.SHARED), "Shared"),
                row(swatch(Owner.NONE), "n/a"),
                row(demarcation(), "AWS's part ends"),
                row(badge(), "Your duty; ring and count: open findings"),
                severities(),
                note("Stacks run from facilities (bottom) to logging (top)"));
        setAccessibleText("Responsibility legend. Blue with A: AWS. Orange with C: customer. Green stripes with S: "
                + "shared. Grey: not applicable. A thick black line marks where AWS's part ends. Each stack "
                + "shows 14 layers from facilities at the bottom to logging at the top. A badge beside a component's "
                + "stack names a duty you own there; a ring around it means findings of that "
                + "duty are open, coloured by the worst severity, with their count.");
    }

    /**
     * Keeps every row within {@code width} (a column along a presentation's right edge) by wrapping its words,
     * or, for 0, lets each row be as long as its words.
     */
    void narrowTo(double width) {
        wrapping.forEach((label, beside) -> label.setMaxWidth(width > 0 ? width - beside.getAsDouble()
                : Region.USE_COMPUTED_SIZE));
    }

    /** A swatch and its words, which wrap beside it in a narrow legend. */
    private HBox row(Node swatch, String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().add("overlay-legend-text");
        HBox row = new HBox(8, swatch, label);
        wrapping.put(label, () -> swatch.prefWidth(-1) + row.getSpacing());
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private Label note(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        wrapping.put(label, () -> 0);
        label.getStyleClass().add("overlay-legend-note");
        return label;
    }

    private static Node swatch(Owner owner) {
        return new OwnerSwatch(owner, 26, 18, false);
    }

    /** The ring colours with their names, so no severity is told by colour alone. */
    private static Node severities() {
        HBox row = new HBox(4);
        row.setAlignment(Pos.CENTER_LEFT);
        for (Severity s : new Severity[] {Severity.CRITICAL, Severity.HIGH, Severity.MEDIUM, Severity.LOW}) {
            Label chip = new Label(s.name());
            chip.getStyleClass().addAll("overlay-legend-severity", SeverityStyle.styleClass(s));
            row.getChildren().add(chip);
        }
        return row;
    }

    /** A sample badge, drawn as on the canvas: two open findings, the worst high. */
    private static Node badge() {
        DutyBadge b = new DutyBadge(new DutyStatus(Duty.ENCRYPT, 2, Optional.of(Severity.HIGH)));
        b.getStyleClass().setAll("overlay-legend-badge");
        // Keep the ring and the count disc inside the strip's row.
        return new StackPane(new Group(b));
    }

    private static Node demarcation() {
        Line halo = new Line(0, 9, 34, 9);
        halo.setStrokeWidth(6);
        halo.setStroke(Color.WHITE);
        Line line = new Line(0, 9, 34, 9);
        line.setStrokeWidth(3);
        line.setStroke(Color.BLACK);
        return new Group(halo, line);
    }
}
