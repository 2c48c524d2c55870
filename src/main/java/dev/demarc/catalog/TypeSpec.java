package dev.demarc.catalog;

import dev.demarc.model.Component;
import dev.demarc.model.ComponentType;
import dev.demarc.model.Properties;
import dev.demarc.model.PropertyValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the catalog says about one component type: how it is shown, where it may be placed, its
 * properties, and its fourteen-layer responsibility stack.
 *
 * @param serviceClass infrastructure, container, abstracted or networking: how much AWS runs for you
 * @param icon         file name of the type's icon in {@code icons/}
 */
public record TypeSpec(ComponentType type, String name, String shortName, String group, String serviceClass,
        String summary, String icon, double defaultWidth, double defaultHeight, boolean container,
        Placement placement, List<PropertySpec> properties, List<LayerSpec> layers, List<ExamSignal> examSignals) {

    public TypeSpec {
        properties = List.copyOf(properties);
        layers = List.copyOf(layers);
        examSignals = List.copyOf(examSignals);
    }

    public Optional<PropertySpec> property(String propertyName) {
        for (PropertySpec p : properties) {
            if (p.name().equals(propertyName)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    public LayerSpec layer(Layer layer) {
        return layers.get(layer.ordinal());
    }

    /** The value of {@code propertyName} on {@code c}: as written, or the catalog default. */
    public PropertyValue effective(Component c, String propertyName) {
        Optional<PropertyValue> written = c.properties().get(propertyName);
        if (written.isPresent()) {
            return written.get();
        }
        return property(propertyName)
                .orElseThrow(() -> new IllegalArgumentException(type + " has no property " + propertyName))
                .defaultFor(other -> effective(c, other));
    }

    /** The default of {@code spec} on {@code c}, which may follow its other values (the engine's version). */
    public PropertyValue defaultOf(Component c, PropertySpec spec) {
        return spec.defaultFor(other -> effective(c, other));
    }

    /** The dated changes of {@code spec}'s default that concern {@code c} (PostgreSQL's for a PostgreSQL database). */
    public List<DefaultChange> changesOf(Component c, PropertySpec spec) {
        return spec.changes().stream().filter(ch -> ch.concerns(other -> effective(c, other))).toList();
    }

    /** The help of {@code spec} followed by each dated change of its default that concerns {@code c}. */
    public String helpWithChanges(Component c, PropertySpec spec) {
        StringBuilder out = new StringBuilder(spec.help());
        for (DefaultChange change : changesOf(c, spec)) {
            out.append(' ').append(change.sentence());
        }
        return out.toString();
    }

    /**
     * {@code properties} with {@code name} set to {@code value} (left out when null), less the settings whose
     * choices follow it: another engine offers other versions, so the old engine's version goes with it.
     */
    public Properties withProperty(Properties properties, String name, PropertyValue value) {
        Properties out = value == null ? properties.without(name) : properties.with(name, value);
        for (PropertySpec p : this.properties) {
            if (name.equals(p.choicesFrom())) {
                out = out.without(p.name());
            }
        }
        return out;
    }

    /** The choices {@code spec} offers on {@code c} (only the chosen engine's versions). */
    public List<String> choicesOf(Component c, PropertySpec spec) {
        return spec.choicesFor(other -> effective(c, other));
    }

    /** Every known property of {@code c} with its effective value, in catalog order. */
    public Map<String, PropertyValue> effectiveValues(Component c) {
        Map<String, PropertyValue> out = new LinkedHashMap<>();
        for (PropertySpec p : properties) {
            out.put(p.name(), effective(c, p.name()));
        }
        return out;
    }

    public double width(Component c) {
        return c.width() != null ? c.width() : defaultWidth;
    }

    public double height(Component c) {
        return c.height() != null ? c.height() : defaultHeight;
    }
}
