package dev.demarc.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rephrases Jackson's failures for the person who wrote the file: what is wrong, in which component or
 * connection (by id when the file gives one) and which field, with the value found, and without Jackson's
 * internal notation.
 */
final class JacksonProblems {

    private JacksonProblems() {
    }

    /**
     * Turns a Jackson failure into a message for the file's author. {@code tree} is the whole file when
     * the syntax was fine and binding failed, so that the message can name the component by its id.
     */
    static DiagramLoadException translate(IOException e, JsonNode tree) {
        if (e instanceof StreamConstraintsException) {
            String m = String.valueOf(e.getMessage());
            if (m.contains("nesting depth")) {
                return at("The file is nested too deeply (more than " + DiagramReader.MAX_DEPTH + " levels of { } or [ ])",
                        (JsonProcessingException) e);
            }
            if (m.contains("Number value length")) {
                return at("A number in the file is too long (more than " + DiagramReader.MAX_NUMBER + " digits)",
                        (JsonProcessingException) e);
            }
            if (m.contains("String value length")) {
                return at("A text value in the file is too long (more than " + DiagramReader.MAX_STRING + " characters)",
                        (JsonProcessingException) e);
            }
            return fail("The file exceeds a size limit: " + firstSentence(((JsonProcessingException) e).getOriginalMessage()));
        }
        if (e instanceof UnrecognizedPropertyException u) {
            return at(unknownField(u, tree), u);
        }
        if (e instanceof MismatchedInputException m) {
            String original = String.valueOf(m.getOriginalMessage());
            if (original.startsWith("Trailing token")) {
                return at("Not valid JSON: there is more text after the closing } of the diagram; "
                        + "a diagram file holds exactly one JSON object", m);
            }
            return at(mismatch(m, tree), m);
        }
        if (e instanceof JsonProcessingException p) {
            String message = p.getOriginalMessage();
            if (message != null && message.startsWith("Duplicate field")) {
                return at(message.replace('\'', '"') + ": each field may appear only once in an object", p);
            }
            return at("Not valid JSON: " + syntax(message), p);
        }
        return fail("The file cannot be read: " + e.getMessage());
    }

    private static final Pattern START_MARKER = Pattern.compile(
            "\\s*\\(start marker at \\[Source: .*?; line: (\\d+), column: (\\d+)\\]\\)", Pattern.DOTALL);

    private static final Pattern STARTING_AT = Pattern.compile(
            "\\s*\\(for (Object|Array) starting at \\[Source: .*?; line: (\\d+), column: (\\d+)\\]\\)",
            Pattern.DOTALL);
    /** Jackson's advice to programmers ("enable `JsonReadFeature.X` to allow", "Feature 'X' not enabled"). */
    private static final Pattern PARSER_HINT = Pattern.compile(
            "\\s*\\(consider enabling `[^`]*`[^()]*(\\([^()]*\\))?\\)|:?\\s*enable `[^`]*` to allow|\\s*\\([^()]*Feature[^()]*\\)|\\s*\\([^()]*`[^`]*`[^()]*\\)");
    private static final Pattern ANY_SOURCE = Pattern.compile(
            "\\[Source: .*?; line: (\\d+), column: (\\d+)\\]", Pattern.DOTALL);

    /** Jackson's syntax message, without its internal notation. */
    private static String syntax(String message) {
        String text = firstSentence(message);
        Matcher marker = START_MARKER.matcher(text);
        String opened = "";
        if (marker.find()) {
            opened = " opened at line " + marker.group(1) + ", column " + marker.group(2);
            text = text.substring(0, marker.start()) + text.substring(marker.end());
        }
        Matcher starting = STARTING_AT.matcher(text);
        if (starting.find()) {
            String what = starting.group(1).equals("Object") ? "the object" : "the list";
            text = text.substring(0, starting.start()) + " (closing " + what + " opened at line " + starting.group(2)
                    + ", column " + starting.group(3) + ")" + text.substring(starting.end());
        }
        text = ANY_SOURCE.matcher(text).replaceAll("line $1, column $2");
        text = PARSER_HINT.matcher(text).replaceAll("");
        if (text.startsWith("Unexpected end-of-input")) {
            String what = text.contains("Array") ? "a ] to close the list" + opened
                    : text.contains("Object") ? "a } to close the object" + opened
                    : text.contains("closing quote") ? "a \" to close the text value"
                    : text.contains("field name") ? "the rest of a field name"
                    : "more text";
            return "the file ends too early (is it cut off?): expected " + what;
        }
        return text;
    }

    /**
     * Where a binding problem is: the component or connection (by id when known), what kind of object that
     * is ("a component"), the field, and the value found there.
     */
    private record Where(String owner, String kind, String field, JsonNode value) {

        /** "Component 'web'", "Connection 'c1'", "components[3]" or "The diagram". */
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
            int d = k.equalsIgnoreCase(given) ? 0 : distance(given.toLowerCase(Locale.ROOT), k.toLowerCase(Locale.ROOT));
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
        String text = value.toString();
        return text.length() > 40 ? text.substring(0, 37) + "..." : text;
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

    private static String firstSentence(String message) {
        if (message == null) {
            return "unexpected content";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    private static DiagramLoadException at(String message, JsonProcessingException e) {
        JsonLocation loc = e.getLocation();
        return loc == null || loc.getLineNr() < 1 ? fail(message)
                : new DiagramLoadException(Problem.at(message, loc.getLineNr(), loc.getColumnNr()));
    }

    private static DiagramLoadException fail(String message) {
        return new DiagramLoadException(Problem.general(message));
    }
}
