package dev.demarc.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonNode;
import dev.demarc.catalog.Catalog;
import dev.demarc.catalog.PropertySpec;
import dev.demarc.catalog.TypeSpec;
import dev.demarc.model.Component;
import dev.demarc.model.ComponentType;
import dev.demarc.model.Connection;
import dev.demarc.model.Diagram;
import dev.demarc.model.Properties;
import dev.demarc.model.PropertyValue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks a bound {@link DiagramJson} against the rules of the format and the catalog, and builds the
 * domain {@link Diagram}. Collects every problem instead of stopping at the first, so a hand-written file
 * can be fixed in one go. Each message names the component (or connection) and the field.
 */
final class DiagramMapper {

    /** Labels are names on a canvas, not documents. */
    static final int MAX_LABEL = 200;

    private final Catalog catalog;

    DiagramMapper(Catalog catalog) {
        this.catalog = catalog;
    }

    LoadedDiagram toDiagram(DiagramJson dto, Map<Object, JsonLocation> locations) throws DiagramLoadException {
        List<Problem> errors = new ArrayList<>();
        List<Problem> warnings = new ArrayList<>();
        List<DiagramJson.ComponentJson> componentDtos = dto.components() == null ? List.of() : dto.components();
        List<DiagramJson.ConnectionJson> connectionDtos = dto.connections() == null ? List.of() : dto.connections();

        SecurityGroupMapper groups = new SecurityGroupMapper(dto.securityGroups(), locations, errors);
        Map<String, Component> byId = new LinkedHashMap<>();
        Map<String, JsonLocation> where = new HashMap<>();
        // Ids of components that were refused: references to them are not reported a second time.
        Set<String> refused = new HashSet<>();
        for (int i = 0; i < componentDtos.size(); i++) {
            DiagramJson.ComponentJson c = componentDtos.get(i);
            Place place = new Place(c == null ? "components[" + i + "]" : name(c, i), locations.get(c), errors);
            if (c == null) {
                place.error("must be an object, not null");
                continue;
            }
            Component component = component(c, place, warnings);
            if (component == null) {
                if (c.id() != null && !byId.containsKey(c.id())) {
                    refused.add(c.id());
                }
                continue;
            }
            if (byId.containsKey(component.id())) {
                JsonLocation first = where.get(component.id());
                place.error("reuses the id '" + component.id() + "' already used by another component"
                        + (first == null ? "" : " (line " + first.getLineNr() + ")") + "; ids must be unique");
                continue;
            }
            byId.put(component.id(), component);
            where.put(component.id(), locations.get(c));
        }
        checkParents(byId, where, refused, errors);
        checkMemberships(byId, where, groups, errors);
        List<Connection> connections = connections(connectionDtos, byId.keySet(), refused, locations, errors);
        if (!errors.isEmpty()) {
            throw new DiagramLoadException(errors);
        }
        return new LoadedDiagram(new Diagram(dto.title(), List.copyOf(byId.values()), connections,
                groups.groups()), warnings);
    }

    /** Every group a component names must exist; a group refused for its own problems is not named again. */
    private static void checkMemberships(Map<String, Component> byId, Map<String, JsonLocation> where,
            SecurityGroupMapper groups, List<Problem> errors) {
        for (Component c : byId.values()) {
            for (String name : c.properties().names()) {
                if (!(c.properties().get(name).orElseThrow() instanceof PropertyValue.Groups member)) {
                    continue;
                }
                for (String id : member.ids()) {
                    if (!groups.knows(id)) {
                        new Place("Component '" + c.id() + "'", where.get(c.id()), errors).error("property '" + name
                                + "' names the security group '" + id + "', but there is no security group with "
                                + "that id; groups are listed in the file's top-level \"securityGroups\"");
                    }
                }
            }
        }
    }

