package dev.demarc.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.type.LogicalType;
import dev.demarc.catalog.Catalog;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads diagram files. Never throws anything but {@link DiagramLoadException} for bad input, and never
 * hangs: the file size, nesting depth and token sizes are capped before Jackson builds anything.
 *
 * <p>Reading happens in two passes: a tree pass that checks the JSON syntax, the format marker and the
 * version (and migrates older versions), then a binding pass into {@link DiagramJson} that remembers
 * where each component started, and finally {@link DiagramMapper} checks the content against the
 * catalog.
 */
public final class DiagramReader {

    /** The marker every diagram file carries in its {@code format} field. */
    public static final String FORMAT = "demarc-diagram";
    /** The format version this build writes and the newest it reads. */
    public static final int FORMAT_VERSION = FormatMigrations.CURRENT;
    /** Files larger than this are refused before being read. */
    public static final long MAX_BYTES = 16L * 1024 * 1024;
    /** JSON nested deeper than this is refused. A valid diagram needs five levels. */
    public static final int MAX_DEPTH = 32;
    /** Longest string value accepted, in characters. */
    public static final int MAX_STRING = 100_000;
    /** Longest number accepted, in characters. */
    public static final int MAX_NUMBER = 64;

    private final ObjectMapper mapper;
    private final ObjectReader dtoReader;
    private final DiagramMapper diagramMapper;

