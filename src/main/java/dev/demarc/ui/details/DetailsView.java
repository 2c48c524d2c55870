package dev.demarc.ui.details;

import dev.demarc.analysis.Analysis;
import dev.demarc.analysis.Checklist;
import dev.demarc.analysis.ComponentAnalysis;
import dev.demarc.analysis.Finding;
import dev.demarc.analysis.LayerAssessment;
import dev.demarc.model.Component;
import dev.demarc.model.ComponentType;
import dev.demarc.ui.editor.EditorModel;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;

/**
 * The "Responsibility" side panel: for the one selected component, who owns each of its fourteen layers and
 * why, the duties the customer owns there as a checklist, its findings, and the exam questions about its
 * type. With nothing or several things selected it says what to do instead.
 *
 * <p>It is a projection of the model's analysis and the catalog: it decides nothing. It follows the
 * selection and the analysis, and rebuilds only when what it shows changed (another component, or the
 * selected component's label, layers or findings), so an edit elsewhere in the diagram, or moving the
 * component, leaves it alone. Source links call the {@code openLink} given to the constructor (the app
 * passes one that opens the browser).
 */
public final class DetailsView extends ScrollPane {

    static final String STYLESHEET = Objects.requireNonNull(DetailsView.class.getResource("details.css"),
            "details.css").toExternalForm();
    static final String HINT = "Select a component to see who is responsible for each of its layers.";
    static final String SEVERAL = "Several things are selected. Select one component to see who is "
            + "responsible for each of its layers.";

    private final EditorModel model;
    private final Consumer<String> openLink;
    private final VBox content = new VBox();
    private Object shown;
    private final BooleanProperty showing = new SimpleBooleanProperty(this, "showing", true);

    /**
     * A panel following {@code model}'s selection and analysis.
     *
     * @param openLink called with a source's address when the user clicks its link
     */
    public DetailsView(EditorModel model, Consumer<String> openLink) {
        this.model = model;
        this.openLink = openLink;
        setId("details");
        getStyleClass().add("details");
        getStylesheets().add(STYLESHEET);
        content.getStyleClass().add("details-content");
        setContent(content);
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        // The model sets the analysis before it prunes the selection, so both orders of news arrive here.
        model.analysisProperty().addListener((obs, old, now) -> follow());
        model.selectionRevisionProperty().addListener((obs, old, now) -> follow());
        showing.addListener((obs, old, now) -> follow());
        ChangeListener<Node> reveal = (obs, old, now) -> reveal(now);
        sceneProperty().addListener((obs, old, now) -> {
            if (old != null) {
                old.focusOwnerProperty().removeListener(reveal);
            }
            if (now != null) {
                now.focusOwnerProperty().addListener(reveal);
            }
        });
        follow();
    }

    /**
     * Scrolls so that {@code focused} is in view when it is in this panel: a ScrollPane does not do that by
     * itself, and keyboard users Tab through the layer rows, duties and links.
     */
    private void reveal(Node focused) {
        if (focused == null || !isInside(focused)) {
            return;
        }
        Bounds b = content.sceneToLocal(focused.localToScene(focused.getLayoutBounds()));
        double viewport = getViewportBounds().getHeight();
        double extra = content.getHeight() - viewport;
        if (extra <= 0) {
            return;
        }
        double offset = getVvalue() * extra;
        if (b.getMinY() < offset) {
            offset = b.getMinY();
        } else if (b.getMaxY() > offset + viewport) {
            offset = Math.min(b.getMinY(), b.getMaxY() - viewport);
        }
        setVvalue(Math.max(0, Math.min(1, offset / extra)));
    }

    private boolean isInside(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == content) {
                return true;
            }
        }
        return false;
    }

    /** What is shown for one component: the panel is rebuilt only when this changes. */
    private record Shown(String id, ComponentType type, String label, List<LayerAssessment> layers,
            List<Finding> findings, List<Checklist> preconditions) {

        static Shown of(ComponentAnalysis a, Analysis all) {
            Component c = a.component();
            return new Shown(c.id(), c.type(), c.label(), a.layers(), a.findings(), all.preconditions(c.id()));
        }
    }

    /**
     * Whether the panel is on screen; while it is not (another tab is in front) it does not rebuild, and it
     * catches up when it is shown again. Building the fourteen rows costs tens of milliseconds on a large
     * diagram, too much to spend on every selection for a panel nobody sees.
     */
    public BooleanProperty showingProperty() {
        return showing;
    }

    private void follow() {
        if (!showing.get()) {
            return;
        }
        Optional<ComponentAnalysis> selected = model.singleSelection().flatMap(id -> model.analysis().component(id));
        Analysis analysis = model.analysis();
        Object next = selected.<Object>map(a -> Shown.of(a, analysis)).orElseGet(this::message);
        if (next.equals(shown)) {
            return;
        }
        boolean sameComponent = shown instanceof Shown before && next instanceof Shown after
                && before.id().equals(after.id());
        shown = next;
        if (selected.isPresent()) {
            content.getChildren().setAll(new ComponentDetails(model.catalog(), selected.get(),
                    analysis.preconditions(selected.get().component().id()), openLink).nodes());
        } else {
            Label hint = new Label((String) next);
            hint.setWrapText(true);
            hint.getStyleClass().add("details-hint");
            hint.setId("details-hint");
            content.getChildren().setAll(hint);
        }
        if (!sameComponent) {
            setVvalue(0);
        }
    }

    /** The text shown when no single analysed component is selected. */
    private String message() {
        if (model.selection().size() + model.selectedConnections().size() > 1) {
            return SEVERAL;
        }
        if (model.selection().size() == 1) {
            // A component of a large diagram is analysed off the JavaFX thread: its result is on its way.
            return "Working out the responsibilities of " + model.selection().iterator().next() + "\u2026";
        }
        return HINT;
    }
}