    private Component component(DiagramJson.ComponentJson c, Place place, List<Problem> warnings) {
        int before = place.errors.size();
        if (c.id() == null) {
            place.error("has no \"id\"; every component needs a unique id");
        } else if (!Component.isValidId(c.id())) {
            place.error("has the id \"" + c.id() + "\"; an id is " + Component.ID_RULE);
        }
        TypeSpec spec = null;
        if (c.type() == null) {
            place.error("has no \"type\"; use one of " + knownTypes());
        } else {
            spec = ComponentType.isWellFormed(c.type()) ? catalog.find(new ComponentType(c.type())).orElse(null) : null;
            if (spec == null) {
                String upper = c.type().toUpperCase(Locale.ROOT);
                boolean caseOnly = ComponentType.isWellFormed(upper)
                        && catalog.find(new ComponentType(upper)).isPresent();
                place.error("has the unknown type \"" + c.type() + "\""
                        + (caseOnly ? " (types are written in capitals: \"" + upper + "\")" : "")
                        + "; use one of " + knownTypes());
            }
        }
        if (c.x() == null || c.y() == null) {
            place.error("needs a position: \"x\" and \"y\" are required numbers");
        } else if (!Double.isFinite(c.x()) || !Double.isFinite(c.y())) {
            place.error("has a position that is not a finite number");
        }
        checkSize(c.width(), "width", place);
        checkSize(c.height(), "height", place);
        if (c.label() != null && c.label().length() > MAX_LABEL) {
            place.error("has a label longer than " + MAX_LABEL + " characters");
        }
        if (c.parent() != null && c.parent().equals(c.id())) {
            place.error("names itself as its parent");
        }
        Properties properties = spec == null ? Properties.empty() : properties(c, spec, place, warnings);
        if (place.errors.size() > before) {
            return null;
        }
        // + 0.0 turns -0.0 into 0.0, which is what the writer writes back
        return new Component(c.id(), spec.type(), c.label(), c.x() + 0.0, c.y() + 0.0, c.width(), c.height(),
                c.parent(), properties);
    }

    private static void checkSize(Double value, String field, Place place) {
        if (value != null && !(Double.isFinite(value) && value > 0)) {
            place.error("has \"" + field + "\": " + number(value) + "; sizes are positive numbers");
        }
    }

