package dev.demarc.ui.inspector;

import dev.demarc.model.PropertyValue;
import javafx.scene.control.CheckBox;

/** A check box for on/off properties; its text says "On" or "Off", so the state reads from the back row. */
final class BooleanEditor extends ValueEditor<CheckBox> {

    BooleanEditor(PropertyItem item) {
        super(item, new CheckBox());
        control().textProperty().bind(control().selectedProperty().map(on -> on ? "On" : "Off"));
        control().selectedProperty().addListener((obs, old, now) -> commit(new PropertyValue.Bool(now), false));
    }

    @Override
    protected void show(PropertyValue value) {
        control().setSelected(value instanceof PropertyValue.Bool b && b.value());
    }
}