    public DiagramReader(Catalog catalog) {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_DEPTH)
                        .maxStringLength(MAX_STRING)
                        .maxNumberLength(MAX_NUMBER)
                        .maxDocumentLength(MAX_BYTES)
                        .build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .build();
        JsonMapper jsonMapper = JsonMapper.builder(factory)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .addModule(LocatingDeserializers.module())
                .build();
        jsonMapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        jsonMapper.coercionConfigFor(LogicalType.Float)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        jsonMapper.coercionConfigFor(LogicalType.Integer)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        this.mapper = jsonMapper;
        this.dtoReader = jsonMapper.readerFor(DiagramJson.class);
        this.diagramMapper = new DiagramMapper(catalog);
    }

    /** Reads the diagram file at {@code file}. */
    public LoadedDiagram read(Path file) throws DiagramLoadException {
        byte[] bytes;
        try {
            if (Files.isDirectory(file)) {
                throw fail("\"" + file + "\" is a folder, not a diagram file");
            }
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw fail("The file is too large (" + megabytes(size) + "); diagrams are limited to "
                        + megabytes(MAX_BYTES));
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw fail("File not found: " + file);
        } catch (AccessDeniedException e) {
            throw fail("Permission denied: " + file + " cannot be read");
        } catch (IOException | OutOfMemoryError e) {
            throw fail("The file cannot be read: " + e.getMessage());
        }
        return read(bytes);
    }

    /** Reads a diagram from the bytes of a file (UTF-8, with or without a byte order mark). */
    public LoadedDiagram read(byte[] bytes) throws DiagramLoadException {
        if (bytes.length > MAX_BYTES) {
            throw fail("The file is too large (" + megabytes(bytes.length) + "); diagrams are limited to "
                    + megabytes(MAX_BYTES));
        }
        int offset = hasUtf8Bom(bytes) ? 3 : 0;
        if (isBlank(bytes, offset)) {
            throw fail("The file is empty; a diagram file holds one JSON object");
        }
        JsonNode tree;
        try {
            tree = mapper.readTree(bytes, offset, bytes.length - offset);
        } catch (IOException e) {
            throw translate(e);
        }
        if (tree == null || !tree.isObject()) {
            throw fail("A diagram file must hold one JSON object ({ ... }), not " + describe(tree));
        }
        int version = checkHeader((ObjectNode) tree);
        DiagramJson dto;
        Map<Object, JsonLocation> locations = new IdentityHashMap<>();
        try {
            if (FormatMigrations.needsMigration(version)) {
                dto = dtoReader.treeToValue(FormatMigrations.migrate((ObjectNode) tree, version), DiagramJson.class);
            } else {
                dto = dtoReader.withAttribute(LocatingDeserializers.ATTRIBUTE, locations)
                        .readValue(bytes, offset, bytes.length - offset);
            }
        } catch (IOException e) {
            throw translate(e);
        }
        return diagramMapper.toDiagram(dto, locations);
    }

    /** Checks {@code format} and {@code formatVersion}; returns the version. */
    private static int checkHeader(ObjectNode root) throws DiagramLoadException {
        JsonNode format = root.get("format");
        if (format == null || !FORMAT.equals(format.asText(null))) {
            throw fail("This is not a Demarc diagram: the field \"format\" must be \"" + FORMAT + "\""
                    + (format == null ? ", and it is missing" : ", not " + format));
        }
        JsonNode version = root.get("formatVersion");
        if (version == null) {
            throw fail("The field \"formatVersion\" is missing; this build reads version " + FORMAT_VERSION);
        }
        if (!version.isIntegralNumber() || !version.canConvertToInt() || version.asInt() < 1) {
            throw fail("The field \"formatVersion\" must be a whole number from 1, not " + version);
        }
        if (version.asInt() > FORMAT_VERSION) {
            throw fail("This file was made by a newer version of Demarc (format version " + version.asInt()
                    + "); this version reads format version " + FORMAT_VERSION + " and older. Update Demarc to open it.");
        }
        return version.asInt();
    }

    private static DiagramLoadException translate(IOException e) {
        if (e instanceof StreamConstraintsException) {
            String m = String.valueOf(e.getMessage());
            if (m.contains("nesting depth")) {
                return fail("The file is nested too deeply (more than " + MAX_DEPTH + " levels of { } or [ ])");
            }
            if (m.contains("Number value length")) {
                return fail("A number in the file is too long (more than " + MAX_NUMBER + " digits)");
            }
            if (m.contains("String value length")) {
                return fail("A text value in the file is too long (more than " + MAX_STRING + " characters)");
            }
            return fail("The file exceeds a size limit: " + m);
        }
        if (e instanceof UnrecognizedPropertyException u) {
            return at("Unknown field \"" + u.getPropertyName() + "\" in " + path(u.getPath())
                    + "; the known fields are " + u.getKnownPropertyIds(), u);
        }
        if (e instanceof MismatchedInputException m) {
            return at(path(m.getPath()) + " must be " + expected(m.getTargetType()), m);
        }
        if (e instanceof JsonProcessingException p) {
            String message = p.getOriginalMessage();
            if (message != null && message.startsWith("Duplicate field")) {
                return at(message.replace('\'', '"') + ": each field may appear only once", p);
            }
            return at("Not valid JSON: " + firstSentence(message), p);
        }
        return fail("The file cannot be read: " + e.getMessage());
    }

    private static String path(List<JsonMappingException.Reference> refs) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference r : refs) {
            if (r.getFieldName() != null) {
                sb.append(sb.length() == 0 ? "" : ".").append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                sb.append('[').append(r.getIndex()).append(']');
            }
        }
        return sb.length() == 0 ? "the diagram" : "\"" + sb + "\"";
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
        return loc == null ? fail(message)
                : new DiagramLoadException(Problem.at(message, loc.getLineNr(), loc.getColumnNr()));
    }

    private static DiagramLoadException fail(String message) {
        return new DiagramLoadException(Problem.general(message));
    }

    private static String describe(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "nothing";
        }
        return node.isArray() ? "a list" : "a single value";
    }

    private static boolean hasUtf8Bom(byte[] b) {
        return b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
    }

    private static boolean isBlank(byte[] b, int from) {
        for (int i = from; i < b.length; i++) {
            if (!Character.isWhitespace(b[i])) {
                return false;
            }
        }
        return true;
    }

    private static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    /** For tests: the parser features in force, to check the hardening is on. */
    boolean isEnabled(JsonParser.Feature feature) {
        return mapper.getFactory().isEnabled(feature);
    }
}
