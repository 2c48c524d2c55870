package dev.demarc.grade;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import dev.demarc.analysis.ExposurePath;
import dev.demarc.analysis.RuleBook;
import dev.demarc.analysis.RuleSpec;
import dev.demarc.analysis.Severity;
import dev.demarc.catalog.Catalog;
import dev.demarc.catalog.TypeSpec;
import dev.demarc.io.DiagramReader;
import dev.demarc.io.JsonSyntax;
import dev.demarc.io.Problem;
import dev.demarc.model.ComponentType;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads {@code demarc-rubric} files. A rubric is small, so it is read token by token: every value is
 * checked where it stands, and every problem names its line and column, like the diagram reader's.
 */
public final class RubricReader {

    /** The marker every rubric carries in its {@code format} field. */
    public static final String FORMAT = "demarc-rubric";
    public static final int FORMAT_VERSION = 1;
    /** Counts and weights are small whole numbers; the limits keep every sum of points far from overflow. */
    static final int MAX_COUNT = 1000;
    static final int MAX_WEIGHT = 1000;

    static final List<String> FIELDS = List.of("format", "formatVersion", "title", "require",
            "notReachableFromInternet", "mustBeEncrypted", "mustBeInPrivateSubnet", "maxSeverity", "forbiddenRules");

    private final JsonFactory factory = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(8).maxStringLength(10_000)
                    .maxNumberLength(20).build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();
    private final Catalog catalog;
    private final Set<String> ruleIds;
    private final Set<ComponentType> encryptionTypes;

    /** The analyzer's rules: {@code forbiddenRules} may name them, and their tags say what is judged. */
    public RubricReader(Catalog catalog, RuleBook rules) {
        this.catalog = catalog;
        this.ruleIds = new TreeSet<>(rules.all().stream().map(RuleSpec::id).toList());
        this.encryptionTypes = DiagramSolution.encryptionJudged(rules, catalogTypes());
    }

