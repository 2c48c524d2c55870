package dev.demarc.ui.inspector;

import dev.demarc.model.PropertyValue;
import javafx.collections.FXCollections;
import javafx.scene.control.ChoiceBox;

/** A choice box of the catalog's allowed values. */
final class ChoiceEditor extends ValueEditor<ChoiceBox<String>> {

    ChoiceEditor(PropertyItem item) {
        super(item, new ChoiceBox<>(FXCollections.observableArrayList(item.spec().choices())));
        control().valueProperty().addListener((obs, old, now) -> {
            if (now != null) {
                commit(new PropertyValue.Text(now), false);
            }
        });
    }

    @Override
    protected void show(PropertyValue value) {
        control().setValue(value instanceof PropertyValue.Text t ? t.value() : null);
    }
}
