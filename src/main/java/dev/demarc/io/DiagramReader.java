package dev.demarc.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.type.LogicalType;
import dev.demarc.catalog.Catalog;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads diagram files. Never throws anything but {@link DiagramLoadException} for bad input, and never
 * hangs: the file size, nesting depth and token sizes are capped before Jackson builds anything.
 *
 * <p>Reading happens in two passes: a tree pass that checks the JSON syntax, the format marker and the
 * version, then a binding pass into {@link DiagramJson} that remembers where each component started, and finally
 * {@link DiagramMapper} checks the content against the catalog. A file of an older format is upgraded on its tree
 * in between ({@link FormatMigrations}), after {@link InlineRuleCheck} has checked what the upgrade takes from it.
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
    private final ObjectReader treeReader;
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
                // Messages must not quote the file's content back; locations come as line and column.
                .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .build();
        JsonMapper jsonMapper = JsonMapper.builder(factory)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                // Unknown properties are kept as they were written: 2.50 stays 2.50, 1e400 stays finite.
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
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
        // Trailing content is checked by hand after the tree, to name it as such.
        this.treeReader = jsonMapper.reader().without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        this.diagramMapper = new DiagramMapper(catalog);
    }

    /** Reads the diagram file named on a command line; a name that is no path at all is a load error too. */
    public LoadedDiagram read(String fileName) throws DiagramLoadException {
        Path file;
        try {
            file = Path.of(fileName);
        } catch (InvalidPathException e) {
            throw new DiagramLoadException(Problem.general("Not a valid file name: " + fileName));
        }
        return read(file);
    }

    /** Reads the diagram file at {@code file}. */
    public LoadedDiagram read(Path file) throws DiagramLoadException {
        return read(readFile(file, "diagram"));
    }

    /**
     * The bytes of a file Demarc reads ({@code kind}: "diagram", "solution"), within the size limit, with a
     * message naming the file for a folder, a missing or unreadable file, or one too large.
     */
    public static byte[] readFile(Path file, String kind) throws DiagramLoadException {
        try {
            if (Files.isDirectory(file)) {
                throw fail("\"" + file + "\" is a folder, not a " + kind + " file");
            }
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw tooLarge(size);
            }
            // Read at most one byte past the limit: the size above is 0 for devices and pipes.
            byte[] bytes;
            try (InputStream in = Files.newInputStream(file)) {
                bytes = in.readNBytes((int) MAX_BYTES + 1);
            }
            if (bytes.length > MAX_BYTES) {
                throw fail(String.format(Locale.ROOT, "The file is too large: %ss are limited to %d MB "
                        + "(%,d bytes)", kind, MAX_BYTES / (1024 * 1024), MAX_BYTES));
            }
            return bytes;
        } catch (NoSuchFileException e) {
            throw fail("File not found: " + file);
        } catch (AccessDeniedException e) {
            throw fail("Permission denied: " + file + " cannot be read");
        } catch (IOException | OutOfMemoryError e) {
            throw fail("The file cannot be read: " + e.getMessage());
        }
    }

    /** How many bytes a UTF-8 byte order mark takes at the start of {@code b}: 3, or 0 when there is none. */
    public static int bomLength(byte[] b) {
        return b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF ? 3 : 0;
    }

    /** Reads a diagram from the bytes of a file (UTF-8, with or without a byte order mark). */
    public LoadedDiagram read(byte[] bytes) throws DiagramLoadException {
        if (bytes.length > MAX_BYTES) {
            throw tooLarge(bytes.length);
        }
        int offset = bomLength(bytes);
        if (isBlank(bytes, offset)) {
            throw fail("The file is empty; a diagram file holds one JSON object");
        }
        ObjectNode tree = (ObjectNode) readTree(bytes, offset);
        int version = checkHeader(tree);
        Map<Object, JsonLocation> locations = new IdentityHashMap<>();
        DiagramJson written = bind(bytes, offset, tree, locations);
        if (version == FormatMigrations.CURRENT) {
            return diagramMapper.toDiagram(written, locations);
        }
        return upgrade(written, tree, version, locations);
    }

    /**
     * Reads a file of an older format once: its inline rules are checked on the tree where they are written, then
     * the tree is upgraded and, when that changed more than the version, bound again with each object keeping the
     * place it had in the text. All problems are reported together, the inline rules' first.
     */
    private LoadedDiagram upgrade(DiagramJson written, ObjectNode tree, int version,
            Map<Object, JsonLocation> locations) throws DiagramLoadException {
        ObjectNode migrated = tree.deepCopy();
        List<Problem> inline = InlineRuleCheck.check(migrated, i -> locations.get(written.components().get(i)));
        FormatMigrations.migrate(migrated, version);
        DiagramJson current;
        if (FormatMigrations.onlyVersionDiffers(tree, migrated)) {
            current = new DiagramJson(written.format(), FormatMigrations.CURRENT, written.title(),
                    written.components(), written.connections(), written.securityGroups());
        } else {
            try {
                current = dtoReader.treeToValue(migrated, DiagramJson.class);
            } catch (JsonProcessingException e) {
                // The text bound, and a migration only adds what binds; explain it all the same.
                throw e instanceof JsonMappingException m ? JacksonProblems.translate(m, migrated)
                        : fail("The file cannot be upgraded to format " + FormatMigrations.CURRENT);
            }
            MigratedPlaces.carry(written, current, locations);
        }
        LoadedDiagram loaded;
        try {
            loaded = diagramMapper.toDiagram(current, locations);
        } catch (DiagramLoadException e) {
            List<Problem> all = new ArrayList<>(inline);
            all.addAll(e.problems());
            throw new DiagramLoadException(all);
        }
        if (!inline.isEmpty()) {
            throw new DiagramLoadException(inline);
        }
        return loaded;
    }

    /** Binds the file's text as it is written, noting where each component, connection, group and rule starts. */
    private DiagramJson bind(byte[] bytes, int offset, ObjectNode tree, Map<Object, JsonLocation> locations)
            throws DiagramLoadException {
        try {
            return dtoReader.withAttribute(LocatingDeserializers.ATTRIBUTE, locations)
                    .readValue(bytes, offset, bytes.length - offset);
        } catch (UnrecognizedPropertyException e) {
            // Jackson reports an unknown field at the end of its object; point at the field itself.
            DiagramLoadException failure = JacksonProblems.translate(e, tree);
            JsonLocation field = fieldLocation(bytes, offset, e.getPath());
            throw field == null ? failure : new DiagramLoadException(
                    Problem.at(failure.first().message(), field.getLineNr(), field.getColumnNr()));
        } catch (JsonMappingException e) {
            throw JacksonProblems.translate(e, tree);
        } catch (JsonProcessingException e) {
            // The syntax pass above read the same bytes, so this is not expected; explain it all the same.
            throw new DiagramLoadException(syntaxProblem(bytes, offset, e));
        } catch (IOException e) {
            throw fail("The file cannot be read: " + e.getMessage());
        }
    }

    /** Where the field at {@code path} (such as components[2].parnet) is named in the text, or null. */
    private JsonLocation fieldLocation(byte[] bytes, int offset, List<JsonMappingException.Reference> path) {
        StringBuilder pointer = new StringBuilder();
        for (JsonMappingException.Reference r : path) {
            pointer.append('/').append(r.getFieldName() != null
                    ? r.getFieldName().replace("~", "~0").replace("/", "~1") : Integer.toString(r.getIndex()));
        }
        String target = pointer.toString();
        try (JsonParser p = mapper.getFactory().createParser(bytes, offset, bytes.length - offset)) {
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                if (t == JsonToken.FIELD_NAME && p.getParsingContext().pathAsPointer().toString().equals(target)) {
                    return p.currentTokenLocation();
                }
            }
        } catch (IOException e) {
            // the syntax was checked already; fall back to Jackson's place
        }
        return null;
    }

    /** The syntax pass: one JSON object and nothing after it. */
    private JsonNode readTree(byte[] bytes, int offset) throws DiagramLoadException {
        JsonParser parser = null;
        try {
            parser = mapper.getFactory().createParser(bytes, offset, bytes.length - offset);
            JsonNode tree = treeReader.readTree(parser);
            if (tree == null || !tree.isObject()) {
                throw fail("A diagram file must hold one JSON object ({ ... }), not " + describe(tree));
            }
            boolean more;
            JsonLocation after;
            try {
                more = parser.nextToken() != null;
                after = parser.currentTokenLocation();
            } catch (JsonProcessingException e) {
                more = true; // not even a token: garbage
                after = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
            }
            if (more) {
                String message = "Not valid JSON: there is more text after the closing } of the diagram; "
                        + "a diagram file holds exactly one JSON object";
                throw new DiagramLoadException(after == null ? Problem.general(message)
                        : Problem.at(message, after.getLineNr(), after.getColumnNr()));
            }
            return tree;
        } catch (JsonProcessingException e) {
            throw new DiagramLoadException(syntaxProblem(bytes, offset, e));
        } catch (IOException e) {
            throw fail("The file cannot be read: " + e.getMessage());
        } catch (NumberFormatException e) {
            // Jackson refuses a number such as 1e999999999999999999 with this unchecked exception.
            JsonLocation here = parser == null ? null : parser.currentLocation();
            String message = "A number in the file is out of range (its exponent is too large to be read)";
            throw new DiagramLoadException(here != null && here.getLineNr() > 0
                    ? Problem.at(message, here.getLineNr(), here.getColumnNr()) : Problem.general(message));
        } finally {
            if (parser != null) {
                try {
                    parser.close();
                } catch (IOException ignored) {
                    // reading from memory
                }
            }
        }
    }

    /** What is wrong in the text, said by {@link JsonSyntax} under the limits this reader sets. */
    private Problem syntaxProblem(byte[] bytes, int offset, JsonProcessingException e) {
        return JsonSyntax.problem(bytes, offset, e, mapper.getFactory().streamReadConstraints(), true);
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
        if (!version.isIntegralNumber() || version.bigIntegerValue().signum() <= 0) {
            throw fail("The field \"formatVersion\" must be a whole number from 1, not " + version);
        }
        if (!version.canConvertToInt() || version.asInt() > FORMAT_VERSION) {
            throw fail("This file was made by a newer version of Demarc (format version " + version
                    + "); this version reads format version " + FORMAT_VERSION
                            + " and older. Update Demarc to open it.");
        }
        return version.asInt();
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

    private static boolean isBlank(byte[] b, int from) {
        for (int i = from; i < b.length; i++) {
            if (!Character.isWhitespace(b[i])) {
                return false;
            }
        }
        return true;
    }

    private static DiagramLoadException tooLarge(long size) {
        return fail(String.format(Locale.ROOT, "The file is too large (%,d bytes); diagrams are limited to %d MB "
                + "(%,d bytes)", size, MAX_BYTES / (1024 * 1024), MAX_BYTES));
    }
}
