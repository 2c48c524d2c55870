package dev.demarc.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.demarc.model.ComponentType;
import dev.demarc.model.PropertyValue;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Reads the catalog from JSON: {@code catalog.json} (vocabulary, sources, type list) and one
 * {@code types/TYPE.json} per component type. Every problem names the file and the field.
 */
public final class CatalogLoader {

    private static final String BASE = "/dev/demarc/catalog/";
    private static final Pattern CHANGE_DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");
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
        this.file = "catalog.json";
        LocalDate asOf = date(text(root, "asOf"), "asOf");
        return new Catalog(layers, duties, types, sourceIndex, asOf);
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
            properties.add(property(p, properties));
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
                case GROUPS -> null;
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

    private PropertySpec property(JsonNode n, List<PropertySpec> earlier) {
        String name = text(n, "name");
        String where = "properties." + name;
        PropertyKind kind = PropertyKind.fromId(text(n, "kind"))
                .orElseThrow(() -> fail(where + ".kind", "unknown kind"));
        List<String> choices = new ArrayList<>();
        n.path("choices").forEach(c -> choices.add(c.asText()));
        String choicesFrom = "";
        Map<String, List<String>> choicesBy = new LinkedHashMap<>();
        if (n.has("choicesBy")) {
            choicesFrom = choicesBy(n.get("choicesBy"), where + ".choicesBy", kind, earlier, choicesBy);
            choicesBy.values().forEach(list -> list.stream().filter(c -> !choices.contains(c)).forEach(choices::add));
        }
        PropertyValue defaultValue = value(kind, n.path("default"));
        PropertySpec plain = new PropertySpec(name, text(n, "label"), kind, defaultValue, text(n, "group"),
                enumValue(Duty.class, n, "duty"), text(n, "help"), sources(n), n.path("min").asLong(),
                n.path("max").asLong(), choices);
        plain.problemWith(defaultValue).ifPresent(p -> {
            throw fail(where + ".default", p);
        });
        List<ConditionalDefault> defaults = conditionalDefaults(n.path("defaults"), where + ".defaults", plain,
                earlier);
        return new PropertySpec(plain.name(), plain.label(), kind, defaultValue, plain.group(), plain.duty(),
                plain.help(), plain.sources(), plain.min(), plain.max(), choices, defaults, choicesFrom, choicesBy,
                changes(n.path("changed"), where + ".changed", earlier));
    }

    private static PropertyValue value(PropertyKind kind, JsonNode d) {
        return switch (kind) {
            case BOOLEAN -> new PropertyValue.Bool(d.asBoolean());
            case INTEGER -> new PropertyValue.Int(d.asLong());
            case CHOICE, TEXT, CIDR -> new PropertyValue.Text(d.asText());
            case GROUPS -> new PropertyValue.Groups(List.of());
        };
    }

    /**
     * {@code "choicesBy": {"property": "engine", "choices": {"mysql": ["8.0", "8.4"], ...}}}: the choices follow
     * an earlier choice property, and every key is one of its values. Fills {@code out}; returns the property.
     */
    private String choicesBy(JsonNode n, String where, PropertyKind kind, List<PropertySpec> earlier,
            Map<String, List<String>> out) {
        if (kind != PropertyKind.CHOICE) {
            throw fail(where, "only a choice property can take its choices from another property");
        }
        String from = textIn(n, "property", where);
        PropertySpec source = earlierProperty(from, where + ".property", earlier);
        JsonNode map = n.path("choices");
        if (!map.isObject() || map.isEmpty()) {
            throw fail(where + ".choices", "must map each value of '" + from + "' to a list of choices");
        }
        map.fields().forEachRemaining(e -> {
            if (!source.choices().contains(e.getKey())) {
                throw fail(where + ".choices." + e.getKey(), "is not a value of '" + from + "'");
            }
            if (!e.getValue().isArray() || e.getValue().isEmpty()) {
                throw fail(where + ".choices." + e.getKey(), "must be a non-empty list");
            }
            List<String> list = new ArrayList<>();
            e.getValue().forEach(v -> list.add(v.asText()));
            out.put(e.getKey(), list);
        });
        return from;
    }

    /**
     * {@code "defaults": [{"when": {"engine": "postgres", "engineVersion": ["15", "16"]}, "value": true}]}: each
     * condition names an earlier property (so defaults never depend on each other in a circle) and values it
     * can take; the value must fit this property.
     */
    private List<ConditionalDefault> conditionalDefaults(JsonNode n, String where, PropertySpec spec,
            List<PropertySpec> earlier) {
        List<ConditionalDefault> out = new ArrayList<>();
        if (n.isMissingNode()) {
            return out;
        }
        if (!n.isArray()) {
            throw fail(where, "must be a list of {\"when\": ..., \"value\": ...} entries");
        }
        for (int i = 0; i < n.size(); i++) {
            String at = where + "[" + i + "]";
            Map<String, List<String>> conditions = conditions(n.get(i).path("when"), at + ".when", earlier);
            if (!n.get(i).has("value")) {
                throw fail(at + ".value", "is missing");
            }
            PropertyValue value = value(spec.kind(), n.get(i).get("value"));
            spec.problemWith(value).ifPresent(p -> {
                throw fail(at + ".value", p);
            });
            out.add(new ConditionalDefault(conditions, value));
        }
        return out;
    }

