package dev.demarc.ui.inspector;

import dev.demarc.catalog.DefaultChange;
import dev.demarc.catalog.PropertySpec;
import dev.demarc.catalog.TypeSpec;
import dev.demarc.model.Component;
import dev.demarc.model.PropertyValue;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.controlsfx.control.PropertySheet;

/**
 * One catalog property of the inspected component, as a row of the property sheet. Its value is a copy of
 * the model's: {@link #show} refreshes it from the diagram (after an edit, undo or redo) and editors follow
 * it; a change made in an editor goes to the model through {@link #commit} and comes back the same way.
 */
final class PropertyItem implements PropertySheet.Item {

    /** Writes the property to the model as one undoable step; null removes it. Returns whether it changed. */
    @FunctionalInterface
    interface Writer {
        boolean write(PropertySpec spec, PropertyValue value, boolean merge);
    }

    private final TypeSpec type;
    private final PropertySpec spec;
    private final Writer writer;
    private final ObservableList<String> choices;
    private PropertyValue defaultValue;
    private List<DefaultChange> changes;
    private final ReadOnlyObjectWrapper<PropertyValue> value;
    private final ReadOnlyBooleanWrapper explicit = new ReadOnlyBooleanWrapper(this, "explicit");
    /** Counts the refreshes, for editors that show more of the diagram than the value (a group's rules). */
    private final ReadOnlyIntegerWrapper shown = new ReadOnlyIntegerWrapper(this, "shown");

    PropertyItem(TypeSpec type, PropertySpec spec, Writer writer) {
        this.type = type;
        this.spec = spec;
        this.writer = writer;
        this.defaultValue = spec.defaultValue();
        this.changes = spec.changes();
        this.choices = FXCollections.observableArrayList(spec.choices());
        this.value = new ReadOnlyObjectWrapper<>(this, spec.name(), spec.defaultValue());
    }

    PropertySpec spec() {
        return spec;
    }

    /**
     * Takes the value from {@code c}: as written in the file, or the catalog default, which may follow its other
     * values (an engine version's TLS default), as do the choices offered (that engine's versions).
     */
    void show(Component c) {
        defaultValue = type.defaultOf(c, spec);
        changes = type.changesOf(c, spec);
        List<String> offered = type.choicesOf(c, spec);
        if (!offered.equals(choices)) {
            choices.setAll(offered);
        }
        explicit.set(c.properties().has(spec.name()));
        value.set(c.properties().get(spec.name()).orElse(defaultValue));
        shown.set(shown.get() + 1);
    }

    /** Changes each time the item is refreshed from the diagram, whether or not its value changed. */
    ReadOnlyIntegerProperty shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /** The default for the shown component, which may follow its other settings. */
    PropertyValue defaultValue() {
        return defaultValue;
    }

    /** The values a choice editor offers for the shown component. */
    ObservableList<String> choices() {
        return choices;
    }

    /**
     * Asks the model to take {@code newValue}; {@code merge} folds repeated steps of one gesture (spinner
     * arrows) into one undo step. Returns false when the model refused it.
     */
    boolean commit(PropertyValue newValue, boolean merge) {
        if (newValue.equals(value.get())) {
            // Nothing to do; writing it would only turn a default into an explicit value behind the user's back.
            return true;
        }
        return writer.write(spec, newValue, merge);
    }

    /** Removes the property from the file, so the catalog default applies again. */
    void reset() {
        if (explicit.get()) {
            writer.write(spec, null, false);
        }
    }

    ReadOnlyObjectProperty<PropertyValue> valueProperty() {
        return value.getReadOnlyProperty();
    }

    /** Whether the file sets the property (false: the default applies). */
    ReadOnlyBooleanProperty explicitProperty() {
        return explicit.getReadOnlyProperty();
    }

    /** The help line shown for the focused property: what it means, its default, and when that default changed. */
    String helpText() {
        return spec.label() + ": " + spec.help() + " Default: " + Values.display(defaultValue) + "." + changes(" ");
    }

    /** Each dated change of the default ("Default changed January 5, 2023; before: ..."), each after {@code lead}. */
    private String changes(String lead) {
        StringBuilder out = new StringBuilder();
        for (DefaultChange c : changes) {
            out.append(lead).append(c.sentence());
        }
        return out.toString();
    }

    @Override
    public Class<?> getType() {
        return PropertyValue.class;
    }

    @Override
    public String getCategory() {
        return spec.group();
    }

    @Override
    public String getName() {
        return spec.label();
    }

    @Override
    public String getDescription() {
        return spec.help() + "\nDefault: " + Values.display(defaultValue) + changes("\n");
    }

    @Override
    public PropertyValue getValue() {
        return value.get();
    }

    @Override
    public void setValue(Object newValue) {
        if (newValue instanceof PropertyValue v) {
            commit(v, false);
        }
    }

    @Override
    public Optional<ObservableValue<? extends Object>> getObservableValue() {
        return Optional.of(value.getReadOnlyProperty());
    }
}
