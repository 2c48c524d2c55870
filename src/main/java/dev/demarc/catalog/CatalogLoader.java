package dev.demarc.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.demarc.model.ComponentType;
import dev.demarc.model.PropertyValue;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads the catalog from JSON: {@code catalog.json} (vocabulary, sources, type list) and one
 * {@code types/TYPE.json} per component type. Every problem names the file and the field.
 */
public final class CatalogLoader {

    private static final String BASE = "/dev/demarc/catalog/";
    private static volatile Catalog builtIn;

    private final Function<String, InputStream> resources;
    private final ObjectMapper mapper = new ObjectMapper();
    private Map<String, Source> sources = Map.of();
    private String file = "";

    /** A loader reading files by name (such as {@code types/EC2.json}) from {@code resources}. */
    public CatalogLoader(Function<String, InputStream> resources) {
        this.resources = resources;
    }

    static Catalog builtIn() {
        Catalog c = builtIn;
        if (c == null) {
            synchronized (CatalogLoader.class) {
                c = builtIn;
                if (c == null) {
                    c = new CatalogLoader(name -> CatalogLoader.class.getResourceAsStream(BASE + name)).load();
                    builtIn = c;
                }
            }
        }
        return c;
    }

    public Catalog load() {
        JsonNode root = read("catalog.json");
        List<LayerInfo> layers = new ArrayList<>();
        JsonNode layerNodes = array(root, "layers");
        if (layerNodes.size() != Layer.values().length) {
            throw fail("layers", "must list the " + Layer.values().length + " layers, found " + layerNodes.size());
        }
        for (int i = 0; i < layerNodes.size(); i++) {
            JsonNode n = layerNodes.get(i);
            Layer expected = Layer.values()[i];
            if (!expected.id().equals(text(n, "id"))) {
                throw fail("layers[" + i + "]", "must be '" + expected.id() + "'");
            }
            layers.add(new LayerInfo(expected, text(n, "name"), text(n, "description")));
        }
        List<DutyInfo> duties = new ArrayList<>();
        JsonNode dutyNodes = array(root, "duties");
        if (dutyNodes.size() != Duty.values().length) {
            throw fail("duties", "must list the " + Duty.values().length + " duties");
        }
        for (int i = 0; i < dutyNodes.size(); i++) {
            JsonNode n = dutyNodes.get(i);
            Duty expected = Duty.values()[i];
            if (!expected.name().equals(text(n, "id"))) {
                throw fail("duties[" + i + "]", "must be '" + expected.name() + "'");
            }
            duties.add(new DutyInfo(expected, text(n, "name"), text(n, "question"), text(n, "description")));
        }
        Map<String, Source> sourceIndex = new LinkedHashMap<>();
        JsonNode titles = optional("source-titles.json");
        JsonNode sourceNodes = root.path("sources");
        if (!sourceNodes.isObject()) {
            throw fail("sources", "must be an object of tag to address");
        }
        sourceNodes.fields().forEachRemaining(e -> {
            if (!e.getValue().isTextual() || !e.getValue().asText().startsWith("https://")) {
                throw fail("sources." + e.getKey(), "must be an https address");
            }
            JsonNode title = titles.path(e.getKey());
            sourceIndex.put(e.getKey(), new Source(e.getKey(), e.getValue().asText(),
                    title.isTextual() && !title.asText().isBlank() ? title.asText() : e.getKey()));
        });
        this.sources = sourceIndex;
        List<TypeSpec> types = new ArrayList<>();
        for (JsonNode t : array(root, "types")) {
            types.add(loadType(t.asText()));
        }
        return new Catalog(layers, duties, types, sourceIndex);
    }

