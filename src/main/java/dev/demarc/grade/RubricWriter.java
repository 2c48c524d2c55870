package dev.demarc.grade;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import dev.demarc.model.ComponentType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes a {@link Rubric} as a {@code demarc-rubric} file that {@link RubricReader} reads back to the same
 * rubric. Every weight is written, so the file shows what each rule is worth; it is how an instructor sees
 * (and can then edit) the rubric a solution diagram is graded as. The layout is the sample rubric's: one rule
 * per line.
 */
public final class RubricWriter {

    private RubricWriter() {
    }

    public static String write(Rubric rubric) {
        List<String> fields = new ArrayList<>();
        fields.add("\"format\": " + quote(RubricReader.FORMAT));
        fields.add("\"formatVersion\": " + RubricReader.FORMAT_VERSION);
        if (rubric.title() != null) {
            fields.add("\"title\": " + quote(rubric.title()));
        }
        if (!rubric.required().isEmpty()) {
            List<String> lines = new ArrayList<>();
            rubric.required().forEach((type, r) -> lines.add(quote(type.id()) + ": {\"count\": " + r.count()
                    + ", \"weight\": " + r.weight() + "}"));
            fields.add("\"require\": {\n    " + String.join(",\n    ", lines) + "\n  }");
        }
        items(fields, "notReachableFromInternet", "type", rubric.notReachable());
        items(fields, "mustBeEncrypted", "type", rubric.encrypted());
        items(fields, "mustBeInPrivateSubnet", "type", rubric.privateSubnet());
        rubric.maxSeverity().ifPresent(limit -> fields.add("\"maxSeverity\": {\"severity\": "
                + quote(limit.most().name().toLowerCase(Locale.ROOT))
                + (limit.weight().isPresent() ? ", \"weight\": " + limit.weight().getAsInt() : "") + "}"));
        items(fields, "forbiddenRules", "rule", rubric.forbiddenRules());
        return "{\n  " + String.join(",\n  ", fields) + "\n}\n";
    }

    private static void items(List<String> fields, String field, String name, Map<?, Integer> weights) {
        if (weights.isEmpty()) {
            return;
        }
        List<String> lines = new ArrayList<>();
        weights.forEach((key, weight) -> lines.add("{" + quote(name) + ": "
                + quote(key instanceof ComponentType t ? t.id() : key.toString()) + ", \"weight\": " + weight + "}"));
        fields.add(quote(field) + ": [\n    " + String.join(",\n    ", lines) + "\n  ]");
    }

    private static String quote(String text) {
        return "\"" + new String(JsonStringEncoder.getInstance().quoteAsString(text)) + "\"";
    }
}
