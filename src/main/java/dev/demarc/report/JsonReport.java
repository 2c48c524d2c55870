package dev.demarc.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import dev.demarc.analysis.Analysis;
import dev.demarc.analysis.ComponentAnalysis;
import dev.demarc.analysis.Finding;
import dev.demarc.analysis.LayerAssessment;
import dev.demarc.analysis.ScannerCheck;
import dev.demarc.analysis.Severity;
import dev.demarc.catalog.Catalog;
import dev.demarc.catalog.Duty;
import dev.demarc.io.Problem;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * The machine-readable report: always one JSON object, {@code {"tool", "toolVersion", "reports": [...]}},
 * one entry per file in the order given, an {@code error} entry for a file that could not be loaded.
 * Written with Jackson's streaming generator: a 10,000-component report has 140,000 layer entries, and
 * building a tree of them first would double the time and the memory.
 */
final class JsonReport {

    private static final JsonFactory FACTORY = new JsonFactory();

    private JsonReport() {
    }

    static String render(List<FileReport> reports, String toolVersion) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.setPrettyPrinter(prettyPrinter());
            g.writeStartObject();
            g.writeStringField("tool", "demarc");
            g.writeStringField("toolVersion", toolVersion);
            g.writeStringField("catalogAsOf", Catalog.builtIn().asOf().toString());
            g.writeArrayFieldStart("reports");
            for (FileReport r : reports) {
                if (r.ok()) {
                    report(g, r);
                } else {
                    error(g, r);
                }
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out + "\n";
    }

    private static DefaultPrettyPrinter prettyPrinter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("").withArrayEmptySeparator(""));
        printer.indentArraysWith(indenter);
        printer.indentObjectsWith(indenter);
        return printer;
    }

    private static void report(JsonGenerator g, FileReport r) throws IOException {
        Analysis a = r.analysis();
        g.writeStartObject();
        g.writeStringField("file", r.file());
        g.writeStringField("title", a.diagram().title());
        g.writeArrayFieldStart("components");
        for (ComponentAnalysis c : a.components()) {
            g.writeStartObject();
            g.writeStringField("id", c.component().id());
            g.writeStringField("type", c.component().type().id());
            g.writeStringField("label", c.component().displayLabel());
            g.writeArrayFieldStart("layers");
            for (LayerAssessment l : c.layers()) {
                g.writeStartObject();
                g.writeStringField("layer", l.layer().id());
                g.writeStringField("layerName", l.name());
                g.writeStringField("owner", l.owner().name());
                g.writeArrayFieldStart("duties");
                for (Duty d : l.duties()) {
                    g.writeString(d.name());
                }
                g.writeEndArray();
                g.writeStringField("why", l.why());
                g.writeEndObject();
            }
            g.writeEndArray();
            findings(g, c.findings());
            g.writeEndObject();
        }
        g.writeEndArray();
        findings(g, a.findings());
        if (!r.warnings().isEmpty()) {
            g.writeArrayFieldStart("warnings");
            for (Problem w : r.warnings()) {
                problem(g, w);
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        g.writeObjectFieldStart("summary");
        g.writeNumberField("components", a.components().size());
        g.writeObjectFieldStart("findings");
        for (Map.Entry<Severity, Integer> e : a.countsBySeverity().entrySet()) {
            g.writeNumberField(e.getKey().name(), e.getValue());
        }
        g.writeEndObject();
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void findings(JsonGenerator g, List<Finding> findings) throws IOException {
        g.writeArrayFieldStart("findings");
        for (Finding f : findings) {
            g.writeStartObject();
            g.writeStringField("rule", f.rule());
            g.writeStringField("severity", f.severity().name());
            g.writeStringField("category", f.category().name());
            g.writeStringField("message", f.message());
            g.writeArrayFieldStart("components");
            for (String id : f.components()) {
                g.writeString(id);
            }
            g.writeEndArray();
            g.writeStringField("remediation", f.remediation());
            g.writeArrayFieldStart("references");
            for (ScannerCheck ref : f.references()) {
                g.writeStartObject();
                g.writeStringField("tool", ref.scanner().key());
                g.writeStringField("id", ref.id());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void error(JsonGenerator g, FileReport r) throws IOException {
        g.writeStartObject();
        g.writeStringField("file", r.file());
        g.writeFieldName("error");
        problem(g, r.error().first());
        if (r.error().problems().size() > 1) {
            g.writeArrayFieldStart("problems");
            for (Problem p : r.error().problems()) {
                problem(g, p);
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        g.writeEndObject();
        g.writeEndObject();
    }

    /** Starts an object with the problem's message and place; the caller closes it. */
    private static void problem(JsonGenerator g, Problem p) throws IOException {
        g.writeStartObject();
        g.writeStringField("message", p.message());
        if (p.hasLocation()) {
            g.writeNumberField("line", p.line());
            g.writeNumberField("column", p.column());
        }
    }
}
