package dev.demarc.report;

import dev.demarc.analysis.Analysis;
import dev.demarc.analysis.ComponentAnalysis;
import dev.demarc.analysis.Finding;
import dev.demarc.analysis.ScannerCheck;
import dev.demarc.analysis.Severity;
import dev.demarc.catalog.Catalog;
import dev.demarc.catalog.Duty;
import dev.demarc.io.Problem;
import dev.demarc.model.PropertyValue;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The default, human-readable report: per file a summary, each component's duties, then the findings. */
final class TextReport {

    /** The width the severity is padded to, so that rule ids line up: CRITICAL is the longest. */
    private static final int SEVERITY_WIDTH = 8;

    /** What an empty diagram says instead of "No findings", which would read as praise for nothing. */
    static final String NOTHING_TO_CHECK = "Nothing to check yet: the diagram has no components.";

    private TextReport() {
    }

    static String render(List<FileReport> reports) {
        StringBuilder out = new StringBuilder();
        for (FileReport r : reports) {
            if (out.length() > 0) {
                out.append('\n');
            }
            if (!r.ok()) {
                out.append(r.file()).append(": cannot be checked\n");
                for (Problem p : r.error().problems()) {
                    out.append("  error: ").append(p.describe()).append('\n');
                }
                continue;
            }
            Analysis a = r.analysis();
            out.append(r.file());
            if (!r.title().equals(r.file())) {
                out.append(" - ").append(r.title());
            }
            out.append('\n');
            out.append("  ").append(components(a)).append(", ").append(summary(a)).append('\n');
            for (Problem w : r.warnings()) {
                out.append("  warning: ").append(w.describe()).append('\n');
            }
            if (!a.components().isEmpty()) {
                out.append("\n  Your duties per component:\n");
                for (ComponentAnalysis c : a.components()) {
                    out.append("    ").append(c.component().displayLabel()).append(" (")
                            .append(c.component().type().id()).append("): ").append(duties(c)).append('\n');
                }
            }
            out.append('\n');
            if (a.components().isEmpty()) {
                out.append("  ").append(NOTHING_TO_CHECK).append('\n');
            } else if (a.findings().isEmpty()) {
                out.append("  No findings.\n");
            }
            for (Finding f : a.findings()) {
                // Padded by hand rather than with String.format, which parses its pattern on every call: a tenth of
                // the report's time for 35,000 findings.
                String severity = String.valueOf(f.severity());
                out.append("  ").append(severity).append(" ".repeat(Math.max(0, SEVERITY_WIDTH - severity.length())))
                        .append("  ").append(f.rule()).append("  [").append(f.category()).append("]\n");
                out.append("            ").append(f.message()).append('\n');
                out.append("            Fix: ").append(f.remediation()).append('\n');
                if (!f.references().isEmpty()) {
                    out.append("            Scanner checks: ").append(ScannerCheck.labels(f.references())).append('\n');
                }
            }
        }
        if (out.length() > 0) {
            out.append('\n');
        }
        out.append(Catalog.builtIn().asOfLine()).append('\n');
        return out.toString();
    }

    /** A property value as reports print it: on/off, a number, or the text. */
    static String display(PropertyValue v) {
        if (v instanceof PropertyValue.Bool b) {
            return b.value() ? "on" : "off";
        }
        if (v instanceof PropertyValue.Int i) {
            return Long.toString(i.value());
        }
        return v instanceof PropertyValue.Text t ? t.value() : "";
    }

    /** "1 component", "3 components". */
    static String components(Analysis a) {
        int n = a.components().size();
        return n + (n == 1 ? " component" : " components");
    }

    static String summary(Analysis a) {
        Map<Severity, Integer> counts = a.countsBySeverity();
        int total = a.findings().size();
        return total + (total == 1 ? " finding" : " findings") + " ("
                + counts.entrySet().stream().map(e -> e.getValue() + " " + e.getKey().name().toLowerCase(Locale.ROOT))
                        .collect(Collectors.joining(", ")) + ")";
    }

    private static String duties(ComponentAnalysis c) {
        String duties = c.duties().stream().map(Duty::displayName).collect(Collectors.joining(", "));
        String line = c.highestAwsLayer().map(l -> "AWS owns the stack up to " + c.layer(l).name())
                .orElse("AWS owns no layer");
        return (duties.isEmpty() ? "nothing" : duties) + "; " + line;
    }
}
