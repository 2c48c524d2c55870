package dev.demarc.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.demarc.catalog.Catalog;
import dev.demarc.catalog.PropertySpec;
import dev.demarc.model.Component;
import dev.demarc.model.Connection;
import dev.demarc.model.Diagram;
import dev.demarc.model.InboundRule;
import dev.demarc.model.Properties;
import dev.demarc.model.PropertyValue;
import dev.demarc.model.Protocol;
import dev.demarc.model.SecurityGroup;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

/**
 * Writes diagrams in the current format version through the records the reader binds files into ({@link DiagramJson}):
 * UTF-8, two-space indentation, {@code "key": value}, a newline at the end, fields in the order of the records
 * and properties in catalog order (unknown ones after, by name). The same
 * diagram always gives the same bytes, so diagrams kept in git diff cleanly, and a file Demarc wrote is
 * written back byte for byte when nothing changed.
 */
public final class DiagramWriter {

    private final Catalog catalog;
    /** Reads back unknown properties kept as JSON text; decimals stay exact, as the reader keeps them. */
    private final ObjectMapper mapper = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();
    private final JsonNodeFactory nodes = mapper.getNodeFactory();
    private final ObjectWriter jsonWriter = JsonMapper.builder().build().writer(prettyPrinter());
    private final AtomicFiles files;

    public DiagramWriter(Catalog catalog) {
        this(catalog, AtomicFiles.system());
    }

    /** A writer that saves through {@code files} (tests pass one whose file operations fail). */
    public DiagramWriter(Catalog catalog, AtomicFiles files) {
        this.catalog = catalog;
        this.files = files;
    }

    /** The file contents for {@code diagram}. */
    public byte[] toBytes(Diagram diagram) {
        try {
            byte[] json = jsonWriter.writeValueAsBytes(json(diagram));
            byte[] out = Arrays.copyOf(json, json.length + 1);
            out[json.length] = '\n';
            return out;
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("Writing to memory failed", e);
        }
    }

    /**
     * Saves {@code diagram} to {@code file} atomically: the old file is replaced only by a complete new one,
     * and its previous content is kept as {@code NAME.bak} (see {@link AtomicFiles}).
     */
    public void write(Path file, Diagram diagram) throws IOException {
        files.replace(file, toBytes(diagram), true);
    }

    /** The file's shape of {@code d}: the records the reader binds a file into. */
    private DiagramJson json(Diagram d) {
        List<DiagramJson.ComponentJson> components = new ArrayList<>();
        for (Component c : d.components()) {
            components.add(new DiagramJson.ComponentJson(c.id(), c.type().id(), c.label(), c.parent(), c.x(), c.y(),
                    c.width(), c.height(), c.properties().isEmpty() ? null : properties(c)));
        }
        List<DiagramJson.ConnectionJson> connections = new ArrayList<>();
        for (Connection k : d.connections()) {
            connections.add(new DiagramJson.ConnectionJson(k.id(), k.from(), k.to(), k.label()));
        }
        List<DiagramJson.SecurityGroupJson> groups = new ArrayList<>();
        for (SecurityGroup g : d.securityGroups()) {
            groups.add(new DiagramJson.SecurityGroupJson(g.id(), g.name(), g.description(),
                    g.inbound().stream().map(DiagramWriter::rule).toList()));
        }
        return new DiagramJson(DiagramReader.FORMAT, DiagramReader.FORMAT_VERSION, d.title(), components,
                connections, groups.isEmpty() ? null : groups);
    }

    /** A rule as the file holds it: no ports for all protocols, which cover every port. */
    private static DiagramJson.RuleJson rule(InboundRule r) {
        boolean all = r.protocol() == Protocol.ALL;
        return new DiagramJson.RuleJson(r.protocol().fileName(), all ? null : r.fromPort(), all ? null : r.toPort(),
                r.source(), r.sourceGroup());
    }

    private ObjectNode properties(Component c) {
        ObjectNode properties = nodes.objectNode();
        for (String name : propertyOrder(c)) {
            properties.set(name, value(c.properties().get(name).orElseThrow()));
        }
        return properties;
    }

    /** Catalog order for the known properties, then the unknown ones sorted by name. */
    private List<String> propertyOrder(Component c) {
        Properties p = c.properties();
        List<String> order = new ArrayList<>();
        TreeSet<String> unknown = new TreeSet<>(p.names());
        catalog.find(c.type()).ifPresent(spec -> {
            for (PropertySpec s : spec.properties()) {
                if (p.has(s.name())) {
                    order.add(s.name());
                    unknown.remove(s.name());
                }
            }
        });
        order.addAll(unknown);
        return order;
    }

    private JsonNode value(PropertyValue v) {
        if (v instanceof PropertyValue.Bool b) {
            return nodes.booleanNode(b.value());
        } else if (v instanceof PropertyValue.Int i) {
            return nodes.numberNode(i.value());
        } else if (v instanceof PropertyValue.Text t) {
            return nodes.textNode(t.value());
        } else if (v instanceof PropertyValue.Groups g) {
            ArrayNode ids = nodes.arrayNode();
            g.ids().forEach(ids::add);
            return ids;
        }
        try {
            return mapper.readTree(((PropertyValue.Raw) v).json());
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("An unknown property holds text that is not JSON", e);
        }
    }

    private static DefaultPrettyPrinter prettyPrinter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(separators);
        printer.indentObjectsWith(indenter);
        printer.indentArraysWith(indenter);
        return printer;
    }
}
