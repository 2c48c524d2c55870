package dev.demarc.catalog;

import dev.demarc.model.PropertyValue;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A default that depends on other properties of the same component, such as TLS enforcement that depends on
 * the database engine and its major version. The first entry whose conditions all hold gives the default.
 *
 * @param when  per property name, the values (as text: "postgres", "15", "true") for which this entry applies
 * @param value the default when every condition holds
 */
public record ConditionalDefault(Map<String, List<String>> when, PropertyValue value) {

    public ConditionalDefault {
        when = Map.copyOf(when);
    }

    /** Whether every condition holds, given the effective value of each other property. */
    public boolean applies(Function<String, PropertyValue> effective) {
        for (Map.Entry<String, List<String>> e : when.entrySet()) {
            if (!e.getValue().contains(text(effective.apply(e.getKey())))) {
                return false;
            }
        }
        return true;
    }

    /** The value as the conditions spell it. */
    static String text(PropertyValue v) {
        if (v instanceof PropertyValue.Bool b) {
            return Boolean.toString(b.value());
        }
        if (v instanceof PropertyValue.Int i) {
            return Long.toString(i.value());
        }
        return v instanceof PropertyValue.Text t ? t.value() : "";
    }
}
