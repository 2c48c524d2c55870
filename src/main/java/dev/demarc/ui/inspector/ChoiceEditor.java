package dev.demarc.ui.inspector;

import dev.demarc.model.PropertyValue;
import javafx.scene.control.ChoiceBox;
import javafx.scene.layout.Region;

/** A choice box of the catalog's allowed values. */
final class ChoiceEditor extends ValueEditor<ChoiceBox<String>> {

    ChoiceEditor(PropertyItem item) {
        // The item's list, so the offered values follow the component (only the chosen engine's versions).
        super(item, new ChoiceBox<>(item.choices()));
        // A value such as "BucketOwnerEnforced" is read as a whole word: never cut it to fit a narrow column.
        control().setMinWidth(Region.USE_PREF_SIZE);
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
