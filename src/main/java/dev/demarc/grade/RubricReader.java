package dev.demarc.grade;

import dev.demarc.io.DiagramReader;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import dev.demarc.analysis.Severity;
import dev.demarc.catalog.Catalog;
import dev.demarc.catalog.TypeSpec;
import dev.demarc.io.Problem;
import dev.demarc.model.ComponentType;
import java.io.IOException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

    /** {@code ruleIds} are the analyzer's rules, which {@code forbiddenRules} may name. */
    public RubricReader(Catalog catalog, Collection<String> ruleIds) {
        this.catalog = catalog;
        this.ruleIds = new TreeSet<>(ruleIds);
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
            String message = String.valueOf(e.getOriginalMessage()).lines().findFirst().orElse("");
            // Jackson adds where an unclosed list or object began, in its own notation; the place of the
            // problem itself follows as line and column.
            int notation = message.indexOf(" (for ");
            if (notation > 0 && message.contains("[Source:")) {
                message = message.substring(0, notation);
            }
            throw fail(message.startsWith("Duplicate field") ? message.replace('\'', '"')
                    + ": each field may appear only once" : "Not valid JSON: " + message, e.getLocation());
        } catch (IOException e) {
            throw new SolutionException(Problem.general("The rubric cannot be read: " + e.getMessage()));
        }
    }

    private Rubric fields(JsonParser p) throws IOException, SolutionException {
        JsonLocation start = p.currentTokenLocation();
        String format = null;
        Integer version = null;
        String title = null;
        Map<ComponentType, Integer> required = new LinkedHashMap<>();
        Set<ComponentType> notReachable = new LinkedHashSet<>();
        Set<ComponentType> encrypted = new LinkedHashSet<>();
        Set<ComponentType> privateSubnet = new LinkedHashSet<>();
        Severity maxSeverity = null;
        Set<String> forbidden = new LinkedHashSet<>();
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
                case "notReachableFromInternet" -> notReachable = types(p, field,
                        ExpectationRules.REACHABLE.keySet(), "internet reachability");
                case "mustBeEncrypted" -> encrypted = types(p, field, ExpectationRules.UNENCRYPTED.keySet(),
                        "encryption");
                case "mustBeInPrivateSubnet" -> privateSubnet = types(p, field, subnetTypes(),
                        "placement in a private subnet");
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
        if (required.isEmpty() && notReachable.isEmpty() && encrypted.isEmpty() && privateSubnet.isEmpty()
                && maxSeverity == null && forbidden.isEmpty()) {
            throw fail("The rubric expects nothing: give at least one of " + String.join(", ", FIELDS.subList(3,
                    FIELDS.size())), start);
        }
        return new Rubric(title, required, notReachable, encrypted, privateSubnet, Optional.ofNullable(maxSeverity),
                forbidden, catalog);
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

    private Map<ComponentType, Integer> required(JsonParser p) throws IOException, SolutionException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw fail("The field \"require\" must be an object of component types and least counts, like "
                    + "{\"RDS\": 1}", p.currentTokenLocation());
        }
        Map<ComponentType, Integer> out = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            ComponentType type = type(p.currentName(), p.currentTokenLocation(), "require", catalogTypes(),
                    "counting");
            p.nextToken();
            if (p.currentToken() != JsonToken.VALUE_NUMBER_INT || p.getNumberType() != JsonParser.NumberType.INT
                    || p.getIntValue() < 1) {
                throw fail("In \"require\", the count for " + type.id() + " must be a whole number from 1, not "
                        + p.getText(), p.currentTokenLocation());
            }
            out.put(type, p.getIntValue());
        }
        return out;
    }

    private Set<ComponentType> types(JsonParser p, String field, Set<ComponentType> allowed, String judged)
            throws IOException, SolutionException {
        Set<ComponentType> out = new LinkedHashSet<>();
        strings(p, field, "component types", text -> out.add(type(text, p.currentTokenLocation(), field, allowed,
                judged)));
        return out;
    }

    private Set<String> rules(JsonParser p) throws IOException, SolutionException {
        Set<String> out = new LinkedHashSet<>();
        strings(p, "forbiddenRules", "rule ids", id -> {
            if (!ruleIds.contains(id)) {
                throw fail("In \"forbiddenRules\", \"" + id + "\" is not a rule id; 'demarc check' prints the "
                        + "rule id of every finding, such as rds.exposed-to-internet", p.currentTokenLocation());
            }
            out.add(id);
        });
        return out;
    }

    /** What to do with each string of a list; the parser stands on the string, for error locations. */
    @FunctionalInterface
    private interface Each {
        void accept(String text) throws SolutionException;
    }

    private static void strings(JsonParser p, String field, String what, Each each)
            throws IOException, SolutionException {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            throw fail("The field \"" + field + "\" must be a list of " + what + ", like " + example(field),
                    p.currentTokenLocation());
        }
        while (p.nextToken() != JsonToken.END_ARRAY) {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                throw fail("The field \"" + field + "\" must hold only strings, not " + p.getText(),
                        p.currentTokenLocation());
            }
            each.accept(p.getText());
        }
    }

    private static String example(String field) {
        return field.equals("forbiddenRules") ? "[\"ec2.admin-port-open\"]" : "[\"RDS\"]";
    }

    private static String text(JsonParser p, String field) throws IOException, SolutionException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            throw fail("The field \"" + field + "\" must be a string, not " + p.getText(), p.currentTokenLocation());
        }
        return p.getText();
    }

    private static Severity severity(JsonParser p) throws IOException, SolutionException {
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
        return new SolutionException(where == null || where.getLineNr() < 1 ? Problem.general(message)
                : Problem.at(message, where.getLineNr(), where.getColumnNr()));
    }
}
