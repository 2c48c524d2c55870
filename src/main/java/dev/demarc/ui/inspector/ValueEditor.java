package dev.demarc.ui.inspector;

import dev.demarc.catalog.PropertySpec;
import dev.demarc.model.PropertyValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.controlsfx.control.PropertySheet;
import org.controlsfx.property.editor.PropertyEditor;

/**
 * The part every property editor shares. The cell it puts in the sheet is the control, then "(default)"
 * while the file leaves the property out or a Reset link once it sets it, and a red message line under
 * them. The control gets the id {@code property-<name>}; the others {@code property-<name>-default},
 * {@code -reset} and {@code -message}.
 *
 * <p>The control shows the item's value and follows it (undo, redo). Subclasses report user changes with
 * {@link #commit}; changes made while showing the model's value are not echoed back to the model.
 *
 * @param <C> the control the user edits with
 */
abstract class ValueEditor<C extends Control> implements PropertyEditor<PropertyValue> {

    private final PropertyItem item;
    private final C control;
    private final Label message = new Label();
    private final VBox cell;
    private boolean showing;

    ValueEditor(PropertyItem item, C control) {
        this.item = item;
        this.control = control;
        PropertySpec spec = item.spec();
        String id = "property-" + spec.name();
        control.setId(id);
        control.setAccessibleText(spec.label());
        control.setAccessibleHelp(spec.help());
        Tooltip tip = new Tooltip(item.getDescription());
        tip.setWrapText(true);
        tip.setMaxWidth(420);
        tip.setShowDelay(Duration.millis(400));
        control.setTooltip(tip);

        Label defaultTag = new Label("(default)");
        defaultTag.setId(id + "-default");
        defaultTag.getStyleClass().add("default-tag");
        defaultTag.visibleProperty().bind(item.explicitProperty().not());
        defaultTag.managedProperty().bind(defaultTag.visibleProperty());

        Hyperlink reset = new Hyperlink("Reset");
        reset.setId(id + "-reset");
        Tooltip resetTip = new Tooltip();
        reset.setTooltip(resetTip);
        // The default can follow other settings (an engine version's TLS default), so it is read when shown.
        describeReset(reset, resetTip);
        reset.visibleProperty().bind(item.explicitProperty());
        reset.managedProperty().bind(reset.visibleProperty());
        reset.setOnAction(e -> item.reset());

        message.setId(id + "-message");
        message.getStyleClass().add("error-message");
        message.setWrapText(true);
        message.visibleProperty().bind(message.textProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());

        // The tag and the link keep their whole text; a narrow sheet takes the room from the control.
        defaultTag.setMinWidth(Region.USE_PREF_SIZE);
        reset.setMinWidth(Region.USE_PREF_SIZE);
        HBox row = new HBox(8, control, defaultTag, reset);
        row.setAlignment(Pos.CENTER_LEFT);
        cell = new VBox(2, row, message);
        item.valueProperty().addListener((obs, old, now) -> {
            setValue(now);
            describeReset(reset, resetTip);
        });
    }

    private void describeReset(Hyperlink reset, Tooltip tip) {
        String shown = Values.display(item.defaultValue());
        reset.setAccessibleText("Reset " + item.spec().label() + " to its default, " + shown);
        tip.setText("Leave it out of the file, so the default applies: " + shown);
    }

    /** Lets the control take the row's spare width (text fields). */
    protected final void grow() {
        HBox.setHgrow(control, Priority.ALWAYS);
        control.setMaxWidth(Double.MAX_VALUE);
    }

    /** Adds a line under the control row, above the message. */
    protected final void addBelow(Node node) {
        cell.getChildren().add(1, node);
    }

    protected final PropertyItem item() {
        return item;
    }

    protected final C control() {
        return control;
    }

    /** Shows a red message under the control, or clears it with "". */
    protected final void message(String text) {
        message.setText(text);
        control.setAccessibleHelp(text.isEmpty() ? item.spec().help() : text);
    }

    /**
     * Sends a value the user chose to the model. When the model refuses it, the control shows the model's
     * value again, so the sheet never claims a setting the diagram does not have.
     */
    protected final void commit(PropertyValue value, boolean merge) {
        if (showing) {
            return;
        }
        if (!item.commit(value, merge)) {
            setValue(item.getValue());
        }
    }

    /** Puts {@code value} in the control without sending it back to the model. */
    protected abstract void show(PropertyValue value);

    @Override
    public final Node getEditor() {
        return cell;
    }

    @Override
    public PropertyValue getValue() {
        return item.getValue();
    }

    @Override
    public final void setValue(PropertyValue value) {
        showing = true;
        try {
            show(value);
        } finally {
            showing = false;
        }
    }

    /** The item behind a sheet row, for factories that get the sheet's own item type. */
    static PropertyItem itemOf(PropertySheet.Item item) {
        return (PropertyItem) item;
    }
}