    private TypeSpec loadType(String typeId) {
        JsonNode n = read("types/" + typeId + ".json");
        if (!typeId.equals(text(n, "type")) || !ComponentType.isWellFormed(typeId)) {
            throw fail("type", "must be '" + typeId + "'");
        }
        ComponentType type = new ComponentType(typeId);
        JsonNode size = n.path("size");
        JsonNode placementNode = n.path("placement");
        Set<ComponentType> parents = new HashSet<>();
        for (JsonNode p : array(placementNode, "parents")) {
            parents.add(new ComponentType(p.asText()));
        }
        Placement placement = new Placement(parents, placementNode.path("required").asBoolean(),
                text(placementNode, "advice"));
        List<PropertySpec> properties = new ArrayList<>();
        for (JsonNode p : array(n, "properties")) {
            properties.add(property(p));
        }
        List<LayerSpec> layers = new ArrayList<>();
        JsonNode layerNodes = array(n, "layers");
        if (layerNodes.size() != Layer.values().length) {
            throw fail("layers", "must have " + Layer.values().length + " entries, found " + layerNodes.size());
        }
        for (int i = 0; i < layerNodes.size(); i++) {
            layers.add(layer(layerNodes.get(i), Layer.values()[i], properties));
        }
        List<ExamSignal> signals = new ArrayList<>();
        for (JsonNode s : array(n, "examSignals")) {
            signals.add(new ExamSignal(text(s, "question"), text(s, "answer"), sources(s)));
        }
        return new TypeSpec(type, text(n, "name"), text(n, "shortName"), text(n, "group"), text(n, "serviceClass"),
                text(n, "summary"), text(n, "icon"), positive(size, "width"), positive(size, "height"),
                n.path("container").asBoolean(), placement, properties, layers, signals);
    }

    private LayerSpec layer(JsonNode n, Layer expected, List<PropertySpec> properties) {
        if (!expected.id().equals(n.path("layer").asText())) {
            throw fail("layers", "entry " + expected.ordinal() + " must be layer '" + expected.id() + "'");
        }
        List<LayerVariant> variants = new ArrayList<>();
        JsonNode when = n.path("when");
        if (!when.isMissingNode() && !when.isArray()) {
            throw fail("layers." + expected.id() + ".when", "must be a list of entries");
        }
        for (int i = 0; i < when.size(); i++) {
            variants.add(variant(when.get(i), "layers." + expected.id() + ".when[" + i + "]", properties));
        }
        return new LayerSpec(expected, enumValue(Owner.class, n, "owner"), duties(n, expected), text(n, "why"),
                sources(n), variants);
    }

    private List<Duty> duties(JsonNode n, Layer layer) {
        List<Duty> duties = new ArrayList<>();
        for (JsonNode d : array(n, "duties")) {
            duties.add(enumValue(Duty.class, d.asText(), "duties of " + layer.id()));
        }
        return duties;
    }

    /**
     * One {@code when} entry: {@code {"property": "autoMinorVersionUpgrade", "is": false, "owner": ..., "duties":
     * [...], "why": ..., "sources": [...]}}, or {@code "in": [...]} for several values of a choice. Every
     * problem names the entry, e.g. {@code layers.runtime.when[0].owner}.
     */
    private LayerVariant variant(JsonNode w, String where, List<PropertySpec> properties) {
        String name = textIn(w, "property", where);
        PropertySpec property = properties.stream().filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow(() -> fail(where + ".property", "'" + name + "' is not a property of this type"));
        List<JsonNode> raw = new ArrayList<>();
        if (w.has("is")) {
            raw.add(w.get("is"));
        }
        if (w.has("in") && !w.get("in").isArray()) {
            throw fail(where + ".in", "must be a list of values of '" + name + "'");
        }
        w.path("in").forEach(raw::add);
        if (raw.isEmpty()) {
            throw fail(where, "needs 'is' or 'in' with the values of '" + name + "' it applies to");
        }
        List<PropertyValue> values = new ArrayList<>();
        for (JsonNode v : raw) {
            PropertyValue value = switch (property.kind()) {
                case BOOLEAN -> v.isBoolean() ? new PropertyValue.Bool(v.asBoolean()) : null;
                case INTEGER -> v.isIntegralNumber() ? new PropertyValue.Int(v.asLong()) : null;
                case CHOICE, TEXT, CIDR -> v.isTextual() ? new PropertyValue.Text(v.asText()) : null;
                case RULES -> null;
            };
            if (value == null || property.problemWith(value).isPresent()) {
                throw fail(where, "value " + v + " does not fit property '" + name + "'");
            }
            values.add(value);
        }
        List<Duty> duties = new ArrayList<>();
        for (JsonNode d : array(w, "duties")) {
            duties.add(enumValue(Duty.class, d.asText(), where + ".duties"));
        }
        List<Source> sources;
        try {
            sources = sources(w);
        } catch (CatalogException e) {
            throw fail(where + ".sources", "a tag is not in catalog.json's sources");
        }
        return new LayerVariant(name, values, enumValue(Owner.class, textIn(w, "owner", where), where + ".owner"),
                duties, textIn(w, "why", where), sources);
    }

