package dev.demarc.io;

import com.fasterxml.jackson.databind.JsonNode;
import dev.demarc.catalog.PropertyKind;
import dev.demarc.catalog.PropertySpec;
import dev.demarc.model.Component;
import dev.demarc.model.PropertyValue;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the JSON value of one known property into a {@link PropertyValue}, or says what is wrong with it.
 * Messages follow "property 'name' ".
 */
final class PropertyReader {

    private PropertyReader() {
    }

    /** The value, or throws {@link IllegalArgumentException} whose message says what is wrong. */
    static PropertyValue read(PropertySpec spec, JsonNode node) {
        PropertyValue value = switch (spec.kind()) {
            case BOOLEAN -> {
                require(node.isBoolean(), spec.kind());
                yield new PropertyValue.Bool(node.booleanValue());
            }
            case INTEGER -> {
                require(node.isIntegralNumber() && node.canConvertToLong(), spec.kind());
                yield new PropertyValue.Int(node.longValue());
            }
            case CHOICE, TEXT, CIDR -> {
                require(node.isTextual(), spec.kind());
                yield new PropertyValue.Text(node.textValue());
            }
            case GROUPS -> new PropertyValue.Groups(groups(node));
        };
        spec.problemWith(value).ifPresent(problem -> {
            throw new IllegalArgumentException(problem);
        });
        return value;
    }

    /** A list of distinct security-group ids; whether each group exists is checked once the groups are read. */
    private static List<String> groups(JsonNode node) {
        require(node.isArray(), PropertyKind.GROUPS);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            JsonNode id = node.get(i);
            if (!id.isTextual() || !Component.isValidId(id.textValue())) {
                throw new IllegalArgumentException("entry " + (i + 1) + " must be a security group id ("
                        + Component.ID_RULE + ")" + (id.isTextual() && id.textValue().length() <= 40
                        ? ", not \"" + id.textValue() + "\"" : ""));
            }
            if (ids.contains(id.textValue())) {
                throw new IllegalArgumentException("names the group '" + id.textValue() + "' twice");
            }
            ids.add(id.textValue());
        }
        return ids;
    }

    private static void require(boolean ok, PropertyKind kind) {
        if (!ok) {
            throw new IllegalArgumentException("must be " + kind.expectation());
        }
    }
}
