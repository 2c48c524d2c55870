package dev.demarc.catalog;

import dev.demarc.model.Component;
import dev.demarc.model.ComponentType;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The responsibility catalog: the layer and duty vocabulary and, per component type, who owns each layer.
 * Loaded from JSON resources by {@link CatalogLoader}; immutable.
 */
public final class Catalog {

    private final List<LayerInfo> layers;
    private final List<DutyInfo> duties;
    private final Map<ComponentType, TypeSpec> types;
    private final Map<String, Source> sources;
    private final LocalDate asOf;

    /** A catalog whose facts were checked against AWS's documentation on {@code asOf}. */
    public Catalog(List<LayerInfo> layers, List<DutyInfo> duties, List<TypeSpec> types, Map<String, Source> sources,
            LocalDate asOf) {
        this.asOf = asOf;
        this.layers = List.copyOf(layers);
        this.duties = List.copyOf(duties);
        Map<ComponentType, TypeSpec> index = new LinkedHashMap<>();
        types.forEach(t -> index.put(t.type(), t));
        this.types = Collections.unmodifiableMap(index);
        this.sources = Collections.unmodifiableMap(new LinkedHashMap<>(sources));
    }

    /** The catalog shipped with Demarc. */
    public static Catalog builtIn() {
        return CatalogLoader.builtIn();
    }

    public List<LayerInfo> layers() {
        return layers;
    }

    public LayerInfo layer(Layer layer) {
        return layers.get(layer.ordinal());
    }

    public List<DutyInfo> duties() {
        return duties;
    }

    public DutyInfo duty(Duty duty) {
        return duties.get(duty.ordinal());
    }

    /** The component types in palette order. */
    public Collection<TypeSpec> types() {
        return types.values();
    }

    public Optional<TypeSpec> find(ComponentType type) {
        return Optional.ofNullable(types.get(type));
    }

    /** The spec of a type the catalog must know (every type of a loaded diagram is known). */
    public TypeSpec spec(ComponentType type) {
        TypeSpec spec = types.get(type);
        if (spec == null) {
            throw new IllegalArgumentException("The catalog has no component type " + type);
        }
        return spec;
    }

    /** The day the catalog's facts were last checked against AWS's documentation. */
    public LocalDate asOf() {
        return asOf;
    }

    /** "Catalog facts as of December 6, 2026", as About and every report print it. */
    public String asOfLine() {
        return "Catalog facts as of " + asOf.getMonth().getDisplayName(TextStyle.FULL,
                Locale.ENGLISH) + " " + asOf.getDayOfMonth() + ", " + asOf.getYear();
    }

    public Map<String, Source> sources() {
        return sources;
    }

    /** The short name students know a type by ("Subnet"), or its id when this catalog does not know it. */
    public String shortName(ComponentType type) {
        return find(type).map(TypeSpec::shortName).orElse(type.id());
    }

    /**
     * A short title for a component: "RDS Orders DB", or just "RDS 1" when the label already starts with
     * the type's short name, so a new component does not read "RDS RDS 1".
     */
    public String title(Component c) {
        String type = shortName(c.type());
        String label = c.displayLabel();
        return label.toLowerCase(Locale.ROOT).startsWith(type.toLowerCase(Locale.ROOT) + " ")
                || label.equalsIgnoreCase(type) ? label : type + " " + label;
    }

    /**
     * How findings, grades and reports name a component: {@code RDS 'Orders database' (db)}, or {@code RDS 'db'}
     * when it has no label of its own.
     */
    public String name(Component c) {
        String type = shortName(c.type());
        String label = c.displayLabel();
        return label.equals(c.id()) ? type + " '" + c.id() + "'" : type + " '" + label + "' (" + c.id() + ")";
    }
}