    /** Reads a rubric from the bytes of a file (UTF-8, with or without a byte order mark). */
    public Rubric read(byte[] bytes) throws SolutionException {
        int offset = DiagramReader.bomLength(bytes);
        try (JsonParser p = factory.createParser(bytes, offset, bytes.length - offset)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw fail("A rubric file must hold one JSON object ({ ... })", p.currentTokenLocation());
            }
            Rubric rubric = fields(p);
            if (p.nextToken() != null) {
                throw fail("There is more text after the closing } of the rubric", p.currentTokenLocation());
            }
            return rubric;
        } catch (JsonProcessingException e) {
            throw new SolutionException(JsonSyntax.problem(bytes, offset, e, factory.streamReadConstraints(), false));
        } catch (IOException e) {
            throw new SolutionException(Problem.general("The rubric cannot be read: " + e.getMessage()));
        }
    }

    private Rubric fields(JsonParser p) throws IOException, SolutionException {
        JsonLocation start = p.currentTokenLocation();
        String format = null;
        Integer version = null;
        String title = null;
        Map<ComponentType, Rubric.Required> required = new LinkedHashMap<>();
        Map<ComponentType, Integer> notReachable = new LinkedHashMap<>();
        Map<ComponentType, Integer> encrypted = new LinkedHashMap<>();
        Map<ComponentType, Integer> privateSubnet = new LinkedHashMap<>();
        Rubric.SeverityLimit maxSeverity = null;
        Map<String, Integer> forbidden = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonLocation named = p.currentTokenLocation();
            p.nextToken();
            switch (field) {
                case "format" -> {
                    format = text(p, field);
                    if (!format.equals(FORMAT)) {
                        throw fail("This is not a Demarc rubric: the field \"format\" must be \"" + FORMAT
                                + "\", not \"" + format + "\"", p.currentTokenLocation());
                    }
                }
                case "formatVersion" -> version = formatVersion(p);
                case "title" -> title = text(p, field);
                case "require" -> required = required(p);
                case "notReachableFromInternet" -> notReachable = types(p, field, ExposurePath.JUDGED,
                        "internet reachability", Scoring.NOT_REACHABLE);
                case "mustBeEncrypted" -> encrypted = types(p, field, encryptionTypes, "encryption",
                        Scoring.ENCRYPTED);
                case "mustBeInPrivateSubnet" -> privateSubnet = types(p, field, subnetTypes(),
                        "placement in a private subnet", Scoring.PRIVATE_SUBNET);
                case "maxSeverity" -> maxSeverity = severity(p);
                case "forbiddenRules" -> forbidden = rules(p);
                default -> throw fail("The rubric has the unknown field \"" + field + "\"; its fields are "
                        + String.join(", ", FIELDS), named);
            }
        }
        if (format == null) {
            throw fail("The field \"format\" is missing; a rubric starts with \"format\": \"" + FORMAT + "\"", start);
        }
        if (version == null) {
            throw fail("The field \"formatVersion\" is missing; this build reads rubric version " + FORMAT_VERSION,
                    start);
        }
        if (required.isEmpty() && notReachable.isEmpty() && encrypted.isEmpty() && privateSubnet.isEmpty()) {
            // A rubric of prohibitions only would give an empty diagram full marks.
            throw fail("The rubric expects nothing to earn points by: give at least one of "
                    + String.join(", ", FIELDS.subList(3, 7)) + " (maxSeverity and forbiddenRules only take points "
                    + "away)", start);
        }
        return new Rubric(title, required, notReachable, encrypted, privateSubnet, Optional.ofNullable(maxSeverity),
                forbidden);
    }

    private static int formatVersion(JsonParser p) throws IOException, SolutionException {
        if (p.currentToken() != JsonToken.VALUE_NUMBER_INT || p.getNumberType() != JsonParser.NumberType.INT
                || p.getIntValue() < 1) {
            throw fail("The field \"formatVersion\" must be a whole number from 1, not " + p.getText(),
                    p.currentTokenLocation());
        }
        if (p.getIntValue() > FORMAT_VERSION) {
            throw fail("This rubric was made for a newer version of Demarc (rubric version " + p.getIntValue()
                    + "); this version reads rubric version " + FORMAT_VERSION, p.currentTokenLocation());
        }
        return p.getIntValue();
    }

    private Map<ComponentType, Rubric.Required> required(JsonParser p) throws IOException, SolutionException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw fail("The field \"require\" must be an object of component types and least counts, like "
                    + "{\"RDS\": 1} or {\"RDS\": {\"count\": 1, \"weight\": 20}}", p.currentTokenLocation());
        }
        Map<ComponentType, Rubric.Required> out = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            ComponentType type = type(p.currentName(), p.currentTokenLocation(), "require", catalogTypes(),
                    "counting");
            p.nextToken();
            String what = "In \"require\", the count for " + type.id();
            if (p.currentToken() == JsonToken.START_OBJECT) {
                Integer count = null;
                int weight = Scoring.REQUIRED_COMPONENT;
                JsonLocation open = p.currentTokenLocation();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    JsonLocation at = p.currentTokenLocation();
                    p.nextToken();
                    switch (key) {
                        case "count" -> count = whole(p, what, MAX_COUNT);
                        case "weight" -> weight = weight(p, "In \"require\", the weight of " + type.id());
                        default -> throw fail("In \"require\", " + type.id() + " has the unknown field \"" + key
                                + "\"; it may have \"count\" and \"weight\"", at);
                    }
                }
                if (count == null) {
                    throw fail(what + " is missing: give \"count\"", open);
                }
                out.put(type, new Rubric.Required(count, weight));
            } else {
                out.put(type, new Rubric.Required(whole(p, what, MAX_COUNT), Scoring.REQUIRED_COMPONENT));
            }
        }
        return out;
    }

    private Map<ComponentType, Integer> types(JsonParser p, String field, Set<ComponentType> allowed, String judged,
            int weight) throws IOException, SolutionException {
        Map<ComponentType, Integer> out = new LinkedHashMap<>();
        items(p, field, "component types", "type", (text, where) -> type(text, where, field, allowed, judged),
                weight, out);
        return out;
    }

    private Map<String, Integer> rules(JsonParser p) throws IOException, SolutionException {
        Map<String, Integer> out = new LinkedHashMap<>();
        items(p, "forbiddenRules", "rule ids", "rule", (id, where) -> {
            if (!ruleIds.contains(id)) {
                throw fail("In \"forbiddenRules\", \"" + id + "\" is not a rule id; 'demarc check' prints the "
                        + "rule id of every finding, such as rds.exposed-to-internet", where);
            }
            return id;
        }, Scoring.FORBIDDEN_RULE, out);
        return out;
    }

    /** Turns the text of a list item into its key, or says where it is wrong. */
    @FunctionalInterface
    private interface Key<K> {
        K of(String text, JsonLocation where) throws SolutionException;
    }

    /**
     * A list whose items are a name ({@code "RDS"}) with the default weight, or an object naming it under
     * {@code name} with a {@code weight} ({@code {"type": "RDS", "weight": 40}}). An item listed twice is a
     * mistake: which weight was meant?
     */
    private static <K> void items(JsonParser p, String field, String what, String name, Key<K> key, int weight,
            Map<K, Integer> out) throws IOException, SolutionException {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            throw fail("The field \"" + field + "\" must be a list of " + what + ", like " + example(field),
                    p.currentTokenLocation());
        }
        while (p.nextToken() != JsonToken.END_ARRAY) {
            JsonLocation at = p.currentTokenLocation();
            K k;
            int w = weight;
            if (p.currentToken() == JsonToken.VALUE_STRING) {
                k = key.of(p.getText(), at);
            } else if (p.currentToken() == JsonToken.START_OBJECT) {
                String text = null;
                JsonLocation textAt = at;
                Integer given = null;
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String f = p.currentName();
                    JsonLocation fAt = p.currentTokenLocation();
                    p.nextToken();
                    if (f.equals(name)) {
                        text = text(p, field + "\" item \"" + name);
                        textAt = p.currentTokenLocation();
                    } else if (f.equals("weight")) {
                        given = weight(p, "In \"" + field + "\", the weight");
                    } else {
                        throw fail("In \"" + field + "\", an item has the unknown field \"" + f + "\"; an item "
                                + "may have \"" + name + "\" and \"weight\"", fAt);
                    }
                }
                if (text == null) {
                    throw fail("In \"" + field + "\", an item has no \"" + name + "\", like " + example(field), at);
                }
                k = key.of(text, textAt);
                w = given == null ? weight : given;
            } else {
                throw fail("The field \"" + field + "\" must hold only strings or {\"" + name + "\": ..., \"weight\":"
                        + " ...} objects, not " + p.getText(), at);
            }
            if (out.put(k, w) != null) {
                throw fail("In \"" + field + "\", " + k + " is listed twice", at);
            }
        }
    }

    private static String example(String field) {
        return field.equals("forbiddenRules") ? "[\"ec2.admin-port-open\"]" : "[\"RDS\"]";
    }

    /** A whole number from 1 to {@code max}. */
    private static int whole(JsonParser p, String what, int max) throws IOException, SolutionException {
        if (p.currentToken() != JsonToken.VALUE_NUMBER_INT || p.getNumberType() != JsonParser.NumberType.INT
                || p.getIntValue() < 1 || p.getIntValue() > max) {
            throw fail(what + " must be a whole number from 1 to " + max + ", not " + p.getText(),
                    p.currentTokenLocation());
        }
        return p.getIntValue();
    }

    private static int weight(JsonParser p, String what) throws IOException, SolutionException {
        return whole(p, what, MAX_WEIGHT);
    }

    private static String text(JsonParser p, String field) throws IOException, SolutionException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            throw fail("The field \"" + field + "\" must be a string, not " + p.getText(), p.currentTokenLocation());
        }
        return p.getText();
    }

    private static Rubric.SeverityLimit severity(JsonParser p) throws IOException, SolutionException {
        if (p.currentToken() == JsonToken.START_OBJECT) {
            JsonLocation open = p.currentTokenLocation();
            Severity most = null;
            OptionalInt weight = OptionalInt.empty();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                JsonLocation at = p.currentTokenLocation();
                p.nextToken();
                switch (key) {
                    case "severity" -> most = severityName(p);
                    case "weight" -> weight = OptionalInt.of(weight(p, "In \"maxSeverity\", the weight"));
                    default -> throw fail("In \"maxSeverity\", the unknown field \"" + key + "\"; it may have "
                            + "\"severity\" and \"weight\"", at);
                }
            }
            if (most == null) {
                throw fail("In \"maxSeverity\", \"severity\" is missing, like {\"severity\": \"medium\", "
                        + "\"weight\": 10}", open);
            }
            return new Rubric.SeverityLimit(most, weight);
        }
        return new Rubric.SeverityLimit(severityName(p), OptionalInt.empty());
    }

    private static Severity severityName(JsonParser p) throws IOException, SolutionException {
        String text = text(p, "maxSeverity");
        return Severity.parse(text).orElseThrow(() -> fail("The field \"maxSeverity\" must be critical, high, "
                + "medium, low or info, not \"" + text + "\"", p.currentTokenLocation()));
    }

    private ComponentType type(String text, JsonLocation where, String field, Set<ComponentType> allowed,
            String judged) throws SolutionException {
        String names = allowed.stream().map(ComponentType::id).sorted().reduce((a, b) -> a + ", " + b).orElse("");
        Optional<ComponentType> known = catalogTypes().stream().filter(t -> t.id().equals(text)).findFirst();
        if (known.isEmpty()) {
            Optional<ComponentType> cased = catalogTypes().stream().filter(t -> t.id().equalsIgnoreCase(text))
                    .findFirst();
            throw fail("In \"" + field + "\", \"" + text + "\" is not a component type"
                    + cased.map(t -> " (did you mean \"" + t.id() + "\"?)").orElse("; the types are "
                    + catalogTypes().stream().map(ComponentType::id).reduce((a, b) -> a + ", " + b).orElse("")),
                    where);
        }
        if (!allowed.contains(known.get())) {
            throw fail("In \"" + field + "\", Demarc cannot judge " + judged + " for " + text + "; it can for "
                    + names, where);
        }
        return known.get();
    }

    private Set<ComponentType> catalogTypes() {
        Set<ComponentType> out = new LinkedHashSet<>();
        catalog.types().forEach(t -> out.add(t.type()));
        return out;
    }

    /** The types the catalog places in subnets: the only ones a rubric can require in a private subnet. */
    private Set<ComponentType> subnetTypes() {
        Set<ComponentType> out = new LinkedHashSet<>();
        for (TypeSpec t : catalog.types()) {
            if (t.placement().allows(ComponentType.SUBNET)) {
                out.add(t.type());
            }
        }
        return out;
    }

    private static SolutionException fail(String message, JsonLocation where) {
        return new SolutionException(JsonSyntax.at(message, where));
    }
}
