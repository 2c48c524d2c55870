package dev.demarc.ui.inspector;

import dev.demarc.model.PropertyValue;

/** How the inspector words property values for people: "on", "off", "empty". */
final class Values {

    private Values() {
    }

    static String display(PropertyValue value) {
        if (value instanceof PropertyValue.Bool b) {
            return b.value() ? "on" : "off";
        }
        if (value instanceof PropertyValue.Text t) {
            return t.value().isEmpty() ? "empty" : t.value();
        }
        return value.display();
    }
}
