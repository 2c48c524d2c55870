package dev.demarc.report;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.demarc.analysis.Analyzer;
import dev.demarc.catalog.Catalog;
import dev.demarc.model.Component;
import dev.demarc.model.ComponentType;
import dev.demarc.model.Diagram;
import dev.demarc.model.Properties;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Text from a diagram file reaches the Markdown report only as text: no HTML, no link, no formatting, no
 * extra table column, whatever the label says.
 */
class MarkdownEscapeTest {

    private static final Catalog CATALOG = Catalog.builtIn();

    @Test
    void hostileLabelsAreShownLiterally() {
        String label = "[x](javascript:alert(1)) <img src=x onerror=alert(1)> &lt;b&gt; ``code`` a|b ![i](y)";
        Component bucket = new Component("bucket", ComponentType.S3, label, 0, 0, null, null, null, Properties.empty());
        String md = MarkdownReport.render(new Analyzer(CATALOG).analyze(new Diagram(null, List.of(bucket), List.of())),
                "<script>alert('t')</script>");

        assertTrue(md.startsWith("# &lt;script&gt;alert('t')&lt;/script&gt;\n"), md);
        assertTrue(md.contains("\n### \\[x\\](javascript:alert(1)) &lt;img src=x onerror=alert(1)&gt; "
                + "&amp;lt;b&amp;gt; \\`\\`code\\`\\` a\\|b \\!\\[i\\](y) (S3, `bucket`)\n"), md);
        assertFalse(md.contains("<img") || md.contains("<script"), md);
        assertFalse(Pattern.compile("(?<!\\\\)\\]\\(javascript").matcher(md).find(),
                "no link can form: " + md);
    }
}
