package dev.demarc.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.demarc.analysis.Analysis;
import dev.demarc.analysis.ComponentAnalysis;
import dev.demarc.analysis.Finding;
import dev.demarc.analysis.LayerAssessment;
import dev.demarc.analysis.Severity;
import dev.demarc.catalog.Duty;
import dev.demarc.io.Problem;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * The machine-readable report: always one JSON object, {@code {"tool", "toolVersion", "reports": [...]}},
 * one entry per file in the order given, an {@code error} entry for a file that could not be loaded.
 */
final class JsonReport {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonReport() {
    }

    static String render(List<FileReport> reports, String toolVersion) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("tool", "demarc");
        root.put("toolVersion", toolVersion);
        ArrayNode array = root.putArray("reports");
        for (FileReport r : reports) {
            array.add(r.ok() ? report(r) : error(r));
        }
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("").withArrayEmptySeparator(""));
        printer.indentArraysWith(indenter);
        printer.indentObjectsWith(indenter);
        try {
            return MAPPER.writer(printer).writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode report(FileReport r) {
        Analysis a = r.analysis();
        ObjectNode node = MAPPER.createObjectNode();
        node.put("file", r.file());
        node.put("title", a.diagram().title());
        ArrayNode components = node.putArray("components");
        for (ComponentAnalysis c : a.components()) {
            ObjectNode cn = components.addObject();
            cn.put("id", c.component().id());
            cn.put("type", c.component().type().id());
            cn.put("label", c.component().displayLabel());
            ArrayNode layers = cn.putArray("layers");
            for (LayerAssessment l : c.layers()) {
                ObjectNode ln = layers.addObject();
                ln.put("layer", l.layer().id());
                ln.put("owner", l.owner().name());
                ArrayNode duties = ln.putArray("duties");
                l.duties().stream().map(Duty::name).forEach(duties::add);
                ln.put("why", l.why());
            }
            findings(cn.putArray("findings"), c.findings());
        }
        findings(node.putArray("findings"), a.findings());
        if (!r.warnings().isEmpty()) {
            ArrayNode warnings = node.putArray("warnings");
            r.warnings().forEach(w -> warnings.add(problem(w)));
        }
        ObjectNode summary = node.putObject("summary");
        summary.put("components", a.components().size());
        ObjectNode counts = summary.putObject("findings");
        for (Map.Entry<Severity, Integer> e : a.countsBySeverity().entrySet()) {
            counts.put(e.getKey().name(), e.getValue());
        }
        return node;
    }

    private static void findings(ArrayNode array, List<Finding> findings) {
        for (Finding f : findings) {
            ObjectNode fn = array.addObject();
            fn.put("rule", f.rule());
            fn.put("severity", f.severity().name());
            fn.put("category", f.category().name());
            fn.put("message", f.message());
            ArrayNode ids = fn.putArray("components");
            f.components().forEach(ids::add);
            fn.put("remediation", f.remediation());
            ArrayNode refs = fn.putArray("references");
            f.references().forEach(refs::add);
        }
    }

    private static ObjectNode error(FileReport r) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("file", r.file());
        Problem first = r.error().first();
        ObjectNode error = problem(first);
        if (r.error().problems().size() > 1) {
            ArrayNode all = error.putArray("problems");
            r.error().problems().forEach(p -> all.add(problem(p)));
        }
        node.set("error", error);
        return node;
    }

    private static ObjectNode problem(Problem p) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("message", p.message());
        if (p.hasLocation()) {
            node.put("line", p.line());
            node.put("column", p.column());
        }
        return node;
    }
}