    /** A number as the author wrote it: {@code 0}, not {@code 0.0}. */
    private static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
                : Double.toString(value);
    }

    private static Properties properties(DiagramJson.ComponentJson c, TypeSpec spec, Place place,
            List<Problem> warnings) {
        if (c.properties() == null) {
            return Properties.empty();
        }
        Map<String, PropertyValue> values = new LinkedHashMap<>();
        c.properties().fields().forEachRemaining(e -> {
            Optional<PropertySpec> property = spec.property(e.getKey());
            if (property.isEmpty() && SecurityGroupMigration.INLINE_RULES.equals(e.getKey()) && spec.property(
                    SecurityGroupMigration.MEMBERSHIP).isPresent()) {
                place.error("has the property '" + SecurityGroupMigration.INLINE_RULES
                        + "' of format 2; from format 3 rules "
                        + "belong to security groups (the file's top-level \"securityGroups\") and a component "
                        + "lists its groups in '" + SecurityGroupMigration.MEMBERSHIP + "'");
                return;
            }
            if (property.isEmpty()) {
                values.put(e.getKey(), new PropertyValue.Raw(e.getValue().toString()));
                warnings.add(place.problem("has the property '" + e.getKey() + "', which " + spec.shortName()
                        + " does not know; it is kept as it is but has no effect on the analysis"));
                return;
            }
            try {
                values.put(e.getKey(), PropertyReader.read(property.get(), e.getValue()));
            } catch (IllegalArgumentException bad) {
                place.error("property '" + e.getKey() + "' " + bad.getMessage() + shown(e.getValue()));
            }
        });
        Properties read = Properties.of(values);
        warnUnofferedChoices(spec, read, place, warnings);
        return read;
    }

    /**
     * Warns about a value another property does not offer, such as MySQL with engine version 15: valid for some
     * engine, so it is kept, but no default that depends on it will match.
     */
    private static void warnUnofferedChoices(TypeSpec spec, Properties read, Place place, List<Problem> warnings) {
        Component probe = new Component("probe", spec.type(), null, 0, 0, null, null, null, read);
        for (PropertySpec p : spec.properties()) {
            Optional<PropertyValue> written = read.get(p.name());
            if (p.choicesFrom().isEmpty() || written.isEmpty() || !(written.get() instanceof PropertyValue.Text t)) {
                continue;
            }
            List<String> offered = spec.choicesOf(probe, p);
            if (!offered.contains(t.value())) {
                PropertyValue from = spec.effective(probe, p.choicesFrom());
                warnings.add(place.problem("has " + p.name() + " \"" + t.value() + "\", which is not offered when "
                        + p.choicesFrom() + " is " + from.display() + " (" + String.join(", ", offered)
                        + "); defaults that depend on it will not apply"));
            }
        }
    }

    /** " (found VALUE)" for a short plain value, to end a message with; nothing for a list, an object or long text. */
    static String shown(JsonNode value) {
        String text = value.toString();
        if (value.isContainerNode() || text.length() > 40) {
            return "";
        }
        return " (found " + text + ")";
    }

    private void checkParents(Map<String, Component> byId, Map<String, JsonLocation> where, Set<String> refused,
            List<Problem> errors) {
        Set<String> broken = new HashSet<>();
        for (Component c : byId.values()) {
            if (c.parent() == null) {
                continue;
            }
            Place place = new Place("Component '" + c.id() + "'", where.get(c.id()), errors);
            Component parent = byId.get(c.parent());
            if (parent == null && refused.contains(c.parent())) {
                broken.add(c.id());
            } else if (parent == null) {
                place.error("has the parent '" + c.parent() + "', but there is no component with that id");
                broken.add(c.id());
            } else if (!catalog.spec(parent.type()).container()) {
                place.error("has the parent '" + c.parent() + "', which is " + article(parent.type())
                        + " and cannot contain other components; parents are " + containers());
                broken.add(c.id());
            }
        }
        if (broken.isEmpty()) {
            Diagram.findContainmentLoop(List.copyOf(byId.values()), byId).ifPresent(id ->
                    new Place("Component '" + id + "'", where.get(id), errors)
                            .error("is inside itself through its parents (" + chain(id, byId)
                                    + "); parent chains must not loop"));
        }
    }

    private static String chain(String start, Map<String, Component> byId) {
        List<String> ids = new ArrayList<>();
        String current = start;
        do {
            ids.add(current);
            current = byId.get(current).parent();
        } while (current != null && !current.equals(start) && ids.size() <= byId.size());
        ids.add(start);
        return String.join(" -> ", ids);
    }

    private static List<Connection> connections(List<DiagramJson.ConnectionJson> dtos, Set<String> componentIds,
            Set<String> refused, Map<Object, JsonLocation> locations, List<Problem> errors) {
        List<Connection> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < dtos.size(); i++) {
            DiagramJson.ConnectionJson k = dtos.get(i);
            String name = k == null || k.id() == null ? "connections[" + i + "]" : "Connection '" + k.id() + "'";
            Place place = new Place(name, locations.get(k), errors);
            if (k == null) {
                place.error("must be an object, not null");
                continue;
            }
            int before = errors.size();
            if (k.id() == null) {
                place.error("has no \"id\"; every connection needs a unique id");
            } else if (!Component.isValidId(k.id())) {
                place.error("has the id \"" + k.id() + "\"; an id is " + Component.ID_RULE);
            } else if (!ids.add(k.id())) {
                place.error("reuses an id already used by another connection; ids must be unique");
            }
            endpoint(k.from(), "from", componentIds, refused, place);
            endpoint(k.to(), "to", componentIds, refused, place);
            if (k.from() != null && k.from().equals(k.to())) {
                place.error("goes from '" + k.from() + "' to itself; a connection links two different components");
            }
            if (k.label() != null && k.label().length() > MAX_LABEL) {
                place.error("has a label longer than " + MAX_LABEL + " characters");
            }
            if (errors.size() == before) {
                out.add(new Connection(k.id(), k.from(), k.to(), k.label()));
            }
        }
        return out;
    }

    private static void endpoint(String id, String field, Set<String> componentIds, Set<String> refused,
            Place place) {
        if (id == null) {
            place.error("has no \"" + field + "\" component id");
        } else if (!componentIds.contains(id) && !refused.contains(id)) {
            place.error("has \"" + field + "\": \"" + id + "\", but there is no component with that id");
        }
    }

    private static String name(DiagramJson.ComponentJson c, int index) {
        return c.id() != null ? "Component '" + c.id() + "'" : "components[" + index + "]";
    }

    private String knownTypes() {
        return catalog.types().stream().map(t -> t.type().id()).collect(Collectors.joining(", "));
    }

    private String containers() {
        return catalog.types().stream().filter(TypeSpec::container).map(t -> t.type().id())
                .collect(Collectors.joining(" or "));
    }

    private static String article(ComponentType type) {
        return (type.id().matches("^[AEIOU].*|^S3.*|^RDS.*") ? "an " : "a ") + type.id();
    }

    /** Where a problem is: the thing's name and the start of its JSON object. */
    record Place(String name, JsonLocation location, List<Problem> errors) {

        Problem problem(String text) {
            String message = name + " " + text;
            return location == null ? Problem.general(message)
                    : Problem.at(message, location.getLineNr(), location.getColumnNr());
        }

        void error(String text) {
            errors.add(problem(text));
        }
    }
}
