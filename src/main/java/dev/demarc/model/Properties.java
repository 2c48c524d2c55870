package dev.demarc.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The properties written for one component, in the order they were given. Only properties that are
 * present in the file are held; defaults come from the catalog, so that a diagram saved again keeps
 * exactly what its author wrote. Immutable.
 */
public final class Properties {

    private static final Properties EMPTY = new Properties(Map.of());

    private final Map<String, PropertyValue> values;

    private Properties(Map<String, PropertyValue> values) {
        this.values = values;
    }

    public static Properties empty() {
        return EMPTY;
    }

    public static Properties of(Map<String, PropertyValue> values) {
        if (values.isEmpty()) {
            return EMPTY;
        }
        Map<String, PropertyValue> copy = new LinkedHashMap<>();
        values.forEach((k, v) -> copy.put(Objects.requireNonNull(k), Objects.requireNonNull(v, k)));
        return new Properties(Collections.unmodifiableMap(copy));
    }

    public Optional<PropertyValue> get(String name) {
        return Optional.ofNullable(values.get(name));
    }

    public boolean has(String name) {
        return values.containsKey(name);
    }

    public Set<String> names() {
        return values.keySet();
    }

    public Map<String, PropertyValue> asMap() {
        return values;
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    /** A copy with {@code name} set to {@code value} (kept in place if present, appended otherwise). */
    public Properties with(String name, PropertyValue value) {
        Map<String, PropertyValue> copy = new LinkedHashMap<>(values);
        copy.put(name, value);
        return of(copy);
    }

    /** A copy without {@code name}, so that the catalog default applies again. */
    public Properties without(String name) {
        if (!values.containsKey(name)) {
            return this;
        }
        Map<String, PropertyValue> copy = new LinkedHashMap<>(values);
        copy.remove(name);
        return of(copy);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Properties other && values.equals(other.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
