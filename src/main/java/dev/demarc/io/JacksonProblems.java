package dev.demarc.io;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Rephrases Jackson's binding failures for the person who wrote the file: what is wrong, in which component or
 * connection (by id when the file gives one) and which field, with the value found. Built from the exception's
 * type, path and target type, never from its message; failures in the text itself are {@link JsonSyntax}'s.
 */
final class JacksonProblems {

    private JacksonProblems() {
    }

    /**
     * Turns a failure to bind the (syntactically valid) file into a message for the file's author. {@code tree}
     * is the whole file, so that the message can name the component by its id.
     */
    static DiagramLoadException translate(JsonMappingException e, JsonNode tree) {
        if (e instanceof UnrecognizedPropertyException u) {
            return at(unknownField(u, tree), u);
        }
        if (e instanceof MismatchedInputException m) {
            return at(mismatch(m, tree), m);
        }
        Where where = Where.of(e.getPath(), tree);
        return at(where.owner() + (where.field() == null ? "" : ": the field \"" + where.field() + "\"")
                + " cannot be read", e);
    }

    /**
     * Where a binding problem is: the component or connection (by id when known), what kind of object that
     * is ("a component"), the field, and the value found there.
     */
    private record Where(String owner, String kind, String field, JsonNode value) {

        /** "Component 'web'", "Connection 'c1'", "Security group 'web-sg' rule 2", "components[3]", "The diagram". */
        static Where of(List<JsonMappingException.Reference> refs, JsonNode tree) {
            JsonNode node = tree;
            String owner = "The diagram";
            String kind = "the diagram";
            int next = 0;
            if (refs.size() >= 2 && refs.get(1).getFieldName() == null && refs.get(1).getIndex() >= 0
                    && ("components".equals(refs.get(0).getFieldName())
                    || "connections".equals(refs.get(0).getFieldName()))) {
                String list = refs.get(0).getFieldName();
                int index = refs.get(1).getIndex();
                node = node == null ? null : node.path(list).path(index);
                JsonNode id = node == null ? null : node.get("id");
                boolean component = list.equals("components");
                kind = component ? "a component" : "a connection";
                owner = id != null && id.isTextual() && id.textValue().length() <= 64
                        ? (component ? "Component '" : "Connection '") + id.textValue() + "'"
                        : list + "[" + index + "]";
                next = 2;
            }
            if (refs.size() >= 2 && "securityGroups".equals(refs.get(0).getFieldName())
                    && refs.get(1).getIndex() >= 0) {
                int index = refs.get(1).getIndex();
                node = node == null ? null : node.path("securityGroups").path(index);
                JsonNode id = node == null ? null : node.get("id");
                kind = "a security group";
                owner = id != null && id.isTextual() && id.textValue().length() <= 64
                        ? "Security group '" + id.textValue() + "'" : "securityGroups[" + index + "]";
                next = 2;
                if (refs.size() >= 4 && "inbound".equals(refs.get(2).getFieldName()) && refs.get(3).getIndex() >= 0) {
                    node = node == null ? null : node.path("inbound").path(refs.get(3).getIndex());
                    kind = "a rule";
                    owner += " rule " + (refs.get(3).getIndex() + 1);
                    next = 4;
                }
            }
            String field = null;
            if (refs.size() > next && refs.get(next).getFieldName() != null) {
                field = refs.get(next).getFieldName();
                node = node == null ? null : node.get(field);
            }
            return new Where(owner, kind, field, node);
        }
    }

    private static String mismatch(MismatchedInputException m, JsonNode tree) {
        Where where = Where.of(m.getPath(), tree);
        String what = where.field() == null ? where.owner() + " must be " + expected(m.getTargetType())
                : where.owner() + ": the field \"" + where.field() + "\" must be " + expected(m.getTargetType());
        String found = found(where.value());
        return found.isEmpty() ? what : what + ", not " + found;
    }

    private static String unknownField(UnrecognizedPropertyException u, JsonNode tree) {
        Where where = Where.of(u.getPath(), tree);
        List<String> known = knownFields(u);
        String suggestion = suggest(u.getPropertyName(), known);
        return where.owner() + " has the unknown field \"" + u.getPropertyName() + "\""
                + (suggestion == null ? "" : " (did you mean \"" + suggestion + "\"?)")
                + "; the fields of " + where.kind() + " are " + String.join(", ", known)
                + (where.kind().equals("a component") ? ", and settings go inside \"properties\"" : "");
    }

    /** The field names in the order of the file format, from the DTO record when there is one. */
    private static List<String> knownFields(UnrecognizedPropertyException u) {
        List<String> names = new ArrayList<>();
        Class<?> type = u.getReferringClass();
        if (type != null && type.isRecord()) {
            for (RecordComponent c : type.getRecordComponents()) {
                names.add(c.getName());
            }
        } else if (u.getKnownPropertyIds() != null) {
            u.getKnownPropertyIds().forEach(id -> names.add(String.valueOf(id)));
        }
        return names;
    }

    /** The known name closest to a misspelt one (differing in case or by at most two edits), or null. */
    private static String suggest(String given, List<String> known) {
        String best = null;
        int bestDistance = 3;
        for (String k : known) {
            int d = k.equalsIgnoreCase(given) ? 0 : distance(given.toLowerCase(Locale.ROOT),
                    k.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                best = k;
                bestDistance = d;
            }
        }
        return best;
    }

    private static int distance(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 2 || a.length() > 64 || b.length() > 64) {
            return Integer.MAX_VALUE;
        }
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    /** A short rendering of the value found, such as {@code "40"} or {@code true}, or "" when unknown. */
    private static String found(JsonNode value) {
        if (value == null || value.isMissingNode()) {
            return "";
        }
        if (value.isArray()) {
            return "a list";
        }
        if (value.isObject()) {
            return "an object";
        }
        return Problem.shorten(value.toString());
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "of another type";
        }
        if (type == Double.class || type == double.class) {
            return "a number";
        }
        if (type == Integer.class || type == int.class) {
            return "a whole number";
        }
        if (type == String.class) {
            return "a string";
        }
        if (List.class.isAssignableFrom(type)) {
            return "a list ([ ... ])";
        }
        return "an object ({ ... })";
    }

    private static DiagramLoadException at(String message, JsonMappingException e) {
        return new DiagramLoadException(JsonSyntax.at(message, e.getLocation()));
    }
}