    /** {@code {"engine": "postgres", "engineVersion": ["15", "16"]}}: earlier properties and values they can take. */
    private Map<String, List<String>> conditions(JsonNode when, String at, List<PropertySpec> earlier) {
        if (!when.isObject() || when.isEmpty()) {
            throw fail(at, "must name the properties and values it applies to");
        }
        Map<String, List<String>> conditions = new LinkedHashMap<>();
        when.fields().forEachRemaining(e -> {
            PropertySpec other = earlierProperty(e.getKey(), at + "." + e.getKey(), earlier);
            List<String> values = new ArrayList<>();
            if (e.getValue().isArray()) {
                e.getValue().forEach(v -> values.add(v.asText()));
            } else {
                values.add(e.getValue().asText());
            }
            for (String v : values) {
                if (other.kind() == PropertyKind.CHOICE && !other.choices().contains(v)) {
                    // A misspelt version would silently never match; refuse it here instead.
                    throw fail(at + "." + e.getKey(), "\"" + v + "\" is not a choice of '" + e.getKey() + "'");
                }
            }
            conditions.put(e.getKey(), values);
        });
        return conditions;
    }

    private PropertySpec earlierProperty(String name, String where, List<PropertySpec> earlier) {
        return earlier.stream().filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow(() -> fail(where, "'" + name + "' is not a property listed before this one"));
    }

    /**
     * {@code "changed": {"on": "2023-01-05", "before": "...", "source": "S3-SSE"}} ("on" may be a month or a year
     * alone when that is all the source gives; or a list of them, or
     * {@code "in": "PostgreSQL 15"} instead of {@code "on"} when a version brought the change).
     */
    private List<DefaultChange> changes(JsonNode n, String where, List<PropertySpec> earlier) {
        List<DefaultChange> out = new ArrayList<>();
        if (n.isMissingNode()) {
            return out;
        }
        List<JsonNode> entries = new ArrayList<>();
        if (n.isArray()) {
            n.forEach(entries::add);
        } else if (n.isObject()) {
            entries.add(n);
        } else {
            throw fail(where, "must be an object {\"on\", \"before\", \"source\"} or a list of them");
        }
        for (int i = 0; i < entries.size(); i++) {
            String at = n.isArray() ? where + "[" + i + "]" : where;
            JsonNode c = entries.get(i);
            boolean hasOn = c.has("on");
            if (hasOn == c.has("in")) {
                throw fail(at, "needs exactly one of 'on' (a date) or 'in' (the version that changed it)");
            }
            String on = "";
            String in = "";
            if (hasOn) {
                on = textIn(c, "on", at);
                if (!CHANGE_DATE.matcher(on).matches()) {
                    throw fail(at + ".on", "must be a date such as \"2023-01-05\", \"2023-04\" or \"2022\", not \""
                            + on + "\"");
                }
                // A source may give only the month or the year; the rest is checked as its first day.
                date(on.length() == 4 ? on + "-01-01" : on.length() == 7 ? on + "-01" : on, at + ".on");
            } else {
                in = textIn(c, "in", at);
            }
            if (!hasOn && in.isBlank()) {
                throw fail(at + ".in", "must name the version that changed the default");
            }
            String before = textIn(c, "before", at);
            if (before.isBlank()) {
                throw fail(at + ".before", "must say what the default was before");
            }
            String tag = textIn(c, "source", at);
            Source source = sources.get(tag);
            if (source == null) {
                throw fail(at + ".source", "tag '" + tag + "' is not in catalog.json's sources");
            }
            Map<String, List<String>> concerns = c.has("when") ? conditions(c.get("when"), at + ".when", earlier)
                    : Map.of();
            out.add(new DefaultChange(on, in, before, source, concerns));
        }
        return out;
    }

    private LocalDate date(String text, String where) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw fail(where, "\"" + text + "\" is not a date such as \"2026-12-06\"");
        }
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
            throw fail(where, "'" + value + "' is not a " + type.getSimpleName().toLowerCase(Locale.ROOT));
        }
    }

    private CatalogException fail(String field, String problem) {
        return new CatalogException("Catalog file " + file + ", " + field + ": " + problem);
    }
}
