package dev.demarc.ui.inspector;

import dev.demarc.catalog.PropertyKind;
import dev.demarc.model.PropertyValue;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import javafx.scene.control.TextField;

/**
 * A text field for text and CIDR properties, committed on Enter or focus loss. Text the catalog refuses (a
 * malformed CIDR block) stays in the field with the reason under it and is not applied; Esc reverts.
 */
final class TextEditor extends ValueEditor<TextField> {

    private final TextCommit commit;

    TextEditor(PropertyItem item, BooleanSupplier live) {
        super(item, new TextField());
        grow();
        if (item.spec().kind() == PropertyKind.CIDR) {
            control().setPromptText("e.g. 10.0.0.0/16");
        }
        commit = new TextCommit(control(), this::apply, this::message, live);
    }

    private Optional<String> apply(String text) {
        PropertyValue value = new PropertyValue.Text(text.strip());
        Optional<String> problem = item().spec().problemWith(value).map(p -> item().spec().label() + " " + p);
        if (problem.isEmpty()) {
            commit(value, false);
        }
        return problem;
    }

    @Override
    protected void show(PropertyValue value) {
        commit.show(value instanceof PropertyValue.Text t ? t.value() : value.display());
    }
}