    /** A string field of an entry, failing with the entry's place in the file. */
    private String textIn(JsonNode n, String field, String where) {
        JsonNode v = n.path(field);
        if (!v.isTextual()) {
            throw fail(where + "." + field, "must be a string");
        }
        return v.asText();
    }

    private PropertySpec property(JsonNode n) {
        String name = text(n, "name");
        PropertyKind kind = PropertyKind.fromId(text(n, "kind"))
                .orElseThrow(() -> fail("properties." + name + ".kind", "unknown kind"));
        List<String> choices = new ArrayList<>();
        n.path("choices").forEach(c -> choices.add(c.asText()));
        JsonNode d = n.path("default");
        PropertyValue defaultValue = switch (kind) {
            case BOOLEAN -> new PropertyValue.Bool(d.asBoolean());
            case INTEGER -> new PropertyValue.Int(d.asLong());
            case CHOICE, TEXT, CIDR -> new PropertyValue.Text(d.asText());
            case RULES -> new PropertyValue.Rules(List.of());
        };
        PropertySpec spec = new PropertySpec(name, text(n, "label"), kind, defaultValue, text(n, "group"),
                enumValue(Duty.class, n, "duty"), text(n, "help"), sources(n), n.path("min").asLong(),
                n.path("max").asLong(), choices);
        spec.problemWith(defaultValue).ifPresent(p -> {
            throw fail("properties." + name + ".default", p);
        });
        return spec;
    }

    private List<Source> sources(JsonNode n) {
        List<Source> out = new ArrayList<>();
        for (JsonNode tag : n.path("sources")) {
            Source s = sources.get(tag.asText());
            if (s == null) {
                throw fail("sources", "tag '" + tag.asText() + "' is not in catalog.json's sources");
            }
            out.add(s);
        }
        return out;
    }

    /**
     * A catalog file that may be left out (an instructor's own catalog need not title its sources): its
     * content, or an empty object when it is missing.
     */
    private JsonNode optional(String name) {
        try (InputStream in = resources.apply(name)) {
            return in == null ? mapper.createObjectNode() : mapper.readTree(in);
        } catch (IOException e) {
            throw new CatalogException("Catalog file " + name + " cannot be read: " + e.getMessage(), e);
        }
    }

    private JsonNode read(String name) {
        this.file = name;
        try (InputStream in = resources.apply(name)) {
            if (in == null) {
                throw new CatalogException("Catalog file " + name + " is missing");
            }
            return mapper.readTree(in);
        } catch (IOException e) {
            throw new CatalogException("Catalog file " + name + " cannot be read: " + e.getMessage(), e);
        }
    }

    private String text(JsonNode n, String field) {
        JsonNode v = n.path(field);
        if (!v.isTextual()) {
            throw fail(field, "must be a string");
        }
        return v.asText();
    }

    private JsonNode array(JsonNode n, String field) {
        JsonNode v = n.path(field);
        if (!v.isArray()) {
            throw fail(field, "must be a list");
        }
        return v;
    }

    private double positive(JsonNode n, String field) {
        JsonNode v = n.path(field);
        if (!v.isNumber() || v.asDouble() <= 0) {
            throw fail("size." + field, "must be a positive number");
        }
        return v.asDouble();
    }

    private <E extends Enum<E>> E enumValue(Class<E> type, JsonNode n, String field) {
        return enumValue(type, text(n, field), field);
    }

    private <E extends Enum<E>> E enumValue(Class<E> type, String value, String where) {
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw fail(where, "'" + value + "' is not a " + type.getSimpleName().toLowerCase(java.util.Locale.ROOT));
        }
    }

    private CatalogException fail(String field, String problem) {
        return new CatalogException("Catalog file " + file + ", " + field + ": " + problem);
    }
}
