package dev.demarc.catalog;

import dev.demarc.model.PropertyValue;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * A default that AWS changed: when it changed, what it was before, and the page that says so. Students meet
 * course material written before the change, so the inspector, the Responsibility tab, Compare and the
 * reports show it next to the property.
 *
 * @param on     the date of the change as {@code YYYY-MM-DD}, {@code YYYY-MM} or {@code YYYY} (as precise as the
 *               source), or empty when the change came with a version instead
 * @param in     the version that brought the change ("PostgreSQL 15"), or empty when it came on a date
 * @param before what the default was before the change
 * @param source the AWS page that documents the change
 * @param scope  the components it concerns, as a conditional default names them ({@code {"engine": ["postgres"]}});
 *               empty for all
 */
public record DefaultChange(String on, String in, String before, Source source, Map<String, List<String>> scope) {

    public DefaultChange {
        scope = Map.copyOf(scope);
    }

    /** Whether the change concerns a component with these effective values (PostgreSQL's, not MySQL's). */
    public boolean concerns(Function<String, PropertyValue> effective) {
        return new ConditionalDefault(scope, new PropertyValue.Bool(true)).applies(effective);
    }

    /** When it changed, for people: "January 5, 2023", "April 2023", "2022" or "from PostgreSQL 15". */
    public String when() {
        if (!in.isEmpty()) {
            return "from " + in;
        }
        String[] parts = on.split("-");
        if (parts.length == 1) {
            return on;
        }
        String month = Month.of(Integer.parseInt(parts[1])).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        return parts.length == 3 ? month + " " + Integer.parseInt(parts[2]) + ", " + parts[0] : month + " " + parts[0];
    }

    /** One sentence: "Default changed January 5, 2023; before: objects were stored unencrypted." */
    public String sentence() {
        return "Default changed " + when() + "; before: " + before;
    }
}
