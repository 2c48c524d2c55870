package dev.demarc.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.demarc.catalog.Catalog;
import dev.demarc.catalog.PropertySpec;
import dev.demarc.model.Component;
import dev.demarc.model.Connection;
import dev.demarc.model.Diagram;
import dev.demarc.model.InboundRule;
import dev.demarc.model.Properties;
import dev.demarc.model.PropertyValue;
import dev.demarc.model.Protocol;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Writes diagrams in format version 1: UTF-8, two-space indentation, {@code "key": value}, a newline at
 * the end, fields in a fixed order and properties in catalog order (unknown ones after, by name). The same
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
    private final JsonFactory factory = new JsonFactory();
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
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 + diagram.components().size() * 200);
        try (JsonGenerator g = factory.createGenerator(out)) {
            g.setPrettyPrinter(prettyPrinter());
            write(g, diagram);
            g.flush();
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException("Writing to memory failed", e);
        }
        return out.toByteArray();
    }

    /**
     * Saves {@code diagram} to {@code file} atomically: the old file is replaced only by a complete new one,
     * and its previous content is kept as {@code NAME.bak} (see {@link AtomicFiles}).
     */
    public void write(Path file, Diagram diagram) throws IOException {
        files.replace(file, toBytes(diagram), true);
    }

    private void write(JsonGenerator g, Diagram d) throws IOException {
        g.writeStartObject();
        g.writeStringField("format", DiagramReader.FORMAT);
        g.writeNumberField("formatVersion", DiagramReader.FORMAT_VERSION);
        if (d.title() != null) {
            g.writeStringField("title", d.title());
        }
        g.writeArrayFieldStart("components");
        for (Component c : d.components()) {
            component(g, c);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("connections");
        for (Connection k : d.connections()) {
            g.writeStartObject();
            g.writeStringField("id", k.id());
            g.writeStringField("from", k.from());
            g.writeStringField("to", k.to());
            if (k.label() != null) {
                g.writeStringField("label", k.label());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private void component(JsonGenerator g, Component c) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", c.id());
        g.writeStringField("type", c.type().id());
        if (c.label() != null) {
            g.writeStringField("label", c.label());
        }
        if (c.parent() != null) {
            g.writeStringField("parent", c.parent());
        }
        number(g, "x", c.x());
        number(g, "y", c.y());
        if (c.width() != null) {
            number(g, "width", c.width());
        }
        if (c.height() != null) {
            number(g, "height", c.height());
        }
        if (!c.properties().isEmpty()) {
            g.writeObjectFieldStart("properties");
            for (String name : propertyOrder(c)) {
                g.writeFieldName(name);
                value(g, c.properties().get(name).orElseThrow());
            }
            g.writeEndObject();
        }
        g.writeEndObject();
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

    private void value(JsonGenerator g, PropertyValue v) throws IOException {
        if (v instanceof PropertyValue.Bool b) {
            g.writeBoolean(b.value());
        } else if (v instanceof PropertyValue.Int i) {
            g.writeNumber(i.value());
        } else if (v instanceof PropertyValue.Text t) {
            g.writeString(t.value());
        } else if (v instanceof PropertyValue.Rules r) {
            rules(g, r.rules());
        } else if (v instanceof PropertyValue.Raw raw) {
            mapper.writeTree(g, mapper.readTree(raw.json()));
        }
    }

    private static void rules(JsonGenerator g, List<InboundRule> rules) throws IOException {
        g.writeStartArray();
        for (InboundRule r : rules) {
            g.writeStartObject();
            g.writeStringField("protocol", r.protocol().fileName());
            if (r.protocol() != Protocol.ALL || r.port() != 0) {
                g.writeNumberField("port", r.port());
            }
            g.writeStringField("source", r.source());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /** Whole numbers without a fraction ({@code 40}, not {@code 40.0}), others as Java prints them. */
    private static void number(JsonGenerator g, String field, double value) throws IOException {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            g.writeNumberField(field, (long) value);
        } else {
            g.writeNumberField(field, value);
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
