package dev.demarc.grade;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import dev.demarc.model.ComponentType;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

/**
 * Writes a {@link Rubric} as a {@code demarc-rubric} file that {@link RubricReader} reads back to the same
 * rubric. Every weight is written, so the file shows what each rule is worth; it is how an instructor sees
 * (and can then edit) the rubric a solution diagram is graded as.
 */
public final class RubricWriter {

    private static final JsonFactory JSON = new JsonFactory();

    private RubricWriter() {
    }

    public static String write(Rubric rubric) {
        StringWriter text = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(text)) {
            g.setPrettyPrinter(new DefaultPrettyPrinter());
            g.writeStartObject();
            g.writeStringField("format", RubricReader.FORMAT);
            g.writeNumberField("formatVersion", RubricReader.FORMAT_VERSION);
            if (rubric.title() != null) {
                g.writeStringField("title", rubric.title());
            }
            if (!rubric.required().isEmpty()) {
                g.writeObjectFieldStart("require");
                for (Map.Entry<ComponentType, Rubric.Required> e : rubric.required().entrySet()) {
                    g.writeObjectFieldStart(e.getKey().id());
                    g.writeNumberField("count", e.getValue().count());
                    g.writeNumberField("weight", e.getValue().weight());
                    g.writeEndObject();
                }
                g.writeEndObject();
            }
            items(g, "notReachableFromInternet", "type", rubric.notReachable());
            items(g, "mustBeEncrypted", "type", rubric.encrypted());
            items(g, "mustBeInPrivateSubnet", "type", rubric.privateSubnet());
            if (rubric.maxSeverity().isPresent()) {
                Rubric.SeverityLimit limit = rubric.maxSeverity().get();
                g.writeObjectFieldStart("maxSeverity");
                g.writeStringField("severity", limit.most().name().toLowerCase(Locale.ROOT));
                if (limit.weight().isPresent()) {
                    g.writeNumberField("weight", limit.weight().getAsInt());
                }
                g.writeEndObject();
            }
            items(g, "forbiddenRules", "rule", rubric.forbiddenRules());
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("writing to a string cannot fail", e);
        }
        return text + "\n";
    }

    private static void items(JsonGenerator g, String field, String name, Map<?, Integer> weights)
            throws IOException {
        if (weights.isEmpty()) {
            return;
        }
        g.writeArrayFieldStart(field);
        for (Map.Entry<?, Integer> e : weights.entrySet()) {
            g.writeStartObject();
            g.writeStringField(name, e.getKey() instanceof ComponentType t ? t.id() : e.getKey().toString());
            g.writeNumberField("weight", e.getValue());
            g.writeEndObject();
        }
        g.writeEndArray();
    }
}
