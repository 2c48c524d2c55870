package dev.demarc.ui.canvas;

import dev.demarc.analysis.ComponentAnalysis;
import dev.demarc.analysis.Finding;
import dev.demarc.analysis.Severity;
import dev.demarc.catalog.TypeSpec;
import dev.demarc.edit.Geometry;
import dev.demarc.model.Component;
import dev.demarc.model.Diagram;
import dev.demarc.model.PropertyValue;
import dev.demarc.ui.look.Icons;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The view of one component: a card with its icon, label and type for services, a titled frame for
 * containers (VPC, subnet). It holds no state the model does not have; {@link #update} copies the model's
 * values in. Positioned by the canvas where its {@link DisplayLayout} draws the component.
 */
final class ComponentView extends StackPane {

    static final String KIND = "demarc.kind";
    /**
     * How far the finding badge reaches above the card: it sits on the top-right corner, above the card's
     * padding so it never covers the label, and short of the right edge so it never touches the stack.
     */
    static final double BADGE_RISE = 16;
    /** A service card's width besides its text: padding 10 + icon 34 + gap 10 + padding 10. */
    private static final double CARD_CHROME = 64;

    private final TypeSpec type;
    private final Label label = new Label();
    /** The finding count on the top-right corner; made when the card first has findings (most never do). */
    private Label badge;
    /** The type's short name, and on a service card the security groups it belongs to ("EC2 · sg: web-sg"). */
    private final Label typeName;
    private String id;
    private Severity shownWorst;
    private Component shown;
    private boolean shownSelected;
    private ComponentAnalysis shownAnalysis;
    private Geometry.Rect shownAt;

    ComponentView(TypeSpec type, Component component) {
        this.type = type;
        this.id = component.id();
        getProperties().put(KIND, this);
        getStyleClass().addAll("component", "component-" + type.type().id().toLowerCase(Locale.ROOT));
        setAccessibleRole(AccessibleRole.NODE);
        label.getStyleClass().add("component-label");
        typeName = new Label(type.shortName());
        typeName.getStyleClass().add("component-type");
        if (type.container()) {
            getStyleClass().add("container");
            HBox title = new HBox(8, Icons.of(type, 22), label, typeName);
            title.setAlignment(Pos.CENTER_LEFT);
            title.setPadding(new Insets(6, 10, 6, 10));
            title.getStyleClass().add("container-title");
            title.setMaxHeight(Region.USE_PREF_SIZE);
            StackPane.setAlignment(title, Pos.TOP_LEFT);
            getChildren().add(title);
        } else {
            getStyleClass().add("service");
            label.setWrapText(true);
            // No spacing and a slimmer padding than before: two lines of the name and the type name fit the card
            // in the projector theme's larger type, so "Downloads CDN" and "Downloads bucket" both read in full.
            VBox text = new VBox(0, label, typeName);
            text.setAlignment(Pos.CENTER_LEFT);
            HBox card = new HBox(10, Icons.of(type, 34), text);
            card.setAlignment(Pos.CENTER_LEFT);
            card.setPadding(new Insets(6, 10, 6, 10));
            getChildren().add(card);
        }
    }

    private Label badge() {
        if (badge == null) {
            badge = new Label();
            badge.getStyleClass().add("finding-badge");
            badge.setManaged(false);
            badge.setMouseTransparent(true);
            getChildren().add(badge);
        }
        return badge;
    }

    String componentId() {
        return id;
    }

    TypeSpec type() {
        return type;
    }

    /**
     * Copies position, size, label, selection and finding state from the model. Returns at once when
     * nothing it shows has changed, so a refresh of a large diagram touches only the views that changed.
     */
    void update(Component c, Geometry.Rect at, boolean selected, ComponentAnalysis analysis) {
        if (c == shown && at.equals(shownAt) && selected == shownSelected && sameFindings(analysis)) {
            // The card shows only the count and the worst severity; the tooltip reads the newest analysis.
            shownAnalysis = analysis;
            return;
        }
        if (c == shown && selected == shownSelected && sameFindings(analysis) && at.width() == shownAt.width()
                && at.height() == shownAt.height()) {
            // Only moved (the display layout shifts whole runs of cards after a move): place it, nothing else.
            shownAt = at;
            shownAnalysis = analysis;
            relocate(at.x(), at.y());
            setTranslateX(0);
            setTranslateY(0);
            return;
        }
        shownAt = at;
        double width = at.width();
        double height = at.height();
        shown = c;
        shownSelected = selected;
        shownAnalysis = analysis;
        id = c.id();
        relocate(at.x(), at.y());
        setTranslateX(0);
        setTranslateY(0);
        setMinSize(width, height);
        setPrefSize(width, height);
        setMaxSize(width, height);
        label.setText(c.displayLabel());
        List<String> groups = Diagram.memberships(c);
        if (!type.container()) {
            // A fixed width, so the label wraps onto a second line instead of ending in "..." (a wrapping label
            // in a box gets its height from its unconstrained width otherwise): padding, icon and gap aside.
            double text = Math.max(20, width - CARD_CHROME);
            label.setPrefWidth(text);
            label.setMaxWidth(text);
            // Membership rides on the type line, cut short with "..." rather than taking a line of its own, so a
            // card keeps its size and the overlay's layout is not disturbed; the tooltip names every group.
            typeName.setMaxWidth(text);
            typeName.setText(groups.isEmpty() ? type.shortName()
                    : type.shortName() + " \u00b7 sg: " + String.join(", ", groups));
        }
        pseudoClassStateChanged(CanvasStyles.SELECTED, selected);
        if (type.container()) {
            pseudoClassStateChanged(CanvasStyles.PUBLIC, type.property("public").isPresent()
                    && type.effective(c, "public") instanceof PropertyValue.Bool b && b.value());
        }
        int count = analysis == null ? 0 : analysis.findings().size();
        Severity worst = count == 0 ? null : analysis.findings().get(0).severity();
        for (Severity s : Severity.values()) {
            pseudoClassStateChanged(CanvasStyles.severity(s), s == worst);
        }
        if (count > 0 || badge != null) {
            badge().setVisible(count > 0);
            badge.setText(count == 0 ? "" : String.valueOf(count));
        }
        if (count > 0 && worst != shownWorst) {
            // Style classes are swapped only on a change: each swap re-styles the node.
            badge.getStyleClass().removeIf(s -> s.startsWith("badge-"));
            badge.getStyleClass().add("badge-" + worst.name().toLowerCase(Locale.ROOT));
        }
        shownWorst = worst;
        String findings = count == 0 ? "no findings" : count + (count == 1 ? " finding" : " findings")
                + ", worst " + worst.displayName().toLowerCase(Locale.ROOT);
        setAccessibleText(type.shortName() + " " + c.displayLabel() + ", " + findings
                + (groups.isEmpty() ? "" : ", security groups " + String.join(", ", groups)));
    }

    /** Whether the card would look the same: its badge shows the number of findings and the worst severity. */
    private boolean sameFindings(ComponentAnalysis analysis) {
        if (analysis == shownAnalysis) {
            return true;
        }
        return count(analysis) == count(shownAnalysis) && (count(analysis) == 0
                || analysis.findings().get(0).severity() == shownAnalysis.findings().get(0).severity());
    }

    private static int count(ComponentAnalysis analysis) {
        return analysis == null ? 0 : analysis.findings().size();
    }

    /** The tooltip text, built only when the pointer rests on the view. */
    String tooltipText() {
        if (shown == null) {
            return "";
        }
        List<String> groups = Diagram.memberships(shown);
        return type.name() + ": " + shown.displayLabel() + " (" + shown.id() + ")\n"
                + (groups.isEmpty() ? "" : "Security groups: " + String.join(", ", groups) + "\n")
                + tooltipFindings(shownAnalysis);
    }

    private static String tooltipFindings(ComponentAnalysis analysis) {
        if (analysis == null || analysis.findings().isEmpty()) {
            return "No findings.";
        }
        StringBuilder sb = new StringBuilder();
        int shown = 0;
        for (Finding f : analysis.findings()) {
            if (shown++ == 5) {
                sb.append("... and ").append(analysis.findings().size() - 5).append(" more");
                break;
            }
            sb.append(f.severity().displayName()).append(": ").append(f.message()).append('\n');
        }
        return sb.toString().strip();
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        if (badge != null && badge.isVisible()) {
            badge.resizeRelocate(getWidth() - 30, -BADGE_RISE, 26, 22);
        }
    }
}
