package dev.demarc.report;

import dev.demarc.analysis.Analysis;
import dev.demarc.analysis.ComponentAnalysis;
import dev.demarc.analysis.Finding;
import dev.demarc.analysis.LayerAssessment;
import dev.demarc.analysis.ScannerCheck;
import dev.demarc.catalog.Catalog;
import dev.demarc.catalog.DefaultChange;
import dev.demarc.catalog.Duty;
import dev.demarc.catalog.PropertySpec;
import dev.demarc.catalog.TypeSpec;
import dev.demarc.io.Problem;
import dev.demarc.model.Component;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A customer-responsibility checklist per component, then the findings, ready to paste into course notes.
 * Text that comes from the diagram file (titles, labels) is escaped so it is shown, never interpreted.
 */
public final class MarkdownReport {

    private MarkdownReport() {
    }

    static String render(List<FileReport> reports) {
        StringBuilder out = new StringBuilder();
        for (FileReport r : reports) {
            if (out.length() > 0) {
                out.append("\n---\n\n");
            }
            if (!r.ok()) {
                out.append("# ").append(escape(r.file())).append("\n\nThis file could not be checked:\n\n");
                for (Problem p : r.error().problems()) {
                    out.append("- ").append(escape(p.describe())).append('\n');
                }
                continue;
            }
            out.append(render(r.analysis(), r.title()));
        }
        return out.toString();
    }

    /** The report of one analyzed diagram, titled {@code title}. */
    public static String render(Analysis a, String title) {
        StringBuilder out = new StringBuilder();
        out.append("# ").append(escape(title)).append("\n\n");
        out.append('_').append(Catalog.builtIn().asOfLine()).append("._\n\n");
        out.append(TextReport.components(a)).append(", ").append(TextReport.summary(a)).append(".\n\n");
        out.append("## What the customer must do\n");
        for (ComponentAnalysis c : a.components()) {
            out.append("\n### ").append(escape(c.component().displayLabel())).append(" (")
                    .append(c.component().type().id()).append(", `").append(c.component().id()).append("`)\n\n");
            out.append(c.highestAwsLayer().map(l -> "AWS owns the layers up to **" + c.layer(l).name() + "**.")
                    .orElse("AWS owns no layer of this component outright.")).append("\n\n");
            boolean any = false;
            for (LayerAssessment l : c.layers()) {
                if (l.duties().isEmpty()) {
                    continue;
                }
                any = true;
                out.append("- [ ] **").append(l.name()).append("** (").append(l.owner().displayName())
                        .append("; ")
                        .append(l.duties().stream().map(Duty::displayName).collect(Collectors.joining(", ")))
                        .append("): ").append(escape(l.why())).append('\n');
            }
            if (!any) {
                out.append("Nothing: AWS runs every layer.\n");
            }
            datedDefaults(out, c.component());
        }
        out.append("\n## Findings\n\n");
        if (a.components().isEmpty()) {
            out.append(TextReport.NOTHING_TO_CHECK).append('\n');
        } else if (a.findings().isEmpty()) {
            out.append("No findings.\n");
        } else {
            out.append("| Severity | Rule | Category | Components | Finding | Fix | Scanner checks |\n");
            out.append("|---|---|---|---|---|---|---|\n");
            for (Finding f : a.findings()) {
                out.append("| ").append(f.severity().displayName()).append(" | `").append(f.rule()).append("` | ")
                        .append(f.category().displayName()).append(" | ")
                        .append(f.components().stream().map(id -> escape(label(a, id)))
                                .collect(Collectors.joining(", ")))
                        .append(" | ").append(escape(f.message())).append(" | ").append(escape(f.remediation()))
                        .append(" | ").append(escape(ScannerCheck.labels(f.references()))).append(" |\n");
            }
        }
        return out.toString();
    }

    /** How the report names a component: its label as the app shows it, or its id when it has none. */
    private static String label(Analysis a, String id) {
        return a.diagram().component(id).map(c -> c.displayLabel()).orElse(id);
    }

    /**
     * The defaults this component relies on that AWS changed in recent years, with what they were before, so a
     * reader holding older course material knows why it says otherwise.
     */
    private static void datedDefaults(StringBuilder out, Component c) {
        TypeSpec type = Catalog.builtIn().find(c.type()).orElse(null);
        if (type == null) {
            return;
        }
        StringBuilder lines = new StringBuilder();
        for (PropertySpec p : type.properties()) {
            if (c.properties().has(p.name())) {
                continue;
            }
            for (DefaultChange change : type.changesOf(c, p)) {
                lines.append("- ").append(escape(p.label())).append(" (default ")
                        .append(escape(TextReport.display(type.defaultOf(c, p)))).append("): ")
                        .append(escape(change.sentence())).append(" Source: ").append(change.source().url())
                        .append('\n');
            }
        }
        if (lines.length() > 0) {
            out.append("\nDefaults that changed (older material may say otherwise):\n\n").append(lines);
        }
    }

    /** Escapes Markdown and HTML syntax so that text from a file is shown literally. */
    static String escape(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 8);
        for (char ch : text.toCharArray()) {
            switch (ch) {
                case '\\', '`', '*', '_', '[', ']', '#', '|', '!', '~' -> sb.append('\\').append(ch);
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '\n', '\r' -> sb.append(' ');
                default -> sb.append(ch);
            }
        }
        return sb.toString();
    }
}
